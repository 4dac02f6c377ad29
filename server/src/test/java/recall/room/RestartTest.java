package recall.room;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import recall.support.ForkedServer;
import recall.support.LiveTable;
import recall.support.TestPostgres;
import recall.support.Ws;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A live game survives its server: killed with SIGKILL in the middle of a question and started
 * again on the same data folder, the room answers again, every player resumes with its score and
 * streak, the open question goes on with the time it had left, and the game plays to its end.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("A room survives kill -9 of its server")
class RestartTest {
  private static final int PLAYERS = 30;
  /** Players who answer the second question before the kill; the kill comes after this many acknowledgements. */
  private static final int FAST = 15;
  private static final int KILL_AFTER = 8;
  private static final long LIMIT_MS = 300_000;
  private static final JsonObject ROOM = new JsonObject().put("quiz", "power-struggle")
      .put("questions", new JsonArray().add("ps-03").add("ps-05").add("ps-06")).put("timeLimitSeconds", (int) (LIMIT_MS / 1000));

  @TempDir
  Path data;
  private final List<ForkedServer> forked = new ArrayList<>();
  private Map<String, String> env = Map.of();

  @AfterEach
  void killLeftovers() throws InterruptedException {
    for (ForkedServer s : forked) {
      s.process.destroyForcibly();
      s.process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  @Timeout(value = 4, timeUnit = TimeUnit.MINUTES)
  @DisplayName("30 players, kill -9 mid-question, restart: all resume with score and streak, the question goes on, the game finishes, every acknowledged answer saved once")
  void killMidQuestionAndGoOn(Vertx vertx, VertxTestContext ctx) {
    killAndGoOn(vertx, ctx, Map.of());
  }

  @Test
  @Timeout(value = 5, timeUnit = TimeUnit.MINUTES)
  @DisplayName("the same on PostgreSQL: kill -9 mid-question, restart on the same database, the game goes on to its end")
  void onPostgres(Vertx vertx, VertxTestContext ctx) throws Exception {
    killAndGoOn(vertx, ctx, Map.of("RECALL_DB_URL", TestPostgres.newDatabase("restart")));
  }

  private void killAndGoOn(Vertx vertx, VertxTestContext ctx, Map<String, String> env) {
    this.env = env;
    Promise<Void> killed = Promise.promise();
    AtomicInteger acks = new AtomicInteger();
    LiveTable[] table = new LiveTable[1];
    Map<String, List<Integer>> acknowledged = new HashMap<>();
    start(vertx, "before-kill")
        .compose(server -> server.login().compose(token -> server.post(token, "/api/rooms", ROOM)).compose(r -> {
          assertEquals(201, r.statusCode(), r.bodyAsString());
          JsonObject room = r.bodyAsJsonObject();
          return LiveTable.seat(vertx, room.getString("pin"), room.getString("hostKey"), server.port, PLAYERS, i -> server.port);
        }).compose(t -> {
          table[0] = t;
          for (LiveTable.Seat p : t.players) LiveTable.answerWhenAsked(p, 0).onFailure(killed::tryFail);
          return t.host.ask(Ws.command("start"), "question")
              .compose(q -> t.host.next(m -> "reveal".equals(m.getString("type")) && m.getInteger("index") == 0, "reveal 0"))
              .compose(reveal -> {
                // Every player's outcome of the first question arrives before the second opens.
                List<Future<JsonObject>> outcomes = new ArrayList<>();
                for (LiveTable.Seat p : t.players) outcomes.add(p.ws.next("outcome"));
                return Future.all(outcomes);
              })
              .compose(all -> {
                for (LiveTable.Seat p : t.players.subList(0, FAST)) {
                  LiveTable.answerWhenAsked(p, 1).onSuccess(ack -> {
                    if (acks.incrementAndGet() == KILL_AFTER) server.kill().onComplete(ar -> killed.handle(ar.mapEmpty()));
                  }).onFailure(err -> {
                    if (acks.get() < KILL_AFTER) killed.tryFail(err);
                  });
                }
                return t.host.send(Ws.command("next")).next("question");
              })
              .compose(q -> killed.future())
              .compose(v -> t.allClosed());
        }))
        .compose(v -> {
          LiveTable t = table[0];
          acknowledged.putAll(t.acknowledged());
          return start(vertx, "after-kill").compose(server -> server.http.get("/api/rooms/" + t.pin).send().compose(info -> {
            assertEquals(200, info.statusCode(), "the room answers again: " + info.bodyAsString());
            assertEquals("question", info.bodyAsJsonObject().getString("state"));
            return t.comeBack(server.port, i -> server.port);
          }).compose(welcomes -> goOn(t, welcomes, acknowledged)).compose(finalScores -> server.login()
              .compose(token -> server.get(token, "/api/sessions").compose(list -> {
                JsonObject listed = list.bodyAsJsonArray().getJsonObject(0);
                assertTrue(listed.getValue("finishedAt") != null, "the game finished after the restart: " + listed);
                return server.get(token, "/api/sessions/" + listed.getString("id"));
              }))
              .map(r -> {
                t.assertSession(r.bodyAsJsonObject(), acknowledged, 3, LIMIT_MS, finalScores);
                return null;
              })));
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  /**
   * After the restart: the second question is open with less time than it had, each player told
   * whether it answered; those who did not, answer; then the third question; then the end. The
   * future holds each player's final score.
   */
  static Future<Map<String, Integer>> goOn(LiveTable t, List<JsonObject> welcomes, Map<String, List<Integer>> acknowledged) {
    List<Future<JsonObject>> second = new ArrayList<>();
    for (int i = 0; i < t.players.size(); i++) {
      LiveTable.Seat p = t.players.get(i);
      JsonObject q = welcomes.get(i).getJsonObject("question");
      assertEquals(1, q.getInteger("index"), "the second question goes on: " + welcomes.get(i));
      long remaining = q.getLong("remainingMs");
      assertTrue(remaining > 0 && remaining < LIMIT_MS, "it goes on with the time it had left: " + remaining);
      boolean answered = q.getBoolean("answered");
      if (acknowledged.get(p.id).contains(1)) assertTrue(answered, "an acknowledged answer is still there: " + p.id);
      if (answered) {
        second.add(p.ws.ask(Ws.answer(1, "choice", new JsonArray().add(p.choice)), "error").map(e -> {
          assertEquals("already-answered", e.getString("code"), "counted once: " + e);
          return e;
        }));
      } else {
        second.add(p.ws.ask(Ws.answer(1, "choice", new JsonArray().add(p.choice)), "answered"));
      }
    }
    return Future.all(second)
        .compose(v -> t.host.next(m -> "reveal".equals(m.getString("type")) && m.getInteger("index") == 1, "reveal 1"))
        .compose(v -> {
          List<Future<JsonObject>> third = new ArrayList<>();
          for (LiveTable.Seat p : t.players) third.add(LiveTable.answerWhenAsked(p, 2));
          t.host.send(Ws.command("next"));
          return Future.all(third);
        })
        .compose(v -> t.host.next(m -> "reveal".equals(m.getString("type")) && m.getInteger("index") == 2, "reveal 2"))
        .compose(v -> {
          List<Future<JsonObject>> finished = new ArrayList<>();
          for (LiveTable.Seat p : t.players) finished.add(p.ws.next("finished"));
          t.host.send(Ws.command("next"));
          return Future.all(finished);
        })
        .map(all -> {
          Map<String, Integer> scores = new HashMap<>();
          for (int i = 0; i < t.players.size(); i++) {
            JsonObject f = all.resultAt(i);
            assertFalse(f.getString("sessionId").isEmpty());
            scores.put(t.players.get(i).id, f.getInteger("score"));
          }
          return scores;
        });
  }

  private Future<ForkedServer> start(Vertx vertx, String name) {
    return ForkedServer.start(vertx, data, name, env).onSuccess(forked::add);
  }
}
