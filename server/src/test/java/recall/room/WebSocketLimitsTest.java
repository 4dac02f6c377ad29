package recall.room;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.app.Config;
import recall.support.RawWs;
import recall.support.TestServer;
import recall.support.Ws;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The WebSocket's own limits, against the real server with short timeouts: frames over 64 KiB of
 * any announced size, messages pieced together past it, invalid UTF-8, floods of ping frames,
 * sockets that never say hello, never finish a message, or never answer a ping.
 */
@ExtendWith(VertxExtension.class)
@Timeout(value = 120, timeUnit = TimeUnit.SECONDS)
@DisplayName("The WebSocket refuses what would exhaust the server, and keeps honest players")
class WebSocketLimitsTest {
  private static final int TEXT = 1;
  private static final int CLOSE = 8;
  private static TestServer server;
  private static String pin;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    Config c = Config.forTests(TestServer.dbName(WebSocketLimitsTest.class), TestServer.QUESTIONS);
    // Hello within 1 s: short, so that the test waits on the server's own timer.
    TestServer.start(vertx, c.withNet(c.net().withTimeouts(60, 1)))
        .compose(s -> {
          server = s;
          return s.openRoom(new JsonObject().put("quiz", "power-struggle"));
        })
        .onComplete(ctx.succeeding(room -> {
          pin = room.getString("pin");
          ctx.completeNow();
        }));
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    server.stop().onComplete(ar -> ctx.completeNow());
  }

  private static Future<Ws> player(String name) {
    return server.ws().compose(ws -> ws.ask(Ws.join(pin, name), "welcome").map(w -> ws));
  }

  @Test
  @DisplayName("a frame announced at 100 MiB gets too-large and a close 1008 before its bytes are read")
  void hugeFrame(Vertx vertx, VertxTestContext ctx) {
    RawWs.connect(vertx, server.port()).compose(raw -> {
      raw.write(RawWs.header(TEXT, true, 100L * 1024 * 1024).appendBytes(new byte[4096]));
      return raw.next(TEXT).compose(error -> {
        assertEquals("too-large", new JsonObject(error.text()).getString("code"));
        return raw.next(CLOSE);
      }).compose(close -> {
        assertEquals(1008, close.closeCode());
        return raw.closed();
      });
    }).compose(v -> player("After the huge frame")).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a message pieced together from fragments past 64 KiB gets too-large and a close 1008")
  void fragmentedTooLarge(VertxTestContext ctx) {
    player("Fragments").compose(ws -> {
      Future<JsonObject> refused = ws.error("too-large");
      String part = "x".repeat(40 * 1024);
      ws.writeFrame(WebSocketFrame.textFrame("{\"type\":\"ping\",\"pad\":\"" + part, false));
      ws.writeFrame(WebSocketFrame.continuationFrame(Buffer.buffer(part + "\"}"), true));
      return refused.compose(e -> ws.closed());
    }).onComplete(ctx.succeeding(code -> ctx.verify(() -> {
      assertEquals((short) 1008, code);
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("a message in fragments within 64 KiB is read whole")
  void fragmentedFine(VertxTestContext ctx) {
    player("Pieces").compose(ws -> {
      Future<JsonObject> pong = ws.next("pong");
      ws.writeFrame(WebSocketFrame.textFrame("{\"type\":", false));
      ws.writeFrame(WebSocketFrame.continuationFrame(Buffer.buffer("\"ping\"}"), true));
      return pong;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("invalid UTF-8 in a text frame closes with 1007")
  void invalidUtf8(Vertx vertx, VertxTestContext ctx) {
    RawWs.connect(vertx, server.port()).compose(raw -> {
      byte[] bad = "{\"type\":\"join\",\"pin\":\"1\",\"name\":\"\u00e9\"}".getBytes(StandardCharsets.UTF_8);
      bad[bad.length - 4] = (byte) 0xC3;
      bad[bad.length - 3] = (byte) 0x28; // a lead byte followed by no continuation byte
      raw.frame(TEXT, true, bad);
      return raw.next(CLOSE);
    }).onComplete(ctx.succeeding(close -> ctx.verify(() -> {
      assertEquals(1007, close.closeCode());
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("a flood of ping frames spends the message budget and is closed 1008; another player is answered")
  void pingFlood(VertxTestContext ctx) {
    player("Flooder").compose(flooder -> player("Honest").compose(honest -> {
      // 300 ping frames fall in at most two one-second windows: one holds more than 100.
      for (int i = 0; i < 300; i++) flooder.pingFrame();
      return flooder.closed().compose(code -> {
        assertEquals((short) 1008, code);
        return honest.ask(Ws.command("ping"), "pong");
      });
    })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a socket that never says who it is gets hello-first and is closed 1008 after the hello timeout")
  void noHello(VertxTestContext ctx) {
    server.ws().compose(ws -> ws.error("hello-first").compose(e -> ws.closed()))
        .onComplete(ctx.succeeding(code -> ctx.verify(() -> {
          assertEquals((short) 1008, code);
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a socket whose hello was refused and that says nothing more is closed 1008 after the hello timeout too")
  void refusedHello(VertxTestContext ctx) {
    server.ws().compose(ws -> {
      ws.send(Ws.join(pin, " "));
      return ws.error("bad-name").compose(e -> ws.closed());
    }).onComplete(ctx.succeeding(code -> ctx.verify(() -> {
      assertEquals((short) 1008, code, "a refused hello does not keep the socket open");
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("a player who starts a message and never finishes it is closed 1008")
  void unfinished(VertxTestContext ctx) {
    player("Unfinished").compose(ws -> {
      ws.writeFrame(WebSocketFrame.textFrame("{\"type\":\"ping\"", false));
      return ws.closed();
    }).onComplete(ctx.succeeding(code -> ctx.verify(() -> {
      assertEquals((short) 1008, code);
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("past the idle timeout a socket that answers no ping is closed, and a quiet player who does stays")
  void idle(Vertx vertx, VertxTestContext ctx) {
    Config c = Config.forTests(TestServer.dbName(WebSocketLimitsTest.class), TestServer.QUESTIONS);
    // 6 s: the HTTP idle timeout is the same setting, and the teacher's log-in (a slow password hash on
    // a busy machine) must not look idle.
    TestServer.start(vertx, c.withNet(c.net().withTimeouts(6, 1))).compose(idle -> idle.openRoom(new JsonObject().put("quiz", "power-struggle"))
        .compose(room -> idle.ws().compose(quiet -> quiet.ask(Ws.join(room.getString("pin"), "Quiet"), "welcome")
            .compose(w -> RawWs.connect(vertx, idle.port()))
            .compose(raw -> {
              // The raw socket says hello and then nothing, not even a pong.
              raw.frame(TEXT, true, Ws.join(room.getString("pin"), "Silent").encode().getBytes(StandardCharsets.UTF_8));
              return raw.next(TEXT).compose(welcome -> raw.closed());
            })
            .compose(v -> {
              // The silent one was closed after 6 s; the quiet one, which answered every ping, is open.
              assertFalse(quiet.isClosed());
              return quiet.ask(Ws.command("ping"), "pong");
            })))
        .eventually(idle::stop))
        .onComplete(ctx.succeedingThenComplete());
  }
}
