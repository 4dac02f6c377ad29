package recall.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.app.Config;
import recall.support.TestServer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The teacher-side attacks of issue 15: huge imports and documents, racing creates, open /metrics. */
@ExtendWith(VertxExtension.class)
@DisplayName("Imports, quiz documents and /metrics have limits, and going past one is a 4xx, never a 500")
class AbuseLimitsTest {
  private static TestServer server;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    TestServer.start(vertx, AbuseLimitsTest.class).onComplete(ctx.succeeding(s -> {
      server = s;
      ctx.completeNow();
    }));
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    server.stop().onComplete(ar -> ctx.completeNow());
  }

  private static Future<HttpResponse<Buffer>> importGift(String text) {
    return server.teacher(HttpMethod.POST, "/api/quizzes/import?format=gift&title=Big")
        .putHeader("Content-Type", "text/x-gift").sendBuffer(Buffer.buffer(text));
  }

  private static JsonObject question(String id) {
    return new JsonObject().put("id", id).put("kind", "truefalse").put("text", "Kirov was murdered in 1934.")
        .put("options", new JsonArray().add("True").add("False")).put("answer", new JsonArray().add(0))
        .put("source", new JsonObject().put("line", 1).put("quote", "Kirov"));
  }

  private static JsonObject quiz(String id, int questions) {
    JsonArray list = new JsonArray();
    for (int i = 0; i < questions; i++) list.add(question("q" + i));
    return new JsonObject().put("id", id).put("title", "Limits").put("questions", list);
  }

  @Test
  @Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
  @DisplayName("a GIFT file of 900 KB of unclosed [html] tags answers in bounded time (the quadratic reader took 45 s for 80 KB) while /health keeps answering")
  void hostileHtmlImport(VertxTestContext ctx) {
    StringBuilder gift = new StringBuilder();
    for (int i = 0; i < 10; i++) gift.append("::q").append(i).append("::[html]").append("<".repeat(90_000)).append(" Who? {=Kirov ~Trotsky}\n\n");
    Future<HttpResponse<Buffer>> imported = importGift(gift.toString());
    Future<HttpResponse<Buffer>> health = server.http.get("/health").send();
    Future.all(imported, health).map(all -> {
      HttpResponse<Buffer> r = all.resultAt(0);
      assertEquals(400, r.statusCode(), "every question's text is too long: " + r.bodyAsString().substring(0, 200));
      assertEquals(200, ((HttpResponse<?>) all.resultAt(1)).statusCode());
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an import over 1 MiB is 413")
  void importTooLarge(VertxTestContext ctx) {
    importGift("x".repeat(QuizApi.MAX_IMPORT_BYTES + 1)).map(r -> {
      assertEquals(413, r.statusCode());
      assertEquals("too-large", r.bodyAsJsonObject().getString("error"));
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a file with thousands of problems lists the first 100 and counts them all")
  void problemsCapped(VertxTestContext ctx) {
    importGift("::broken:: no answer block\n\n".repeat(3000)).map(r -> {
      assertEquals(400, r.statusCode());
      JsonObject body = r.bodyAsJsonObject();
      assertEquals(QuizApi.MAX_PROBLEMS_SHOWN, body.getJsonArray("problems").size());
      assertEquals(3000, body.getInteger("problemCount"));
      assertTrue(r.body().length() < 100_000, "answer size " + r.body().length());
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a 3.9 MB title, a 201-character option, 501 questions are each 400 naming the field")
  void fieldLimits(VertxTestContext ctx) {
    JsonObject hugeTitle = quiz("huge", 1).put("title", "t".repeat(3_900_000));
    JsonObject longOption = quiz("opt", 1);
    longOption.getJsonArray("questions").getJsonObject(0).put("kind", "single")
        .put("options", new JsonArray().add("o".repeat(201)).add("b")).put("answer", new JsonArray().add(1));
    Future.all(server.post("/api/quizzes", hugeTitle), server.post("/api/quizzes", longOption), server.post("/api/quizzes", quiz("many", 501)))
        .map(all -> {
          String[] fields = {"title", "options[0]", "questions"};
          for (int i = 0; i < 3; i++) {
            HttpResponse<Buffer> r = all.resultAt(i);
            assertEquals(400, r.statusCode(), r.bodyAsString().substring(0, Math.min(300, r.bodyAsString().length())));
            JsonObject first = r.bodyAsJsonObject().getJsonArray("problems").getJsonObject(0);
            assertEquals(fields[i], first.getString("field"), first.encode());
          }
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a document over 4,000,000 characters (once a 500) is answered without error: unknown fields are not stored")
  void hugeDocument(VertxTestContext ctx) {
    JsonObject doc = quiz("huge-doc", 1).put("extra", "x".repeat(4_050_000));
    server.post("/api/quizzes", doc).compose(r -> {
      assertEquals(201, r.statusCode(), r.bodyAsString());
      return server.get("/api/quizzes/" + r.bodyAsJsonObject().getString("id"));
    }).map(r -> {
      assertEquals(200, r.statusCode());
      assertTrue(r.body().length() < 10_000, "stored without the unknown field: " + r.body().length());
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("ten POSTs racing with one id all succeed, each under an id of its own")
  void racingCreates(VertxTestContext ctx) {
    List<Future<HttpResponse<Buffer>>> posts = new ArrayList<>();
    for (int i = 0; i < 10; i++) posts.add(server.post("/api/quizzes", quiz("racing", 2)));
    Future.all(posts).map(all -> {
      Set<String> ids = new HashSet<>();
      for (Future<HttpResponse<Buffer>> p : posts) {
        assertEquals(201, p.result().statusCode(), p.result().bodyAsString());
        ids.add(p.result().bodyAsJsonObject().getString("id"));
      }
      assertEquals(10, ids.size(), ids.toString());
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("/metrics answers on loopback by default")
  void metricsLocal(VertxTestContext ctx) {
    server.http.get("/metrics").send().map(r -> {
      assertEquals(200, r.statusCode());
      assertTrue(r.bodyAsString().contains("recall_"), "Prometheus text");
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("with RECALL_METRICS=token, /metrics wants its bearer token: none or a wrong one is 401")
  void metricsToken(Vertx vertx, VertxTestContext ctx) {
    Config config = Config.forTests(TestServer.dbName(AbuseLimitsTest.class), TestServer.QUESTIONS);
    TestServer.start(vertx, config.withLimits(config.limits().withMetrics("token", "s3cret-metrics"))).compose(own ->
        Future.all(own.http.get("/metrics").send(), own.http.get("/metrics").bearerTokenAuthentication("wrong").send(),
                own.http.get("/metrics").bearerTokenAuthentication(own.token).send(),
                own.http.get("/metrics").bearerTokenAuthentication("s3cret-metrics").send())
            .map(all -> {
              for (int i = 0; i < 3; i++) assertEquals(401, ((HttpResponse<?>) all.resultAt(i)).statusCode(), "attempt " + i);
              assertEquals(200, ((HttpResponse<?>) all.resultAt(3)).statusCode());
              return null;
            }).eventually(own::stop)).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("in local mode only loopback addresses pass")
  void loopbackOnly() {
    assertTrue(MetricsAccess.loopback("127.0.0.1"));
    assertTrue(MetricsAccess.loopback("::1"));
    assertTrue(MetricsAccess.loopback("0:0:0:0:0:0:0:1"));
    assertTrue(!MetricsAccess.loopback("192.168.1.20") && !MetricsAccess.loopback("10.0.0.1") && !MetricsAccess.loopback(null));
  }
}
