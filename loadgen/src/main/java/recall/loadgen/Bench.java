package recall.loadgen;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The load generator: plays every scenario against the bare baseline, then against Recall, and
 * writes the tables, {@code results.json} and {@code report.html}. Started by {@code scripts/bench}.
 */
public final class Bench {
  private Bench() {
  }

  public static void main(String[] args) {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("loadgen: " + e.getMessage());
      System.exit(2);
      return;
    }
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(Runtime.getRuntime().availableProcessors())
        .setBlockedThreadCheckInterval(10_000));
    int status;
    try {
      Report report = run(vertx, options, options.scenarios(), line -> System.out.println("[bench] " + line));
      System.out.println();
      System.out.print(report.table());
      Path dir = report.write(options.out());
      System.out.println();
      System.out.println("Reports: " + dir.resolve("report.html") + "  " + dir.resolve("results.json") + "  " + dir.resolve("latency.svg"));
      boolean lost = report.checks().stream().anyMatch(c -> c.target().equals("acknowledged answers lost") && Boolean.FALSE.equals(c.met()));
      status = lost ? 1 : 0;
    } catch (Exception e) {
      System.err.println("loadgen: " + e.getMessage());
      e.printStackTrace();
      status = 1;
    }
    vertx.close();
    System.exit(status);
  }

  /** Runs the scenarios (baseline first, then Recall, for each) and returns the report, not yet written. */
  static Report run(Vertx vertx, BenchOptions options, List<Scenario> scenarios, Consumer<String> log) {
    String startedAt = Instant.now().toString();
    RecallTarget recall = new RecallTarget(vertx, options.server().getHost(), options.server().getPort());
    ScenarioRunner.await(recall.prepare(options.user(), options.password()), 30_000);
    BareTarget bare = options.baseline() == null ? null : new BareTarget(options.baseline().getHost(), options.baseline().getPort());
    ServerProbe probe = new ServerProbe(vertx, options.server().getHost(), options.server().getPort());
    log.accept("limits: ulimit -n " + Limits.openFilesLimit() + " here" + (options.serverPid() > 0 ? ", " + Limits.openFilesLimit(options.serverPid()) + " in the server" : "")
        + "; ephemeral ports " + Limits.portRange() + " per address; " + (options.addresses() > 0
        ? "connections spread over 127.0.0.2-127.0.0." + (1 + options.addresses()) : "source addresses chosen by the OS"));
    ScenarioRunner runner = new ScenarioRunner(vertx, options.addresses(), options.serverPid(), options.baselinePid(), probe, log, options.seed());
    List<ScenarioResult> results = new ArrayList<>();
    for (Scenario s : scenarios) {
      log.accept(s.name() + ": " + s.describe());
      if (bare != null && s.baseline()) results.add(runner.run(s, bare));
      results.add(runner.run(s, recall));
    }
    probe.close();
    recall.close();
    return new Report(options, results, startedAt);
  }
}
