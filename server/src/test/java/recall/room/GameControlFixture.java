package recall.room;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.support.TestServer;
import recall.support.Ws;

/**
 * What the game-control tests share: one server for a test class, and a quiz of three single-choice
 * questions on which every test opens its own room.
 */
@ExtendWith(VertxExtension.class)
abstract class GameControlFixture {
  static final int[] RIGHT = {1, 0, 2};
  static final int LIMIT_SECONDS = 30;

  static TestServer server;
  static String quizId;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    TestServer.start(vertx, GameControlFixture.class)
        .compose(s -> {
          server = s;
          return s.createQuiz(quiz());
        })
        .onComplete(ctx.succeeding(id -> {
          quizId = id;
          ctx.completeNow();
        }));
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    server.stop().onComplete(ctx.succeedingThenComplete());
  }

  static JsonObject quiz() {
    JsonArray qs = new JsonArray();
    for (int i = 0; i < RIGHT.length; i++) {
      qs.add(new JsonObject().put("id", "gc-" + i).put("kind", "single").put("text", "Question " + (i + 1) + "?")
          .put("options", new JsonArray().add("A").add("B").add("C")).put("answer", new JsonArray().add(RIGHT[i]))
          .put("timeLimitSeconds", LIMIT_SECONDS).put("source", new JsonObject().put("line", i + 1).put("quote", "q" + i)));
    }
    return new JsonObject().put("id", "game-control").put("title", "Game control").put("questions", qs);
  }

  /** A room on the test quiz, with these extra settings. */
  static Future<TestRoom> room(JsonObject settings) {
    return TestRoom.open(server, settings.copy().put("quiz", quizId));
  }

  static Future<TestRoom> room() {
    return room(new JsonObject());
  }

  static JsonObject choice(int index, int option) {
    return Ws.answer(index, "choice", new JsonArray().add(option));
  }

}
