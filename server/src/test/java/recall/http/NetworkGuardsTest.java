package recall.http;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.NetSocket;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.app.Config;
import recall.app.NetConfig;
import recall.support.LogWatch;
import recall.support.RawWs;
import recall.support.TestServer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP server's network guards against the real server: idle and slow connections are
 * closed, one address cannot hold every connection, the server as a whole has a cap, a Host that
 * is not this server's is refused, and refusals are JSON with the security headers.
 */
@ExtendWith(VertxExtension.class)
// Each test starts a server of its own, which takes a while on a busy machine.
@Timeout(value = 120, timeUnit = TimeUnit.SECONDS)
@DisplayName("Idle, slow and too many connections, and foreign Host names, are refused")
class NetworkGuardsTest {

  private static Future<TestServer> server(Vertx vertx, UnaryOperator<NetConfig> net) {
    Config c = Config.forTests(TestServer.dbName(NetworkGuardsTest.class), TestServer.QUESTIONS);
    return TestServer.start(vertx, c.withNet(net.apply(c.net())));
  }

  /** A fresh client (no pooled connection) from a loopback address of its own. */
  private static Future<HttpResponse<Buffer>> get(Vertx vertx, int port, String from, String path) {
    WebClient c = WebClient.create(vertx, new WebClientOptions().setLocalAddress(from).setKeepAlive(false));
    return c.get(port, "127.0.0.1", path).send().onComplete(ar -> c.close());
  }

  /**
   * A GET from {@code from}, asked again (50 ms apart, at most {@code tries} times) while it is
   * served: a client's connect completes before the server's event loop has counted the
   * connection, so on a busy machine the first look can come before the last silent socket is
   * counted. Each try closes its own connection, so the tries never fill the cap themselves.
   */
  private static Future<HttpResponse<Buffer>> refusedSoon(Vertx vertx, int port, String from, int tries) {
    return get(vertx, port, from, "/health").compose(r -> {
      if (r.statusCode() != 200 || tries <= 1) return Future.succeededFuture(r);
      Promise<Void> later = Promise.promise();
      vertx.setTimer(50, t -> later.complete());
      return later.future().compose(v -> refusedSoon(vertx, port, from, tries - 1));
    });
  }

  /** Sockets that say nothing, and a future that completes once the server has closed them all. */
  private record Silent(List<NetSocket> sockets, Future<Void> allClosed) {
  }

