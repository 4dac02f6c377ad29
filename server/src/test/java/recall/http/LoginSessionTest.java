package recall.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import recall.app.Config;
import recall.support.LogWatch;
import recall.support.MovingClock;
import recall.support.Staffroom;
import recall.support.TestServer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Log-in sessions: an idle timeout and an absolute end, timed by an injected clock; kept over a restart. */
@ExtendWith(VertxExtension.class)
@DisplayName("A teacher's log-in session ends when idle or too old, and survives a restart")
class LoginSessionTest {
  @TempDir
  Path dir;

  private static Future<HttpResponse<Buffer>> me(TestServer s, String token) {
    return Staffroom.as(s.http, token, HttpMethod.GET, "/api/me").send();
  }

  @Test
  @DisplayName("a session idle for longer than RECALL_SESSION_IDLE_MINUTES answers 401 session-expired; requests keep it alive")
  void idleTimeout(Vertx vertx, VertxTestContext ctx) {
    MovingClock clock = new MovingClock();
    Config config = Config.forTests(TestServer.dbName(LoginSessionTest.class), TestServer.QUESTIONS).withSessionLimits(30, 12);
    TestServer.start(vertx, config, clock).compose(s -> {
      clock.advance(Duration.ofMinutes(20));
      return me(s, s.token).compose(r -> {
        assertEquals(200, r.statusCode(), "20 minutes idle is fine");
        clock.advance(Duration.ofMinutes(20));
        return me(s, s.token);
      }).compose(r -> {
        assertEquals(200, r.statusCode(), "the last request counts, not the log-in");
        clock.advance(Duration.ofMinutes(31));
        return me(s, s.token);
      }).compose(r -> {
        assertEquals(401, r.statusCode());
        assertEquals("session-expired", r.bodyAsJsonObject().getString("error"));
        return me(s, s.token);
      }).map(r -> {
        assertEquals(401, r.statusCode(), "and it stays ended");
        return null;
      }).eventually(s::stop);
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("however busy, a session ends RECALL_SESSION_MAX_HOURS after log-in")
  void absoluteEnd(Vertx vertx, VertxTestContext ctx) {
    MovingClock clock = new MovingClock();
    Config config = Config.forTests(TestServer.dbName(LoginSessionTest.class), TestServer.QUESTIONS).withSessionLimits(30, 1);
    TestServer.start(vertx, config, clock).compose(s -> {
      Future<Void> busy = Future.succeededFuture();
      for (int i = 0; i < 2; i++) {
        busy = busy.compose(v -> {
          clock.advance(Duration.ofMinutes(25));
          return me(s, s.token).map(r -> {
            assertEquals(200, r.statusCode());
            return null;
          });
        });
      }
      return busy.compose(v -> {
        clock.advance(Duration.ofMinutes(11));
        return me(s, s.token);
      }).map(r -> {
        assertEquals(401, r.statusCode(), "61 minutes after log-in with a 1-hour limit");
        assertEquals("session-expired", r.bodyAsJsonObject().getString("error"));
        return null;
      }).eventually(s::stop);
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @Timeout(value = 2, timeUnit = TimeUnit.MINUTES)
  @DisplayName("a restart on the same database logs nobody out; RECALL_TEACHER_PASSWORD on it is not silently ignored")
  void survivesRestart(Vertx vertx, VertxTestContext ctx) {
    Config config = Config.forTests("unused", TestServer.QUESTIONS)
        .withDbUrl("jdbc:hsqldb:file:" + dir.resolve("recall").toAbsolutePath() + ";hsqldb.write_delay=false");
    LogWatch log = LogWatch.start();
    TestServer.start(vertx, config).compose(first -> {
      String token = first.token;
      return first.stop().compose(v -> {
        log.clear();
        // RECALL_TEACHER_PASSWORD is still set, as it would be in a service file.
        return TestServer.start(vertx, config);
      }).compose(second -> me(second, token).map(r -> {
        assertEquals(200, r.statusCode(), "the token from before the restart still works");
        String text = log.text();
        assertTrue(text.contains("RECALL_TEACHER_PASSWORD") && text.contains("reset-password teacher"), text);
        return null;
      }).eventually(second::stop));
    }).eventually(() -> {
      log.stop();
      return Future.succeededFuture();
    }).onComplete(ctx.succeedingThenComplete());
  }
}
