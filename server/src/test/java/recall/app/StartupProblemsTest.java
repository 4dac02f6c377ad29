package recall.app;

import io.vertx.core.Vertx;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.support.ForkedServer;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("A start that fails says why in one line")
class StartupProblemsTest {
  private static final Path QUESTIONS = Path.of("..", "questions");

  private static Config config(int port, String bind, Path data, String dbUrl) {
    return new Config(port, bind, data, dbUrl, QUESTIONS, "test-password", null, 0, 20, null);
  }

  @Test
  @DisplayName("a port in use names the port and the flag that changes it")
  void portInUse(Vertx vertx, VertxTestContext ctx) throws Exception {
    ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
    int port = taken.getLocalPort();
    Config config = config(port, "127.0.0.1", Path.of("target", "data-port"), "jdbc:hsqldb:mem:StartupPort");
    RecallServer.start(vertx, config).onComplete(ar -> ctx.verify(() -> {
      taken.close();
      assertTrue(ar.failed(), "the start fails");
      String line = StartupProblems.explain(ar.cause(), config);
      assertEquals("Port " + port + " is already in use (another Recall, or another program)."
          + " Start on another port with --port 9000 (or RECALL_PORT=9000).", line);
      ctx.completeNow();
    }));
  }

  @Test
  @Timeout(value = 3, timeUnit = TimeUnit.MINUTES)
  @DisplayName("a second server on the same data folder says, in one line, that Recall is already running there")
  void dataFolderInUse(Vertx vertx, VertxTestContext ctx) throws Exception {
    // Two processes: within one JVM, HSQLDB shares the open database instead of locking it.
    Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "data-lock-");
    ForkedServer.start(vertx, data, "first").compose(first -> ForkedServer.start(vertx, data, "second").transform(second -> {
      ctx.verify(() -> {
        assertTrue(second.failed(), "the second start fails");
        String log = second.cause().getMessage();
        assertTrue(log.contains("recall: Recall is already running on the data folder " + data.toAbsolutePath()), log);
        assertTrue(log.contains("--data"), log);
        assertFalse(log.contains("\tat "), "no stack trace: " + log);
      });
      return first.terminate();
    })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a failure we do not know is left to the stack trace")
  void unknown() {
    assertNull(StartupProblems.explain(new IllegalStateException("something else"), config(8080, "0.0.0.0", Path.of("data"), null)));
  }

  @Test
  @DisplayName("loopback only and an in-memory database are warned about; the classroom defaults are not")
  void warnings() {
    List<String> loopback = StartupProblems.warnings(config(8080, "127.0.0.1", Path.of("data"), "jdbc:hsqldb:mem:x"));
    assertEquals(2, loopback.size(), loopback.toString());
    assertTrue(loopback.get(0).contains("phones cannot reach"), loopback.get(0));
    assertTrue(loopback.get(1).contains("nothing (accounts, quizzes, results) is kept"), loopback.get(1));
    assertEquals(List.of(), StartupProblems.warnings(config(8080, "0.0.0.0", Path.of("data"), null)));
  }
}
