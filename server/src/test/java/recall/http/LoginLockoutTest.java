package recall.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.support.TestServer;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The lock-out of issue 15: wrong guesses from eight addresses refused every right log-in after. Each
 * client here speaks from its own loopback address (127.0.0.x), as machines on a network would.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Guessing from many addresses slows strangers but not the teacher's own browser or address")
class LoginLockoutTest {
  private static final JsonObject RIGHT = new JsonObject().put("user", "teacher").put("password", "test-password");

  private static WebClient from(Vertx vertx, TestServer s, String address) {
    return WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(s.port()).setLocalAddress(address));
  }

  @Test
  @Timeout(value = 120, timeUnit = TimeUnit.SECONDS)
  @DisplayName("after 8 addresses guess 6 times each, the teacher logs in with a known-device cookie from a new address, and from the address used before; a stranger waits")
  void teacherNotLockedOut(Vertx vertx, VertxTestContext ctx) {
    TestServer.start(vertx, LoginLockoutTest.class).compose(s -> {
      // A browser that logged in before: it holds the known-device cookie.
      WebClient laptop = from(vertx, s, "127.0.0.50");
      return laptop.post("/api/login").sendJsonObject(RIGHT).compose(first -> {
        String device = ApiTest.cookie(first, AuthApi.DEVICE_COOKIE).split(";")[0];
        Future<Void> attack = Future.succeededFuture();
        for (int a = 0; a < 8; a++) {
          WebClient attacker = from(vertx, s, "127.0.1." + (a + 1));
          for (int i = 0; i < 6; i++) {
            String guess = "guess-" + a + "-" + i;
            attack = attack.compose(v -> attacker.post("/api/login").sendJsonObject(RIGHT.copy().put("password", guess)).mapEmpty());
          }
        }
        return attack.compose(v -> Future.all(
            from(vertx, s, "127.0.0.60").post("/api/login").putHeader("Cookie", device).sendJsonObject(RIGHT),
            laptop.post("/api/login").sendJsonObject(RIGHT),
            from(vertx, s, "127.0.0.70").post("/api/login").sendJsonObject(RIGHT)));
      }).map(all -> {
        assertEquals(200, status(all.resultAt(0)), "known device, new address");
        assertEquals(200, status(all.resultAt(1)), "the address that logged in before");
        HttpResponse<Buffer> stranger = all.resultAt(2);
        assertEquals(429, stranger.statusCode(), "a stranger's attempt waits while the account is under attack");
        return null;
      }).eventually(s::stop);
    }).onComplete(ctx.succeedingThenComplete());
  }

  private static int status(HttpResponse<Buffer> r) {
    return r.statusCode();
  }
}
