package recall.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /api/quizzes/check} over real HTTP against the real server. */
@ExtendWith(VertxExtension.class)
@DisplayName("POST /api/quizzes/check answers the problems and the item-writing warnings of a quiz document")
class QuizCheckApiTest {
  private static TestServer server;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    TestServer.start(vertx, QuizCheckApiTest.class).onComplete(ctx.succeeding(s -> {
      server = s;
      ctx.completeNow();
    }));
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    server.stop().onComplete(ctx.succeedingThenComplete());
  }

  private static JsonObject question(String id, String text, int key, String... options) {
    return new JsonObject().put("id", id).put("kind", "single").put("text", text).put("options", new JsonArray(List.of(options)))
        .put("answer", new JsonArray().add(key)).put("source", new JsonObject().put("line", 1).put("quote", "Lenin"));
  }

  private static JsonObject quiz(JsonObject... questions) {
    return new JsonObject().put("id", "check-me").put("title", "Check me").put("questions", new JsonArray(List.of((Object[]) questions)));
  }

  private static List<String> rules(JsonObject body, String question) {
    return body.getJsonArray("checks").stream().map(o -> (JsonObject) o).filter(c -> c.getString("question").equals(question))
        .map(c -> c.getString("rule")).sorted().toList();
  }

  @Test
  @DisplayName("a valid document gets no problems and a warning per flaw, each naming question, rule and message; nothing is saved")
  void warnings(VertxTestContext ctx) {
    JsonObject doc = quiz(question("q1", "Which was not a cause of Trotsky's defeat?", 2, "Luck", "Age", "His arrogance towards colleagues", "Wealth"),
        question("q2", "Who delivered the oration at Lenin's funeral?", 0, "Stalin", "Trotsky", "Kamenev", "Zinoviev"));
    server.post("/api/quizzes/check", doc).compose(r -> {
      assertEquals(200, r.statusCode(), r.bodyAsString());
      JsonObject body = r.bodyAsJsonObject();
      assertEquals(new JsonArray(), body.getJsonArray("problems"));
      assertEquals(List.of("longest-option", "negative-stem", "option-lengths"), rules(body, "q1"));
      assertEquals(List.of(), rules(body, "q2"));
      JsonObject first = body.getJsonArray("checks").getJsonObject(0);
      assertEquals(3, first.size(), first.encode());
      assertTrue(!first.getString("message").isBlank());
      return server.get("/api/quizzes/check-me");
    }).map(r -> {
      assertEquals(404, r.statusCode(), "checking saves nothing");
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an invalid document gets what POST /api/quizzes would refuse, and its valid questions are still checked")
  void problemsAndChecks(VertxTestContext ctx) {
    JsonObject broken = question("q2", "Who?", 7, "a", "b");
    JsonObject flawed = question("q1", "Which was not a cause?", 0, "a", "b", "c");
    JsonObject doc = quiz(flawed, broken);
    doc.remove("title");
    Future.all(server.post("/api/quizzes/check", doc), server.post("/api/quizzes", doc)).map(all -> {
      HttpResponse200 check = new HttpResponse200(all.resultAt(0));
      JsonObject refused = ((HttpResponse<Buffer>) all.resultAt(1)).bodyAsJsonObject();
      assertEquals(refused.getJsonArray("problems"), check.body.getJsonArray("problems"), "the same problems as saving");
      assertEquals(List.of("negative-stem"), rules(check.body, "q1"));
      assertEquals(List.of(), rules(check.body, "q2"));
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an accepted warning is not listed; an acceptance without a reason or of an unknown rule is a problem")
  void acceptances(VertxTestContext ctx) {
    JsonObject accepted = question("q1", "Which was not a cause?", 0, "a", "b", "c")
        .put("acceptedWarnings", new JsonArray().add(new JsonObject().put("rule", "negative-stem").put("reason", "the notes ask it so")));
    JsonObject bad = question("q2", "Who led?", 0, "a", "b")
        .put("acceptedWarnings", new JsonArray().add(new JsonObject().put("rule", "negative-stem")).add(new JsonObject().put("rule", "nope").put("reason", "x")));
    server.post("/api/quizzes/check", quiz(accepted, bad)).map(r -> {
      JsonObject body = r.bodyAsJsonObject();
      assertEquals(List.of(), rules(body, "q1"));
      List<String> fields = body.getJsonArray("problems").stream().map(o -> ((JsonObject) o).getString("field")).toList();
      assertEquals(List.of("acceptedWarnings[0].reason", "acceptedWarnings[1].rule"), fields);
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("the check needs a teacher (401), a JSON object (400), and 'check' is never read as a quiz id")
  void guarded(VertxTestContext ctx) {
    Future.all(server.http.post("/api/quizzes/check").sendJsonObject(quiz()),
        server.teacher(HttpMethod.POST, "/api/quizzes/check").putHeader("Content-Type", "application/json").sendBuffer(Buffer.buffer("[1")),
        server.get("/api/quizzes/check")).map(all -> {
          assertEquals(401, ((HttpResponse<?>) all.resultAt(0)).statusCode());
          assertEquals(400, ((HttpResponse<?>) all.resultAt(1)).statusCode());
          assertEquals(404, ((HttpResponse<?>) all.resultAt(2)).statusCode());
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  /** A check answer, which is always 200 with a JSON object. */
  private static final class HttpResponse200 {
    final JsonObject body;

    HttpResponse200(HttpResponse<Buffer> r) {
      assertEquals(200, r.statusCode(), r.bodyAsString());
      body = r.bodyAsJsonObject();
    }
  }
}
