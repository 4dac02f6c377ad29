package recall.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
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
import recall.app.Config;
import recall.app.RecallServer;
import recall.support.TestServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTTPS with a generated self-signed certificate, and the Secure cookie behind a trusted proxy. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 180, timeUnit = TimeUnit.SECONDS)
@DisplayName("HTTPS: a self-signed certificate, a Secure cookie, the WebSocket over wss")
class HttpsTest {

  private static Config config(Path data, String tls, boolean proxy) {
    Config c = Config.forTests(TestServer.dbName(HttpsTest.class), TestServer.QUESTIONS);
    return c.withDataDir(data).withNet(c.net().withTls(tls, proxy));
  }

  private static JsonObject login() {
    return new JsonObject().put("user", "teacher").put("password", "test-password");
  }

  @Test
  @DisplayName("with RECALL_TLS=self-signed the server speaks HTTPS, log-in sets a Secure cookie and a player joins over wss")
  void selfSigned(Vertx vertx, VertxTestContext ctx, @TempDir Path data) {
    RecallServer.start(vertx, config(data, "self-signed", false)).compose(server -> {
      assertTrue(server.listenUrl().startsWith("https://"), server.listenUrl());
      assertTrue(Files.exists(data.resolve("tls").resolve("self-signed.p12")), "the certificate is kept in the data folder");
      WebClient https = WebClient.create(vertx, new WebClientOptions().setSsl(true).setTrustAll(true).setVerifyHost(false)
          .setDefaultHost("127.0.0.1").setDefaultPort(server.port()));
      return https.post("/api/login").sendJsonObject(login()).compose(r -> {
        assertEquals(200, r.statusCode());
        String cookie = r.getHeader("Set-Cookie");
        assertTrue(cookie.contains("Secure"), cookie);
        return https.post("/api/rooms").bearerTokenAuthentication(r.bodyAsJsonObject().getString("token"))
            .sendJsonObject(new JsonObject().put("quiz", "power-struggle"));
      }).compose(room -> {
        assertEquals(201, room.statusCode());
        String pin = room.bodyAsJsonObject().getString("pin");
        return vertx.createWebSocketClient(new WebSocketClientOptions().setSsl(true).setTrustAll(true).setVerifyHost(false))
            .connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(server.port()).setURI("/ws").setSsl(true))
            .compose(ws -> {
              io.vertx.core.Promise<JsonObject> welcome = io.vertx.core.Promise.promise();
              ws.textMessageHandler(t -> welcome.tryComplete(new JsonObject(t)));
              ws.writeTextMessage(new JsonObject().put("type", "join").put("pin", pin).put("name", "Anna").encode());
              return welcome.future();
            });
      }).map(welcome -> {
        assertEquals("welcome", welcome.getString("type"));
        return null;
      }).eventually(server::stop);
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("over plain HTTP the cookie is Secure only when a trusted proxy says the page is HTTPS")
  void proxy(Vertx vertx, VertxTestContext ctx, @TempDir Path data) {
    Future<Boolean> trusted = RecallServer.start(vertx, config(data.resolve("a"), "", true)).compose(s -> secureCookie(vertx, s).eventually(s::stop));
    trusted.compose(t -> RecallServer.start(vertx, config(data.resolve("b"), "", false))
            .compose(s -> secureCookie(vertx, s).eventually(s::stop)).map(untrusted -> {
              assertTrue(t, "behind a trusted proxy that says https");
              assertFalse(untrusted, "a proxy header that is not trusted changes nothing");
              return null;
            }))
        .onComplete(ctx.succeedingThenComplete());
  }

  private static Future<Boolean> secureCookie(Vertx vertx, RecallServer s) {
    WebClient http = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(s.port()));
    return http.post("/api/login").putHeader("X-Forwarded-Proto", "https").sendJsonObject(login()).map(r -> {
      assertEquals(200, r.statusCode());
      return r.getHeader("Set-Cookie").contains("Secure");
    });
  }
}
