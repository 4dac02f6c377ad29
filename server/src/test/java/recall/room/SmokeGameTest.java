package recall.room;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.support.TestServer;
import recall.support.Ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("A short game from lobby to podium")
class SmokeGameTest {
  private TestServer server;

  @BeforeEach
  void start(Vertx vertx, VertxTestContext ctx) {
    TestServer.start(vertx, SmokeGameTest.class).onComplete(ctx.succeeding(s -> {
      server = s;
      ctx.completeNow();
    }));
  }

  @AfterEach
  void stop(VertxTestContext ctx) {
    server.stop().onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("two players answer one question each; the right one scores, the session is saved")
  void twoPlayersOneQuestion(VertxTestContext ctx) {
    server.openRoom(new JsonObject().put("quiz", "power-struggle").put("questions", new JsonArray().add("ps-01")))
        .compose(room -> {
          String pin = room.getString("pin");
          return Future.all(server.ws(), server.ws(), server.ws()).compose(all -> {
            Ws host = all.resultAt(0);
            Ws anna = all.resultAt(1);
            Ws ben = all.resultAt(2);
            return host.ask(Ws.host(pin, room.getString("hostKey")), "welcome")
                .compose(w -> anna.ask(Ws.join(pin, "Anna"), "welcome"))
                .compose(w -> ben.ask(Ws.join(pin, "Ben"), "welcome"))
                .compose(w -> anna.ask(Ws.command("start"), "error"))
                .compose(err -> {
                  ctx.verify(() -> assertEquals("forbidden", err.getString("code")));
                  return host.send(Ws.command("start")).next("question");
                })
                .compose(q -> anna.next("question"))
                .compose(q -> {
                  return anna.ask(Ws.answer(0, "choice", new JsonArray().add(rightAnswer())), "answered")
                      .compose(a -> ben.ask(Ws.answer(0, "choice", new JsonArray().add((rightAnswer() + 1) % 4)), "answered"));
                })
                .compose(a -> Future.all(anna.next("outcome"), ben.next("outcome"), host.next("reveal")))
                .compose(outcomes -> {
                  JsonObject a = outcomes.resultAt(0);
                  JsonObject b = outcomes.resultAt(1);
                  ctx.verify(() -> {
                    assertTrue(a.getBoolean("correct"));
                    assertTrue(a.getInteger("points") >= 500 && a.getInteger("points") <= 1000, a.encode());
                    assertEquals(1, a.getInteger("rank"));
                    assertEquals(0, b.getInteger("points"));
                    assertEquals(2, b.getInteger("rank"));
                  });
                  return host.send(Ws.command("next")).next("finished");
                })
                .compose(fin -> server.get("/api/sessions/" + fin.getString("sessionId")))
                .map(r -> {
                  ctx.verify(() -> {
                    assertEquals(200, r.statusCode(), r.bodyAsString());
                    JsonObject s = r.bodyAsJsonObject();
                    assertEquals(2, s.getJsonArray("players").size());
                    assertEquals(2, s.getJsonArray("answers").size());
                    assertTrue(s.getString("finishedAt") != null);
                  });
                  return null;
                });
          });
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  private int rightAnswer() {
    return recall.quiz.QuizFolder.loadBlocking(TestServer.QUESTIONS).quizzes().stream()
        .filter(q -> q.id().equals("power-struggle")).findFirst().orElseThrow().question("ps-01").answer().get(0);
  }
}
