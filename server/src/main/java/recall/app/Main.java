package recall.app;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts Recall from the command line: {@code java -jar server/target/recall.jar [--port 8080 ...]};
 * other commands ({@code reset-password}, {@code --help}) are {@link Commands}.
 */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {
  }

  public static void main(String[] args) throws Exception {
    OutOfMemory.exitOnIt();
    if (Commands.isCommand(args)) {
      System.exit(Commands.run(args, System.getenv(), System.out, System.err));
      return;
    }
    Config config;
    ClusterConfig cluster;
    try {
      config = Config.from(System.getenv(), args);
      cluster = ClusterConfig.from(System.getenv(), args, config.bind());
    } catch (IllegalArgumentException e) {
      System.err.println("recall: " + e.getMessage());
      System.exit(2);
      return;
    }
    StartupProblems.warnings(config).forEach(LOG::warn);
    Metrics metrics = new Metrics();
    VertxOptions options = new VertxOptions().setMetricsOptions(Metrics.vertxOptions());
    MicrometerMetricsFactory factory = new MicrometerMetricsFactory(metrics.registry());
    Vertx vertx;
    try {
      vertx = cluster.enabled() ? ClusterVertx.build(options, factory, cluster).toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS)
          : Vertx.builder().with(options).withMetrics(factory).build();
    } catch (Exception e) {
      LOG.error("Recall could not join its cluster: {}", e.getMessage(), e);
      System.exit(1);
      return;
    }
    vertx.exceptionHandler(OutOfMemory::check);
    RecallServer server;
    try {
      server = RecallServer.start(vertx, config, metrics).toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
    } catch (Exception e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      String known = StartupProblems.explain(cause, config);
      if (known != null) System.err.println("recall: " + known);
      else LOG.error("Recall could not start: {}", cause.getMessage(), cause);
      vertx.close();
      System.exit(1);
      return;
    }
    // SIGTERM (and Ctrl-C): running games end and are saved as finished, then the database shuts down.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        System.out.println("Recall stopped");
      } catch (Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        // Not "Recall stopped": the data on disk is the last good checkpoint and log, and an exit
        // code other than SIGTERM's says so to whoever restarts the service.
        System.out.println("Recall stopped WITHOUT a clean checkpoint: " + (cause.getMessage() != null ? cause.getMessage() : cause));
        System.err.println("Recall did not stop cleanly: " + cause);
        System.out.flush();
        Runtime.getRuntime().halt(1);
      }
    }, "recall-shutdown"));
    System.out.println("Recall listening on " + server.listenUrl());
    System.out.println("Students join at " + server.publicBase() + "/   Teacher console: " + server.publicBase() + "/host.html");
    List<LanAddress.Candidate> addresses = LanAddress.candidates();
    if (config.publicUrl() == null && addresses.size() > 1) {
      System.out.println("This machine has several addresses: " + addresses + ". Phones are sent to the one of the default route;"
          + " if that is not the classroom network, start with --public-url http://ADDRESS:" + server.port());
    }
  }
}
