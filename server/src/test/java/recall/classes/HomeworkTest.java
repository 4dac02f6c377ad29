package recall.classes;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.app.Config;
import recall.support.MovingClock;
import recall.support.TestServer;
import recall.support.Ws;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Homework over real HTTP and WebSockets: each player at its own pace, resume, the first attempt,
 * closing early, and the deadline judged by a clock the test moves (never slept).
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Homework: own pace, resume, first attempt counts, close early, the deadline")
class HomeworkTest {
  private static final MovingClock CLOCK = new MovingClock();
  private static final List<String> QUESTIONS = List.of("ps-27", "ps-03");
  private static TestServer server;

  @BeforeAll
  @Timeout(value = 2, timeUnit = TimeUnit.MINUTES)
  static void start(Vertx vertx, VertxTestContext ctx) {
    TestServer.start(vertx, Config.forTests(TestServer.dbName(HomeworkTest.class), TestServer.QUESTIONS), CLOCK)
        .onComplete(ctx.succeeding(s -> {
          server = s;
          ctx.completeNow();
        }));
  }

  @AfterAll
  @Timeout(value = 2, timeUnit = TimeUnit.MINUTES)
  static void stop(VertxTestContext ctx) {
    server.stop().onComplete(ctx.succeedingThenComplete());
  }

  /** Sets a homework of two questions due in an hour (of the test's clock). */
  static Future<JsonObject> assign(JsonObject extra) {
    JsonObject body = extra.copy().put("quiz", "power-struggle").put("questions", new JsonArray(QUESTIONS))
        .put("dueAt", CLOCK.millis() + 3_600_000);
    return server.post("/api/assignments", body).map(r -> {
      assertEquals(201, r.statusCode(), r.bodyAsString());
      return r.bodyAsJsonObject();
    });
  }

  /** The right answer of a question of the bank quiz, as an answer message. */
  static Future<JsonObject> rightAnswer(int index, String questionId) {
    return server.get("/api/quizzes/power-struggle").map(r -> {
      for (Object o : r.bodyAsJsonObject().getJsonArray("questions")) {
        JsonObject q = (JsonObject) o;
        if (q.getString("id").equals(questionId)) return Ws.answer(index, "choice", q.getJsonArray("answer").copy());
      }
      throw new AssertionError("no " + questionId);
    });
  }

  static Future<JsonObject> answerRight(Ws w, int index) {
    return rightAnswer(index, QUESTIONS.get(index)).compose(a -> {
      Future<JsonObject> outcome = w.next("outcome");
      return w.ask(a, "answered").compose(ack -> outcome);
    });
  }

