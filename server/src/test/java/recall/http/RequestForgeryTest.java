package recall.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.support.TestServer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The attack of issue 15: a page on another port of the same host (or a sibling subdomain) is "same
 * site", so the browser sends the teacher's SameSite=Strict cookie with its forms and fetches.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("State-changing calls from another origin, or with a body a form could send, are refused")
class RequestForgeryTest {
  private static final JsonObject ROOM = new JsonObject().put("quiz", "power-struggle");
  private static final String GIFT = "::a::Who was murdered in 1934? {=Kirov ~Trotsky}\n";
  private static TestServer server;
  private static String cookie;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    TestServer.start(vertx, RequestForgeryTest.class).compose(s -> {
      server = s;
      return s.http.post("/api/login").sendJsonObject(new JsonObject().put("user", "teacher").put("password", "test-password"));
    }).onComplete(ctx.succeeding(r -> {
      cookie = ApiTest.cookie(r, AuthApi.COOKIE).split(";")[0];
      ctx.completeNow();
    }));
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    server.stop().onComplete(ar -> ctx.completeNow());
  }

  private static HttpRequest<Buffer> withCookie(HttpMethod method, String path) {
    return server.http.request(method, path).putHeader("Cookie", cookie);
  }

  private static String own() {
    return "http://127.0.0.1:" + server.port();
  }

  private static void refused(HttpResponse<Buffer> r, int status, String code) {
    assertEquals(status, r.statusCode(), r.bodyAsString());
    assertEquals(code, r.bodyAsJsonObject().getString("error"));
  }

  @Test
  @DisplayName("a page on another port, another host or an opaque origin gets 403 forbidden-origin, with the cookie")
  void foreignOrigin(VertxTestContext ctx) {
    List<String> origins = List.of("http://127.0.0.1:" + (server.port() + 1), "http://evil.example", "http://sub.127.0.0.1:" + server.port(), "null");
    List<Future<HttpResponse<Buffer>>> calls = origins.stream()
        .map(o -> withCookie(HttpMethod.POST, "/api/rooms").putHeader("Origin", o).sendJsonObject(ROOM)).toList();
    Future.all(calls).map(all -> {
      calls.forEach(c -> refused(c.result(), 403, "forbidden-origin"));
      return null;
    }).compose(v -> withCookie(HttpMethod.DELETE, "/api/quizzes/power-struggle").putHeader("Origin", "http://evil.example").send())
        .map(r -> {
          refused(r, 403, "forbidden-origin");
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("the server's own pages (Origin equal to the Host, or Sec-Fetch-Site same-origin) are let in")
  void ownOrigin(VertxTestContext ctx) {
    Future.all(withCookie(HttpMethod.POST, "/api/rooms").putHeader("Origin", own()).sendJsonObject(ROOM),
            withCookie(HttpMethod.POST, "/api/rooms").putHeader("Sec-Fetch-Site", "same-origin").sendJsonObject(ROOM))
        .map(all -> {
          assertEquals(201, ((HttpResponse<?>) all.resultAt(0)).statusCode());
          assertEquals(201, ((HttpResponse<?>) all.resultAt(1)).statusCode());
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a cookie call marked Sec-Fetch-Site same-site or cross-site is refused; a bearer-token script is not")
  void fetchMetadata(VertxTestContext ctx) {
    Future.all(withCookie(HttpMethod.POST, "/api/rooms").putHeader("Sec-Fetch-Site", "same-site").sendJsonObject(ROOM),
            withCookie(HttpMethod.POST, "/api/rooms").putHeader("Sec-Fetch-Site", "cross-site").sendJsonObject(ROOM),
            server.teacher(HttpMethod.POST, "/api/rooms").putHeader("Sec-Fetch-Site", "cross-site").sendJsonObject(ROOM),
            server.teacher(HttpMethod.POST, "/api/rooms").sendJsonObject(ROOM))
        .map(all -> {
          refused(all.resultAt(0), 403, "forbidden-origin");
          refused(all.resultAt(1), 403, "forbidden-origin");
          assertEquals(201, ((HttpResponse<?>) all.resultAt(2)).statusCode(), "a script with its token, no cookie");
          assertEquals(201, ((HttpResponse<?>) all.resultAt(3)).statusCode(), "no Origin, no Sec-Fetch-Site: a script");
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a JSON body sent as text/plain, form-encoded, multipart or with no type is 415, even from the server's own origin")
  void jsonOnly(VertxTestContext ctx) {
    List<String> types = List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "");
    List<Future<HttpResponse<Buffer>>> calls = types.stream().map(t -> {
      HttpRequest<Buffer> req = withCookie(HttpMethod.POST, "/api/quizzes").putHeader("Origin", own());
      if (!t.isEmpty()) req.putHeader("Content-Type", t);
      return req.sendBuffer(Buffer.buffer(ROOM.encode()));
    }).toList();
    Future.all(calls).map(all -> {
      calls.forEach(c -> refused(c.result(), 415, "unsupported-media-type"));
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an import takes its file with an explicit type a form cannot send, and checks the Origin too")
  void importTypes(VertxTestContext ctx) {
    String path = "/api/quizzes/import?format=gift&title=Forged";
    Future.all(List.of(
            withCookie(HttpMethod.POST, path).putHeader("Content-Type", "text/plain").sendBuffer(Buffer.buffer(GIFT)),
            withCookie(HttpMethod.POST, path).putHeader("Content-Type", "application/x-www-form-urlencoded").sendBuffer(Buffer.buffer(GIFT)),
            withCookie(HttpMethod.POST, path).sendBuffer(Buffer.buffer(GIFT)),
            withCookie(HttpMethod.POST, path).putHeader("Origin", "http://127.0.0.1:1").putHeader("Content-Type", "text/x-gift").sendBuffer(Buffer.buffer(GIFT)),
            withCookie(HttpMethod.POST, path).putHeader("Origin", own()).putHeader("Content-Type", "text/x-gift").sendBuffer(Buffer.buffer(GIFT))))
        .map(all -> {
          refused(all.resultAt(0), 415, "unsupported-media-type");
          refused(all.resultAt(1), 415, "unsupported-media-type");
          refused(all.resultAt(2), 415, "unsupported-media-type");
          refused(all.resultAt(3), 403, "forbidden-origin");
          assertEquals(201, ((HttpResponse<?>) all.resultAt(4)).statusCode(), ((HttpResponse<?>) all.resultAt(4)).bodyAsString());
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("reading is not refused: a GET from another origin still answers (CORS keeps its answer from the page)")
  void getsPass(VertxTestContext ctx) {
    withCookie(HttpMethod.GET, "/api/quizzes").putHeader("Origin", "http://evil.example").send().map(r -> {
      assertEquals(200, r.statusCode());
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }
}
