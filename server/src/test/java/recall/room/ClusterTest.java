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

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three Recall servers in JVMs of their own on one PostgreSQL form a cluster; the players of one
 * room are spread over all three, and the node that runs the room is killed mid-question: another
 * node takes the room over, everyone comes back on the nodes left, and the game goes on to its end.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("A cluster of three nodes survives the death of the node that runs a room")
class ClusterTest {
  private static final int PLAYERS = 30;
  private static final int FAST = 15;
  private static final int KILL_AFTER = 8;
  private static final JsonObject ROOM = new JsonObject().put("quiz", "power-struggle")
      .put("questions", new JsonArray().add("ps-03").add("ps-05").add("ps-06")).put("timeLimitSeconds", 300);

  @TempDir
  Path data;
  private final List<ForkedServer> forked = new ArrayList<>();

  @AfterEach
  void killLeftovers() throws InterruptedException {
    for (ForkedServer s : forked) {
      s.process.destroyForcibly();
      s.process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  @Timeout(value = 6, timeUnit = TimeUnit.MINUTES)
  @DisplayName("players on three nodes, kill -9 of the room's node mid-question: the game goes on on another, nothing acknowledged lost, scores follow the rule")
  void nodeDiesMidQuestion(Vertx vertx, VertxTestContext ctx) throws Exception {
    String db = TestPostgres.newDatabase("cluster");
    int[] ports = {freePort(), freePort(), freePort()};
    String members = "127.0.0.1:" + ports[0] + ",127.0.0.1:" + ports[1] + ",127.0.0.1:" + ports[2];
    List<Map<String, String>> envs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      envs.add(Map.of("RECALL_DB_URL", db, "RECALL_CLUSTER_PORT", String.valueOf(ports[i]),
          "RECALL_CLUSTER_MEMBERS", members, "RECALL_CLUSTER_HOST", "127.0.0.1"));
    }
    // The first node creates the schema and the first account; the others join it.
    Future<ForkedServer> first = ForkedServer.start(vertx, data.resolve("node0"), "node0", envs.get(0)).onSuccess(forked::add);
    List<Future<ForkedServer>> starting = new ArrayList<>();
    starting.add(first);
    for (int i = 1; i < 3; i++) {
      int n = i;
      starting.add(first.compose(f -> ForkedServer.start(vertx, data.resolve("node" + n), "node" + n, envs.get(n)).onSuccess(forked::add)));
    }
    Promise<Void> killed = Promise.promise();
    AtomicInteger acks = new AtomicInteger();
    Map<String, List<Integer>> acknowledged = new HashMap<>();
    LiveTable[] table = new LiveTable[1];
    Future.all(starting).compose(all -> {
      List<ForkedServer> nodes = all.list();
      ForkedServer a = nodes.get(0);
      ForkedServer b = nodes.get(1);
      ForkedServer c = nodes.get(2);
      return until(vertx, () -> a.http.get("/health").send().map(r -> r.bodyAsJsonObject().getInteger("members", 0) == 3), "three members")
          .compose(v -> a.login()).compose(token -> a.post(token, "/api/rooms", ROOM)).compose(r -> {
            assertEquals(201, r.statusCode(), r.bodyAsString());
            JsonObject room = r.bodyAsJsonObject();
            // The host on another node than the room's, the players over all three.
            return LiveTable.seat(vertx, room.getString("pin"), room.getString("hostKey"), b.port, PLAYERS, i -> nodes.get(i % 3).port);
          }).compose(t -> {
            table[0] = t;
            for (LiveTable.Seat p : t.players) LiveTable.answerWhenAsked(p, 0).onFailure(killed::tryFail);
            return t.host.ask(Ws.command("start"), "question")
                .compose(q -> t.host.next(m -> "reveal".equals(m.getString("type")) && m.getInteger("index") == 0, "reveal 0"))
                .compose(reveal -> {
                  List<Future<JsonObject>> outcomes = new ArrayList<>();
                  for (LiveTable.Seat p : t.players) outcomes.add(p.ws.next("outcome"));
                  return Future.all(outcomes);
                })
                .compose(o -> {
                  for (LiveTable.Seat p : t.players.subList(0, FAST)) {
                    LiveTable.answerWhenAsked(p, 1).onSuccess(ack -> {
                      if (acks.incrementAndGet() == KILL_AFTER) a.kill().onComplete(ar -> killed.handle(ar.mapEmpty()));
                    }).onFailure(err -> {
                      if (acks.get() < KILL_AFTER) killed.tryFail(err);
                    });
                  }
                  return t.host.send(Ws.command("next")).next("question");
                })
                .compose(q -> killed.future())
                // Sockets on the dead node close with it; those relayed by the others close when they see it leave.
                .compose(v -> t.allClosed())
                .compose(v -> {
                  acknowledged.putAll(t.acknowledged());
                  return until(vertx, () -> b.http.get("/api/rooms/" + t.pin).send().map(r -> r.statusCode() == 200), "the room taken over");
                })
                .compose(v -> b.http.get("/health").send().map(h -> {
                  assertEquals(2, h.bodyAsJsonObject().getInteger("members"), h.bodyAsString());
                  assertNotEquals(null, h.bodyAsJsonObject().getString("node"));
                  return null;
                }))
                .compose(v -> t.comeBack(c.port, i -> (i % 2 == 0 ? b : c).port))
                .compose(welcomes -> RestartTest.goOn(t, welcomes, acknowledged))
                .compose(scores -> b.login().compose(token -> b.get(token, "/api/sessions").compose(list -> {
                  JsonObject listed = list.bodyAsJsonArray().getJsonObject(0);
                  assertTrue(listed.getValue("finishedAt") != null, "the game finished on the nodes left: " + listed);
                  return b.get(token, "/api/sessions/" + listed.getString("id"));
                })).map(r -> {
                  t.assertSession(r.bodyAsJsonObject(), acknowledged, 3, 300_000, scores);
                  return null;
                }));
          });
    }).onComplete(ctx.succeedingThenComplete());
  }

  /** Polls a condition every 200 ms (a cluster forming, a room taken over) until it holds, for at most a minute. */
  static Future<Void> until(Vertx vertx, Supplier<Future<Boolean>> condition, String what) {
    Promise<Void> done = Promise.promise();
    long deadline = System.currentTimeMillis() + 60_000;
    poll(vertx, condition, what, deadline, done);
    return done.future();
  }

  private static void poll(Vertx vertx, Supplier<Future<Boolean>> condition, String what, long deadline, Promise<Void> done) {
    condition.get().otherwise(false).onSuccess(ok -> {
      if (ok) done.complete();
      else if (System.currentTimeMillis() > deadline) done.fail("not within a minute: " + what);
      else vertx.setTimer(200, t -> poll(vertx, condition, what, deadline, done));
    });
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
