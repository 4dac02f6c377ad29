package recall.loadgen;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import recall.app.Config;
import recall.app.RecallServer;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator plays a tiny game against the real server and the baseline, in-process. No timing is checked. */
@DisplayName("The load generator, in miniature")
class BenchSmokeTest {
  private static final Scenario TINY = new Scenario("tiny", 2, 5, 2, 50, 400, 5, 0.3, 0.2, 0.2, 1, 0, 50, true, false);

  private Vertx vertx;
  private RecallServer server;
  private int barePort;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    Config config = Config.forTests("BenchSmokeTest", Path.of("..", "questions"));
    server = ScenarioRunner.await(RecallServer.start(vertx, config), 60_000);
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      barePort = s.getLocalPort();
    }
    ScenarioRunner.await(BareServer.start(vertx, "127.0.0.1", barePort), 30_000);
  }

  @AfterEach
  void stop() {
    ScenarioRunner.await(server.stop(), 30_000);
    ScenarioRunner.await(vertx.close(), 30_000);
  }

  @Test
  @DisplayName("2 rooms x 5 players: everyone joins, every acknowledged answer is in the saved sessions")
  void tinyRunLosesNothing() {
    BenchOptions options = new BenchOptions(URI.create("http://127.0.0.1:" + server.port()), URI.create("http://127.0.0.1:" + barePort),
        "teacher", "test-password", 0, 0, "quick", Path.of("target", "bench-test"), 2, Set.of(), 7);
    Report report = Bench.run(vertx, options, List.of(TINY), line -> { });

    ScenarioResult recall = Targets.find(report.results(), "tiny", "recall");
    ScenarioResult baseline = Targets.find(report.results(), "tiny", "baseline");
    assertEquals(10, recall.joined());
    assertEquals(10, baseline.joined());
    assertTrue(recall.acked() > 0, "some answers were acknowledged");
    assertEquals(0, recall.lost, "acknowledged answers missing from the sessions");
    assertTrue(report.table().contains("answer round trip"));
  }
}
