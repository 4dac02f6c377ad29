package recall.loadgen;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Writes a run's figures: {@code results.json}, {@code report.html} and {@code latency.svg}. */
final class Report {
  private final BenchOptions options;
  private final List<ScenarioResult> results;
  private final List<Targets.Check> checks;
  private final String table;
  private final String startedAt;

  Report(BenchOptions options, List<ScenarioResult> results, String startedAt) {
    this.options = options;
    this.results = results;
    this.checks = Targets.check(results);
    this.table = ConsoleTable.render(results, checks);
    this.startedAt = startedAt;
  }

  List<ScenarioResult> results() {
    return results;
  }

  String table() {
    return table;
  }

  List<Targets.Check> checks() {
    return checks;
  }

  JsonObject json() {
    JsonArray scenarios = new JsonArray();
    results.forEach(r -> scenarios.add(r.toJson()));
    JsonArray targets = new JsonArray();
    checks.forEach(c -> targets.add(c.toJson()));
    return new JsonObject().put("startedAt", startedAt).put("finishedAt", Instant.now().toString()).put("mode", options.mode())
        .put("machine", Machine.describe()).put("limits", limits()).put("scenarios", scenarios).put("targets", targets);
  }

  private JsonObject limits() {
    return new JsonObject().put("generatorOpenFiles", Limits.openFilesLimit())
        .put("serverOpenFiles", options.serverPid() > 0 ? Limits.openFilesLimit(options.serverPid()) : null)
        .put("ephemeralPorts", Limits.portRange()).put("localAddresses", options.addresses());
  }

  /** Writes the three files into the folder; returns it. */
  Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("results.json"), json().encodePrettily());
    String svg = LatencyChart.svg(LatencyChart.panels(results), "Recall vs bare Vert.x baseline, latency by percentile (" + options.mode() + " run)");
    Files.writeString(dir.resolve("latency.svg"), svg);
    Files.writeString(dir.resolve("report.html"), html(svg));
    return dir;
  }

  private String html(String svg) {
    JsonObject m = Machine.describe();
    StringBuilder b = new StringBuilder();
    b.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Recall benchmark</title>\n")
        .append("<style>body{font-family:sans-serif;margin:2em;max-width:1000px}pre{background:#f6f6f6;padding:1em;overflow-x:auto;font-size:12px}")
        .append("td,th{padding:2px 8px;text-align:left}.met{color:#1e8449}.missed{color:#c0392b}</style></head><body>\n")
        .append("<h1>Recall benchmark</h1>\n<p>")
        .append(LatencyChart.escape(options.mode() + " run, started " + startedAt + ". Machine: " + m.getInteger("cores") + " cores ("
            + m.getString("cpu") + "), " + m.getString("memory") + " RAM, " + m.getString("jvm") + ", " + m.getString("os")
            + ". Generator, Recall and the bare baseline share this machine."))
        .append("</p>\n<h2>Targets</h2>\n<table>\n<tr><th></th><th>target</th><th>goal</th><th>measured</th></tr>\n");
    for (Targets.Check c : checks) {
      String cls = c.met() == null ? "" : c.met() ? "met" : "missed";
      String word = c.met() == null ? "n/a" : c.met() ? "met" : "missed";
      b.append("<tr><td class=\"").append(cls).append("\">").append(word).append("</td><td>").append(LatencyChart.escape(c.target()))
          .append("</td><td>").append(LatencyChart.escape(c.goal())).append("</td><td>").append(LatencyChart.escape(c.measured())).append("</td></tr>\n");
    }
    b.append("</table>\n<h2>Latency distributions</h2>\n").append(svg)
        .append("<h2>Figures, as printed</h2>\n<pre>").append(LatencyChart.escape(table)).append("</pre>\n")
        .append("<h2>Scenarios</h2>\n<ul>\n");
    for (ScenarioResult r : results) {
      if (r.target.equals("recall")) b.append("<li><b>").append(r.scenario.name()).append("</b>: ").append(LatencyChart.escape(r.scenario.describe())).append("</li>\n");
    }
    return b.append("</ul>\n<p>Machine-readable: <a href=\"results.json\">results.json</a>.</p>\n</body></html>\n").toString();
  }
}
