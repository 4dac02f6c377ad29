package recall.room;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import recall.support.ForkedServer;
import recall.support.RawWs;
import recall.support.Ws;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attack of issue 15 on a 256 MiB heap: hundreds of sockets each leaving a large message
 * unfinished. The server stays responsive, a player still joins, and SIGTERM stops it cleanly.
 */
@ExtendWith(VertxExtension.class)
@Timeout(value = 240, timeUnit = TimeUnit.SECONDS)
@DisplayName("Unfinished large messages cannot exhaust a 256 MiB heap")
class HeapAttackTest {
  private static final int SOCKETS = 400;

  @Test
  @DisplayName("400 sockets with unfinished messages (and frames announced at 1 MiB): health answers, a player joins, SIGTERM stops it")
  void attack(Vertx vertx, VertxTestContext ctx, @TempDir Path data) {
    ForkedServer.start(vertx, data, "heap-attack", List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"),
        Map.of("RECALL_MAX_CONNECTIONS_PER_ADDRESS", "1000", "RECALL_MAX_CONNECTIONS", "1000")).compose(server -> {
      List<Future<RawWs>> attackers = new ArrayList<>();
      for (int i = 0; i < SOCKETS; i++) {
        int k = i;
        attackers.add(RawWs.connect(vertx, server.port).map(raw -> {
          if (k % 2 == 0) {
            // An unfinished message: its first 60 KiB fragment, then nothing.
            raw.write(RawWs.header(1, false, 60 * 1024).appendBytes(new byte[60 * 1024]));
          } else {
            // A frame announced at 1 MiB, of which only a part ever comes.
            raw.write(RawWs.header(1, true, 1024 * 1024).appendBytes(new byte[60 * 1024]));
          }
          return raw;
        }));
      }
      return Future.all(attackers).compose(all -> server.http.get("/health").send()).compose(health -> {
        assertEquals(200, health.statusCode());
        return server.login();
      }).compose(token -> server.post(token, "/api/rooms", new JsonObject().put("quiz", "power-struggle"))).compose(room -> {
        assertEquals(201, room.statusCode());
        return Ws.connect(vertx, server.port).compose(ws -> ws.ask(Ws.join(room.bodyAsJsonObject().getString("pin"), "Anna"), "welcome"));
      }).compose(welcome -> server.terminate()).map(exit -> {
        // 143 is the JVM's exit on SIGTERM once its shutdown hook has run; 3 would be out of memory.
        assertEquals(143, exit, "SIGTERM stops the server");
        assertTrue(server.stdout().contains("Recall stopped"), () -> "a clean stop: " + server.stdout());
        assertFalse(server.log().contains("OutOfMemoryError"), server.log());
        return null;
      });
    }).onComplete(ctx.succeedingThenComplete());
  }
}
