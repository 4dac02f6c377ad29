package recall.loadgen;

import java.util.List;
import java.util.function.Function;

/** The plain-text tables printed at the end of a run (and repeated in the HTML report). */
final class ConsoleTable {
  private ConsoleTable() {
  }

  static String render(List<ScenarioResult> results, List<Targets.Check> checks) {
    StringBuilder b = new StringBuilder();
    b.append("Latency, milliseconds (HdrHistogram). x base = Recall p99 / bare baseline p99, same run, same frames.\n");
    b.append(String.format("%-11s %-13s %-20s %8s %8s %8s %8s %8s %9s %7s%n",
        "scenario", "players", "measure", "count", "p50", "p99", "p99.9", "max", "base p99", "x base"));
    for (ScenarioResult r : results) {
      if (!r.target.equals("recall")) continue;
      ScenarioResult base = Targets.find(results, r.scenario.name(), "baseline");
      String shape = r.scenario.rooms() + "x" + r.scenario.playersPerRoom() + (r.scenario.games() > 1 ? " x" + r.scenario.games() : "");
      if (r.skipped != null) {
        b.append(String.format("%-11s %-13s %s%n", r.scenario.name(), shape, r.skipped));
        continue;
      }
      row(b, r.scenario.name(), shape, "fan-out (next)", r, base, x -> x.run.fanOut);
      row(b, "", "", "start->1st question", r, base, x -> x.run.start);
      row(b, "", "", "answer round trip", r, base, x -> x.run.roundTrip);
    }
    b.append('\n');
    b.append("Answers and connections (Recall). dropped = closed by the server, not by the simulated phone;\n")
        .append("sent/s, stored/s = best second; peak/s = best half second x 2; server rtt, commit = p99 from Recall's /metrics histograms (bucket bounds).\n");
    b.append(String.format("%-11s %7s %6s %7s %7s %7s %7s %5s %7s %8s %7s %10s %10s %9s %9s%n",
        "scenario", "joined", "failed", "dropped", "resumes", "sent", "acked", "lost", "sent/s", "stored/s", "peak/s", "server rtt", "commit", "heap/plyr", "base heap"));
    for (ScenarioResult r : results) {
      if (!r.target.equals("recall") || r.skipped != null) continue;
      Tally t = r.run.tally;
      ScenarioResult base = Targets.find(results, r.scenario.name(), "baseline");
      b.append(String.format("%-11s %7d %6d %7d %7d %7d %7d %5s %7d %8d %7d %10s %10s %9s %9s%n", r.scenario.name(), r.joined(), r.connectFailures(),
          t.unexpectedCloses.sum(), t.resumes.sum(), t.answersSent.sum(), r.acked(), r.lost < 0 ? "-" : String.valueOf(r.lost),
          t.bestSecondSent(), t.bestSecond(), t.peakRate(), p99(r.serverRoundTrip), p99(r.serverCommit),
          kb(r), kb(base)));
    }
    b.append('\n');
    b.append("CPU seconds used during each run (2 cores = 2 CPU seconds per second); others = the rest of the machine.\n");
    b.append(String.format("%-11s %-9s %7s %9s %7s %9s %7s %6s%n", "scenario", "target", "wall s", "generator", "recall", "baseline", "others", "load"));
    for (ScenarioResult r : results) {
      if (r.cpu == null) continue;
      b.append(String.format("%-11s %-9s %7.0f %9.1f %7.1f %9.1f %7.1f %6s%n", r.scenario.name(), r.target, r.cpu.getDouble("wall"),
          r.cpu.getDouble("generator"), r.cpu.getDouble("recall"), r.cpu.getDouble("baseline"), r.cpu.getDouble("otherProcesses"),
          r.cpu.getString("loadAverage1m")));
    }
    b.append('\n');
    b.append("Targets\n");
    for (Targets.Check c : checks) {
      b.append(String.format("%-6s %-48s %-10s %s%n", c.met() == null ? "n/a" : c.met() ? "MET" : "MISSED", c.target(), c.goal(), c.measured()));
    }
    for (ScenarioResult r : results) {
      for (String note : r.notes) b.append("note: ").append(r.scenario.name()).append(" [").append(r.target).append("] ").append(note).append('\n');
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String name, String shape, String measure, ScenarioResult r, ScenarioResult base,
                          Function<ScenarioResult, Latency> pick) {
    Latency l = pick.apply(r);
    Latency bl = base == null || base.skipped != null ? null : pick.apply(base);
    String baseP99 = bl == null || bl.count() == 0 ? "-" : String.format("%.2f", bl.p99());
    String ratio = bl == null || bl.count() == 0 || l.count() == 0 ? "-" : String.format("%.2fx", l.p99() / bl.p99());
    b.append(String.format("%-11s %-13s %-20s %8d %8s %8s %8s %8s %9s %7s%n", name, shape, measure, l.count(),
        ms(l.p50()), ms(l.p99()), ms(l.p999()), ms(l.maxMs()), baseP99, ratio));
  }

  private static String kb(ScenarioResult r) {
    return r == null || Double.isNaN(r.heapPerPlayer()) ? "-" : String.format("%.1f KB", r.heapPerPlayer() / 1024);
  }

  private static String p99(io.vertx.core.json.JsonObject h) {
    if (h == null || h.getValue("p99") == null) return "-";
    return "<=" + h.getValue("p99") + " ms";
  }

  private static String ms(double v) {
    return Double.isNaN(v) ? "-" : String.format("%.2f", v);
  }
}