  @Test
  @DisplayName("next, answer, answered then outcome at once; a resume goes on where it stopped; finished after the last")
  void ownPaceAndResume(VertxTestContext ctx) {
    JsonObject[] hw = new JsonObject[1];
    String[] token = new String[1];
    assign(new JsonObject()).compose(h -> {
      hw[0] = h;
      return server.ws();
    }).compose(w -> w.ask(Ws.join(hw[0].getString("pin"), "Anna"), "welcome").compose(welcome -> {
      ctx.verify(() -> {
        assertEquals("homework", welcome.getString("mode"));
        assertEquals(0, welcome.getInteger("answered"));
        assertEquals(2, welcome.getInteger("total"));
      });
      token[0] = welcome.getString("token");
      return w.ask(Ws.command("next"), "question");
    }).compose(q -> {
      ctx.verify(() -> assertEquals(0, q.getInteger("index")));
      return answerRight(w, 0);
    }).compose(outcome -> {
      ctx.verify(() -> {
        assertTrue(outcome.getBoolean("correct"), outcome.encode());
        assertNotNull(outcome.getValue("source"), "the notes' line");
        assertTrue(outcome.containsKey("explanation"));
      });
      return w.close();
    })).compose(v -> server.ws()).compose(w2 -> w2.ask(Ws.resume(hw[0].getString("pin"), token[0]), "welcome").compose(back -> {
      ctx.verify(() -> assertEquals(1, back.getInteger("answered"), "goes on where it stopped"));
      return w2.ask(Ws.command("next"), "question");
    }).compose(q -> {
      ctx.verify(() -> assertEquals(1, q.getInteger("index")));
      Future<JsonObject> finished = w2.next("finished");
      return answerRight(w2, 1).compose(o -> finished);
    }).compose(fin -> {
      ctx.verify(() -> assertTrue(fin.getInteger("score") > 1000, fin.encode()));
      // A finished player cannot play again: next only repeats the result.
      return w2.ask(Ws.command("next"), "finished");
    })).compose(again -> server.get("/api/assignments/" + hw[0].getString("id"))).compose(r -> {
      ctx.verify(() -> {
        JsonObject a = r.bodyAsJsonObject();
        assertEquals("open", a.getString("state"));
        JsonObject anna = a.getJsonArray("players").getJsonObject(0);
        assertEquals(2, anna.getInteger("answered"));
        assertEquals(2, anna.getInteger("total"));
        assertTrue(anna.getBoolean("finished"));
        assertTrue(anna.getInteger("score") > 1000);
      });
      return server.get("/api/sessions");
    }).onComplete(ctx.succeeding(list -> ctx.verify(() -> {
      assertTrue(list.bodyAsJsonArray().stream().anyMatch(o -> "homework".equals(((JsonObject) o).getString("mode"))), list.bodyAsString());
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("a class homework: the same code after finishing gets the finished result, the first attempt counts")
  void firstAttemptCounts(VertxTestContext ctx) {
    ClassesTestSupport.makeClass(server, "10A", List.of("Anna Smith")).compose(cls -> {
      String code = cls.getJsonArray("students").getJsonObject(0).getString("code");
      return assign(new JsonObject().put("class", cls.getString("id")).put("timer", false)).compose(hw -> {
        String pin = hw.getString("pin");
        JsonObject join = new JsonObject().put("type", "join").put("pin", pin).put("code", code);
        return server.ws().compose(w -> w.ask(join, "welcome").compose(welcome -> w.ask(Ws.command("next"), "question"))
            .compose(q -> {
              ctx.verify(() -> assertNull(q.getValue("timeLimitMs"), "no timer"));
              return answerRight(w, 0);
            })
            .compose(o -> {
              ctx.verify(() -> assertEquals(1000, o.getInteger("points"), "timer off scores accuracy"));
              return w.ask(Ws.command("next"), "question");
            })
            .compose(q -> {
              Future<JsonObject> fin = w.next("finished");
              // A wrong answer this time.
              w.send(Ws.answer(1, "choice", new JsonArray().add(99)));
              return w.error("bad-answer").compose(e -> rightAnswer(1, "ps-03")).compose(a -> {
                JsonArray wrong = new JsonArray().add((a.getJsonArray("choice").getInteger(0) + 1) % 4);
                w.send(Ws.answer(1, "choice", wrong));
                return fin;
              });
            }))
            .compose(fin -> server.ws().compose(w2 -> w2.ask(join, "finished")).map(again -> {
              ctx.verify(() -> {
                assertEquals(fin.getInteger("score"), again.getInteger("score"), "the same result, not a new attempt");
                assertEquals(1000, again.getInteger("score"));
              });
              return hw;
            }))
            .compose(h -> server.get("/api/assignments/" + hw.getString("id")));
      });
    }).onComplete(ctx.succeeding(r -> ctx.verify(() -> {
      JsonArray players = r.bodyAsJsonObject().getJsonArray("players");
      assertEquals(1, players.size(), "one student, one line: " + players.encode());
      assertEquals(1000, players.getJsonObject(0).getInteger("score"));
      assertNotNull(players.getJsonObject(0).getString("studentId"));
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("closed early by the teacher: next and join get closed; the assignment and its session are closed")
  void closeEarly(VertxTestContext ctx) {
    assign(new JsonObject()).compose(hw -> {
      String pin = hw.getString("pin");
      return server.ws().compose(w -> w.ask(Ws.join(pin, "Ben"), "welcome")
          .compose(welcome -> server.post("/api/assignments/" + hw.getString("id") + "/close", new JsonObject()))
          .compose(closed -> {
            ctx.verify(() -> {
              assertEquals(200, closed.statusCode(), closed.bodyAsString());
              assertEquals("closed", closed.bodyAsJsonObject().getString("state"));
              assertNotNull(closed.bodyAsJsonObject().getValue("closedAt"));
            });
            return w.ask(Ws.command("next"), "error");
          }).compose(e -> {
            ctx.verify(() -> assertEquals("closed", e.getString("code")));
            return server.ws().compose(w2 -> w2.ask(Ws.join(pin, "Late"), "error"));
          }).compose(e -> {
            ctx.verify(() -> assertEquals("closed", e.getString("code")));
            return server.get("/api/sessions");
          })).map(list -> {
            ctx.verify(() -> {
              JsonObject s = list.bodyAsJsonArray().stream().map(o -> (JsonObject) o)
                  .filter(o -> "homework".equals(o.getString("mode")) && o.getValue("finishedAt") != null).findFirst().orElse(null);
              assertNotNull(s, "the closed homework's session is finished: " + list.bodyAsString());
              assertFalse(s.getBoolean("endedEarly"));
            });
            return null;
          });
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("after dueAt (the clock moved past it), join, next and answer get closed")
  void deadline(VertxTestContext ctx) {
    assign(new JsonObject()).compose(hw -> {
      String pin = hw.getString("pin");
      return server.ws().compose(w -> w.ask(Ws.join(pin, "Cleo"), "welcome")
          .compose(welcome -> w.ask(Ws.command("next"), "question"))
          .compose(q -> {
            CLOCK.advance(Duration.ofMinutes(61));
            return rightAnswer(0, "ps-27").compose(a -> w.ask(a, "error"));
          }).compose(e -> {
            ctx.verify(() -> assertEquals("closed", e.getString("code"), "answer after dueAt"));
            return w.ask(Ws.command("next"), "error");
          }).compose(e -> {
            ctx.verify(() -> assertEquals("closed", e.getString("code"), "next after dueAt"));
            return server.ws().compose(w2 -> w2.ask(Ws.join(pin, "Dan"), "error"));
          }).compose(e -> {
            ctx.verify(() -> assertEquals("closed", e.getString("code"), "join after dueAt"));
            return Future.all(server.http.get("/api/rooms/" + pin).send(), server.get("/api/assignments"));
          })).map(all -> {
            ctx.verify(() -> {
              assertFalse(all.<HttpResponse<Buffer>>resultAt(0).bodyAsJsonObject().getBoolean("joinable"));
              assertTrue(all.<HttpResponse<Buffer>>resultAt(1).bodyAsJsonArray().stream().map(o -> (JsonObject) o)
                  .filter(o -> o.getString("id").equals(hw.getString("id"))).allMatch(o -> o.getString("state").equals("closed")));
            });
            return null;
          });
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("bad assignments: a past dueAt, no quiz, a class of nobody's are refused")
  void badInput(VertxTestContext ctx) {
    Future.all(
        server.post("/api/assignments", new JsonObject().put("quiz", "power-struggle").put("dueAt", CLOCK.millis() - 1)),
        server.post("/api/assignments", new JsonObject().put("dueAt", CLOCK.millis() + 60_000)),
        server.post("/api/assignments", new JsonObject().put("quiz", "power-struggle").put("dueAt", CLOCK.millis() + 60_000).put("class", "nope")),
        server.post("/api/assignments", new JsonObject().put("quiz", "power-struggle").put("dueAt", CLOCK.millis() + 60_000).put("timer", "yes")))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          assertEquals(400, all.<HttpResponse<Buffer>>resultAt(0).statusCode());
          assertEquals(400, all.<HttpResponse<Buffer>>resultAt(1).statusCode());
          assertEquals(404, all.<HttpResponse<Buffer>>resultAt(2).statusCode());
          assertEquals(400, all.<HttpResponse<Buffer>>resultAt(3).statusCode());
          ctx.completeNow();
        })));
  }
}
