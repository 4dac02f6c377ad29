package recall.store;

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
import recall.support.ForkedTable;
import recall.support.Ws;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server in a JVM of its own is killed in the middle of a game and started again on the same
 * data folder: every answer it acknowledged with {@code answered} must be in the saved session.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Saved results survive the server process being stopped")
class CrashTest {
  private static final int PLAYERS = 20;
  /** Players who answer the second question; the others keep it open until the kill. */
  private static final int FAST = 15;
  /** The kill comes when this many answers to the second question were acknowledged. */
  private static final int KILL_AFTER = 8;
  private static final JsonObject ROOM = new JsonObject().put("quiz", "power-struggle")
      .put("questions", new JsonArray().add("ps-03").add("ps-05").add("ps-06")).put("timeLimitSeconds", 120);

  @TempDir
  Path data;
  private final List<ForkedServer> forked = new ArrayList<>();

  /** One player of the game: its socket, its id, and the option it picks. */
  /** The host and the players of a room on the forked server. */
  @AfterEach
  void killLeftovers() throws InterruptedException {
    for (ForkedServer s : forked) {
      s.process.destroyForcibly();
      s.process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  @Timeout(value = 3, timeUnit = TimeUnit.MINUTES)
  @DisplayName("after kill -9 mid-question, the restarted server lists the session unfinished with every acknowledged answer exactly once")
  void killMidQuestion(Vertx vertx, VertxTestContext ctx) {
    Promise<Void> killed = Promise.promise();
    AtomicInteger secondAcks = new AtomicInteger();
    start(vertx, "before-kill")
        .compose(server -> ForkedTable.seat(vertx, server, ROOM, PLAYERS).compose(table -> {
          // Everyone answers the first question at once; it closes when all have answered.
          for (ForkedTable.Player p : table.players()) ForkedTable.answerWhenAsked(p, 0).onFailure(killed::tryFail);
          return table.host().ask(Ws.command("start"), "question")
              .compose(q -> table.host().next(m -> "reveal".equals(m.getString("type")) && m.getInteger("index") == 0, "reveal 0"))
              .compose(reveal -> {
                // The second: the fast ones answer at once, and the server is killed while their
                // answers are still arriving; the slow ones keep the question open.
                for (ForkedTable.Player p : table.players().subList(0, FAST)) {
                  ForkedTable.answerWhenAsked(p, 1).onSuccess(ack -> {
                    if (secondAcks.incrementAndGet() == KILL_AFTER) server.kill().onComplete(ar -> killed.handle(ar.mapEmpty()));
                  }).onFailure(err -> {
                    if (secondAcks.get() < KILL_AFTER) killed.tryFail(err);
                  });
                }
                return table.host().send(Ws.command("next")).next("question");
              })
              .compose(q -> killed.future())
              .compose(v -> allClosed(table))
              .map(v -> table);
        }))
        .compose(table -> {
          Map<String, Set<Integer>> acknowledged = table.acknowledged();
          assertEquals(PLAYERS, count(acknowledged, 0), "every player's first answer was acknowledged");
          assertTrue(count(acknowledged, 1) >= KILL_AFTER, "acknowledged before the kill: " + count(acknowledged, 1));
          return start(vertx, "after-kill").compose(server -> server.login().compose(token -> onlySession(server, token)
              .compose(listed -> {
                assertNull(listed.getValue("finishedAt"), "a session cut short by a crash has finishedAt null");
                assertEquals(PLAYERS, listed.getInteger("players"));
                assertEquals(2, listed.getInteger("questions"), "two questions were opened");
                return server.get(token, "/api/sessions/" + listed.getString("id"));
              })
              .map(r -> {
                assertEquals(200, r.statusCode(), r.bodyAsString());
                table.assertSavedOnce(acknowledged, r.bodyAsJsonObject());
                return null;
              })));
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @Timeout(value = 3, timeUnit = TimeUnit.MINUTES)
  @DisplayName("SIGTERM ends a running game cleanly: players get finished, and after a restart the session is finished with its answers")
  void sigtermEndsTheGame(Vertx vertx, VertxTestContext ctx) {
    start(vertx, "before-term")
        .compose(server -> ForkedTable.seat(vertx, server, ROOM, 3).compose(table -> {
          List<ForkedTable.Player> two = table.players().subList(0, 2);
          List<Future<JsonObject>> acks = new ArrayList<>();
          for (ForkedTable.Player p : two) acks.add(ForkedTable.answerWhenAsked(p, 0));
          return table.host().ask(Ws.command("start"), "question")
              .compose(q -> Future.all(acks))
              .compose(all -> {
                List<Future<JsonObject>> finished = new ArrayList<>();
                for (ForkedTable.Player p : table.players()) finished.add(p.ws().next("finished"));
                Future<Integer> exit = server.terminate();
                return Future.all(finished).compose(f -> exit)
                    .compose(code -> vertx.fileSystem().readFile(data.resolve("recall.properties").toString()).map(properties -> {
                      String sessionId = finished.get(0).result().getString("sessionId");
                      assertNotNull(sessionId, "finished names the saved session");
                      assertTrue(server.stdout().contains("Recall stopped"), "exit " + code + " stdout: " + server.stdout() + "\nlog: " + server.log());
                      // HSQLDB writes modified=no only when SHUTDOWN closed the database cleanly.
                      assertTrue(properties.toString().contains("modified=no"), properties.toString());
                      return table;
                    }));
              });
        }))
        .compose(table -> start(vertx, "after-term").compose(server -> server.login().compose(token -> onlySession(server, token)
            .compose(listed -> {
              assertNotNull(listed.getValue("finishedAt"), "a game ended by SIGTERM is saved as finished: " + listed);
              return server.get(token, "/api/sessions/" + listed.getString("id"));
            })
            .map(r -> {
              JsonObject session = r.bodyAsJsonObject();
              assertNotNull(session.getValue("finishedAt"));
              table.assertSavedOnce(table.acknowledged(), session);
              assertEquals(2, session.getJsonArray("answers").size(), session.encodePrettily());
              return null;
            }))))
        .onComplete(ctx.succeedingThenComplete());
  }

  // ---- the game on the forked server ----

  private Future<ForkedServer> start(Vertx vertx, String name) {
    return ForkedServer.start(vertx, data, name).onSuccess(forked::add);
  }

  private static Future<Void> allClosed(ForkedTable table) {
    List<Future<Short>> closed = new ArrayList<>();
    closed.add(table.host().closed());
    for (ForkedTable.Player p : table.players()) closed.add(p.ws().closed());
    return Future.all(closed).mapEmpty();
  }

  private static long count(Map<String, Set<Integer>> acknowledged, int index) {
    return acknowledged.values().stream().filter(s -> s.contains(index)).count();
  }

  /** The only session of the data folder, as {@code GET /api/sessions} lists it. */
  private static Future<JsonObject> onlySession(ForkedServer server, String token) {
    return server.get(token, "/api/sessions").map(r -> {
      assertEquals(200, r.statusCode(), r.bodyAsString());
      JsonArray list = r.bodyAsJsonArray();
      assertEquals(1, list.size(), list.encodePrettily());
      return list.getJsonObject(0);
    });
  }


}
