package recall.app;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import recall.support.ForkedServer;
import recall.support.Staffroom;
import recall.support.TestServer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line besides serving: {@code --help} and the offline {@code reset-password}. */
@ExtendWith(VertxExtension.class)
@DisplayName("The recall.jar commands: --help and reset-password")
class CommandsTest {
  private static final Pattern ONE_TIME = Pattern.compile("New one-time password for teacher: (\\S+)");

  @TempDir
  Path dir;

  /** What a command printed and its exit code. */
  private record Run(int code, String out, String err) {
  }

  private static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Commands.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("--help lists every command and every setting, as flag and as environment variable")
  void help() {
    Run r = run(Map.of(), "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("reset-password <user>"), r.out());
    for (String[] n : Config.names()) {
      assertTrue(r.out().contains(n[0]) && r.out().contains(n[1]), n[1] + " missing from --help:\n" + r.out());
    }
    assertTrue(Commands.isCommand(new String[] {"--help"}));
    assertTrue(!Commands.isCommand(new String[] {"--port", "0"}), "flags start the server");
    assertEquals(2, run(Map.of(), "frobnicate").code());
    assertEquals(2, run(Map.of(), "reset-password").code(), "the user name is needed");
  }

  @Test
  @Timeout(value = 2, timeUnit = TimeUnit.MINUTES)
  @DisplayName("with the server stopped, reset-password prints a one-time password that logs in and must be changed")
  void resetsOffline(Vertx vertx, VertxTestContext ctx) {
    String url = "jdbc:hsqldb:file:" + dir.resolve("recall").toAbsolutePath() + ";hsqldb.write_delay=false";
    Config config = Config.forTests("unused", TestServer.QUESTIONS).withDbUrl(url);
    TestServer.start(vertx, config).compose(TestServer::stop).compose(v -> {
      Run nobody = run(Map.of("RECALL_DB_URL", url), "reset-password", "nobody");
      assertEquals(1, nobody.code());
      assertTrue(nobody.err().contains("no account 'nobody'"), nobody.err());
      // Run off the test's event loop: the command blocks until it is done, as it does in a terminal.
      return vertx.executeBlocking(() -> run(Map.of("RECALL_DB_URL", url), "reset-password", "teacher"));
    }).compose(reset -> {
      assertEquals(0, reset.code(), reset.err());
      Matcher m = ONE_TIME.matcher(reset.out());
      assertTrue(m.find(), reset.out());
      String once = m.group(1);
      return RecallServer.start(vertx, config).compose(server -> {
        WebClient http = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(server.port()));
        return Future.all(Staffroom.login(http, "teacher", "test-password"), Staffroom.login(http, "teacher", once)).map(all -> {
          assertEquals(401, all.<io.vertx.ext.web.client.HttpResponse<?>>resultAt(0).statusCode(), "the old password is gone");
          JsonObject login = all.<io.vertx.ext.web.client.HttpResponse<?>>resultAt(1).bodyAsJsonObject();
          assertEquals(true, login.getBoolean("mustChangePassword"), login.encode());
          return null;
        }).eventually(() -> {
          http.close();
          return server.stop();
        });
      });
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @Timeout(value = 3, timeUnit = TimeUnit.MINUTES)
  @DisplayName("with a server running on the database, reset-password says so in one line and exits non-zero")
  void refusesWhileInUse(Vertx vertx, VertxTestContext ctx) {
    Path data = dir.resolve("data");
    ForkedServer.start(vertx, data, "locked").compose(server ->
        vertx.executeBlocking(() -> run(Map.of(), "reset-password", "teacher", "--data", data.toString())).map(r -> {
          assertEquals(1, r.code(), r.out() + r.err());
          assertEquals(1, r.err().strip().lines().count(), r.err());
          assertTrue(r.err().contains("in use by a running Recall server"), r.err());
          assertTrue(r.out().isEmpty(), "no password is printed: " + r.out());
          return null;
        }).eventually(() -> server.terminate())
    ).onComplete(ctx.succeedingThenComplete());
  }
}