  private static Future<Silent> silentSockets(Vertx vertx, int port, String from, int n) {
    List<Future<NetSocket>> all = new ArrayList<>();
    List<Future<Void>> closed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(RawWs.tcp(vertx, port, from).map(s -> {
        closed.add(closedFuture(s));
        return s;
      }));
    }
    return Future.all(all).map(f -> new Silent(f.list(), Future.all(closed).mapEmpty()));
  }

  private static Future<Void> closedFuture(NetSocket s) {
    Promise<Void> p = Promise.promise();
    s.closeHandler(v -> p.tryComplete());
    return p.future();
  }

  @Test
  // An idle timeout of 5 s: the teacher's log-in (a slow password hash on a busy machine) must not look idle.
  @DisplayName("past the cap per address, one address's idle sockets get it 429; another address is served; the idle ones are closed")
  void perAddress(Vertx vertx, VertxTestContext ctx) {
    server(vertx, n -> n.withTimeouts(5, 1).withCaps(20, 0)).compose(s -> silentSockets(vertx, s.port(), "127.0.0.1", 25)
        .compose(idle -> {
          return refusedSoon(vertx, s.port(), "127.0.0.1", 20).compose(refused -> {
            assertEquals(429, refused.statusCode());
            assertEquals("too-many-connections", refused.bodyAsJsonObject().getString("error"));
            assertNotNull(refused.getHeader("Content-Security-Policy"), "a refusal carries the security headers");
            return get(vertx, s.port(), "127.0.0.2", "/health");
          }).compose(other -> {
            assertEquals(200, other.statusCode(), "another address is served");
            return idle.allClosed();
          });
        })
        // Every silent socket is gone (the idle timeout or the cap closed it): the address is served again.
        .compose(v -> get(vertx, s.port(), "127.0.0.1", "/health"))
        .map(again -> {
          assertEquals(200, again.statusCode());
          return null;
        })
        .eventually(s::stop))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a request whose headers never end is closed by the idle timeout")
  void slowRequest(Vertx vertx, VertxTestContext ctx) {
    server(vertx, n -> n.withTimeouts(5, 1)).compose(s -> RawWs.tcp(vertx, s.port(), null).compose(slow -> {
      Future<Void> closed = closedFuture(slow);
      slow.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
      return closed;
    }).eventually(s::stop)).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("past the total cap, a new connection from anywhere gets 503, also for a WebSocket upgrade")
  void total(Vertx vertx, VertxTestContext ctx) {
    server(vertx, n -> n.withTimeouts(30, 10).withCaps(0, 10)).compose(s -> silentSockets(vertx, s.port(), "127.0.0.3", 10)
        .compose(idle -> refusedSoon(vertx, s.port(), "127.0.0.2", 20).compose(full -> {
          assertEquals(503, full.statusCode());
          assertEquals("server-full", full.bodyAsJsonObject().getString("error"));
          return upgrade(vertx, s.port(), "127.0.0.1:" + s.port(), null);
        }).compose(ws -> {
          assertEquals(503, ws.statusCode());
          idle.sockets().forEach(NetSocket::close);
          return idle.allClosed();
        }))
        .eventually(s::stop))
        .onComplete(ctx.succeedingThenComplete());
  }

  /** A WebSocket upgrade request made by hand, to read the refusal's status, headers and body. */
  private static Future<HttpResponse<Buffer>> upgrade(Vertx vertx, int port, String host, String origin) {
    WebClient c = WebClient.create(vertx, new WebClientOptions().setKeepAlive(false));
    var req = c.request(HttpMethod.GET, port, "127.0.0.1", "/ws").putHeader("Host", host)
        .putHeader("Upgrade", "websocket").putHeader("Connection", "Upgrade")
        .putHeader("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==").putHeader("Sec-WebSocket-Version", "13");
    if (origin != null) req.putHeader("Origin", origin);
    return req.send().onComplete(ar -> c.close());
  }

  @Test
  @DisplayName("a Host that is not this server's (DNS rebinding) is refused 421, for the API and the WebSocket; its own names pass")
  void host(Vertx vertx, VertxTestContext ctx) {
    server(vertx, n -> n.withAllowedHosts(List.of("quiz.school.example"))).compose(s -> {
      WebClient c = WebClient.create(vertx, new WebClientOptions().setKeepAlive(false));
      Future<HttpResponse<Buffer>> api = c.get(s.port(), "127.0.0.1", "/api/rooms/123456").putHeader("Host", "attacker.example").send();
      Future<HttpResponse<Buffer>> ws = upgrade(vertx, s.port(), "attacker.example:" + s.port(), null);
      Future<HttpResponse<Buffer>> extra = c.get(s.port(), "127.0.0.1", "/api/rooms/123456").putHeader("Host", "quiz.school.example").send();
      Future<HttpResponse<Buffer>> local = c.get(s.port(), "127.0.0.1", "/api/rooms/123456").putHeader("Host", "localhost:" + s.port()).send();
      return Future.all(api, ws, extra, local).map(v -> {
        assertEquals(421, api.result().statusCode());
        assertEquals("misdirected-request", api.result().bodyAsJsonObject().getString("error"));
        assertEquals(421, ws.result().statusCode());
        assertNotNull(ws.result().getHeader("X-Content-Type-Options"));
        assertEquals(404, extra.result().statusCode(), "a configured name reaches the API");
        assertEquals(404, local.result().statusCode(), "localhost reaches the API");
        return null;
      }).onComplete(ar -> c.close()).eventually(s::stop);
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a refused upgrade (foreign Origin, or no upgrade at all) is JSON with the security headers")
  void refusedUpgrade(Vertx vertx, VertxTestContext ctx) {
    server(vertx, n -> n).compose(s -> {
      Future<HttpResponse<Buffer>> foreign = upgrade(vertx, s.port(), "127.0.0.1:" + s.port(), "http://evil.example");
      WebClient c = WebClient.create(vertx, new WebClientOptions().setKeepAlive(false));
      Future<HttpResponse<Buffer>> plain = c.get(s.port(), "127.0.0.1", "/ws").send();
      return Future.all(foreign, plain).map(v -> {
        assertEquals(403, foreign.result().statusCode());
        assertEquals("forbidden", foreign.result().bodyAsJsonObject().getString("error"));
        assertEquals(400, plain.result().statusCode());
        for (HttpResponse<Buffer> r : List.of(foreign.result(), plain.result())) {
          assertNotNull(r.getHeader("Content-Security-Policy"));
          assertEquals("DENY", r.getHeader("X-Frame-Options"));
          assertTrue(r.getHeader("Content-Type").startsWith("application/json"));
        }
        return null;
      }).onComplete(ar -> c.close()).eventually(s::stop);
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a GET or OPTIONS with a form body on /api/* answers 4xx and logs nothing")
  void formBodyOnGet(Vertx vertx, VertxTestContext ctx) {
    LogWatch log = LogWatch.start();
    server(vertx, n -> n).compose(s -> {
      Future<HttpResponse<Buffer>> get = s.teacher(HttpMethod.GET, "/api/quizzes")
          .putHeader("Content-Type", "application/x-www-form-urlencoded").sendBuffer(Buffer.buffer("a=1&b=2"));
      Future<HttpResponse<Buffer>> anon = s.http.get("/api/quizzes")
          .putHeader("Content-Type", "multipart/form-data; boundary=x").sendBuffer(Buffer.buffer("--x\r\n\r\nhi\r\n--x--\r\n"));
      Future<HttpResponse<Buffer>> options = s.http.request(HttpMethod.OPTIONS, "/api/rooms")
          .putHeader("Content-Type", "application/x-www-form-urlencoded").sendBuffer(Buffer.buffer("a=1"));
      return Future.all(get, anon, options).map(v -> {
        assertEquals(200, get.result().statusCode(), "the body of a GET is ignored");
        assertEquals(401, anon.result().statusCode());
        int o = options.result().statusCode();
        assertTrue(o >= 400 && o < 500, () -> "OPTIONS: " + o);
        return null;
      }).eventually(s::stop);
    }).onComplete(ar -> {
      log.stop();
      ctx.verify(() -> {
        assertTrue(ar.succeeded(), () -> String.valueOf(ar.cause()));
        assertEquals(List.of(), log.problems(), "a client's mistake is not the server's error");
      });
      ctx.completeNow();
    });
  }
}
