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
import org.junit.jupiter.api.BeforeEach;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data folder is a small tmpfs that the test fills. An answer is acknowledged only if it is on
 * disk: while writes fail the server answers {@code not-saved} and {@code /health} is DOWN; once
 * space is back it acknowledges again; after kill -9 (or a stop that could not checkpoint) and a
 * restart on the same folder, every acknowledged answer is there, once.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("A full disk never costs an acknowledged answer")
class DiskFullTest {
  /** Enough players that one batch of answers is bigger than the slack of the log's last page. */
  private static final int PLAYERS = 40;
  private static final int DISK_MB = 16;
  private static final JsonObject ROOM = new JsonObject().put("quiz", "power-struggle")
      .put("questions", new JsonArray().add("ps-03").add("ps-05").add("ps-06")).put("timeLimitSeconds", 120);

  @TempDir
  Path tmp;
  private SmallDisk disk;
  private final List<ForkedServer> forked = new ArrayList<>();

  @BeforeEach
  void mount() throws Exception {
    disk = SmallDisk.mount(tmp.resolve("disk"), DISK_MB);
  }

  @AfterEach
  void unmount() throws Exception {
    for (ForkedServer s : forked) {
      s.process.destroyForcibly();
      s.process.waitFor(30, TimeUnit.SECONDS);
    }
    if (disk != null) disk.unmount();
  }

  @Test
  @Timeout(value = 4, timeUnit = TimeUnit.MINUTES)
  @DisplayName("while writes fail answers get not-saved and /health is DOWN; with space back they are acknowledged; after kill -9 every acknowledged answer is stored")
  void fullDiskThenKill(Vertx vertx, VertxTestContext ctx) {
    start(vertx, "before-kill", 0).compose(server -> ForkedTable.seat(vertx, server, ROOM, PLAYERS).compose(table ->
            firstQuestionWithRoom(table)
                .compose(v -> blocking(vertx, disk::fill))
                .compose(v -> table.host().send(Ws.command("next")).next("question"))
                .compose(q -> answerAll(table.players(), 1))
                .compose(first -> {
                  List<ForkedTable.Player> refused = notSaved(table.players(), first);
                  assertFalse(refused.isEmpty(), "with the disk full some answers must be refused: " + first);
                  return health(server).compose(h -> {
                    assertEquals(503, h.getInteger("status"), h.encode());
                    assertEquals("DOWN", h.getJsonObject("body").getString("status"), h.encode());
                    assertEquals("storage", h.getJsonObject("body").getString("error"), h.encode());
                    // Still DOWN: sent again, they are refused at once.
                    return answerAll(refused, 1);
                  }).compose(again -> {
                    assertEquals(refused.size(), notSaved(refused, again).size(), "refused while DOWN: " + again);
                    return blocking(vertx, disk::free);
                  }).compose(v -> until(vertx, () -> health(server).map(h -> h.getInteger("status") == 200), "/health UP after freeing space"))
                      .compose(v -> answerAll(refused, 1))
                      .map(later -> {
                        assertTrue(notSaved(refused, later).isEmpty(), "acknowledged once space is back: " + later);
                        return null;
                      });
                })
                .compose(v -> table.host().next(m -> "reveal".equals(m.getString("type")) && m.getInteger("index") == 1, "reveal 1"))
                .compose(v -> table.host().send(Ws.command("next")).next("question"))
                .compose(q -> answerAll(table.players(), 2))
                .compose(third -> {
                  assertTrue(notSaved(table.players(), third).isEmpty(), "the third question is saved as usual: " + third);
                  String log = server.log();
                  assertEquals(1, count(log, "STORAGE FAILURE"), "one ERROR for the episode, not one per answer:\n" + log);
                  assertTrue(log.contains("Storage healthy again"), log);
                  return server.kill();
                })
                .compose(code -> start(vertx, "after-kill", 0))
                .compose(after -> assertEveryAcknowledgedAnswerStored(after, table))))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @Timeout(value = 4, timeUnit = TimeUnit.MINUTES)
  @DisplayName("a stop while the disk is full says the checkpoint failed, exits non-zero, and loses no acknowledged answer")
  void stopWhileFull(Vertx vertx, VertxTestContext ctx) {
    start(vertx, "before-term", 0).compose(server -> ForkedTable.seat(vertx, server, ROOM, PLAYERS).compose(table ->
            firstQuestionWithRoom(table)
                .compose(v -> blocking(vertx, disk::fill))
                .compose(v -> table.host().send(Ws.command("next")).next("question"))
                .compose(q -> answerAll(table.players(), 1))
                .compose(replies -> server.terminate())
                .compose(code -> {
                  assertEquals(1, code, "exit code; stdout " + server.stdout() + "\nlog " + server.log());
                  assertTrue(server.stdout().stream().anyMatch(l -> l.startsWith("Recall stopped WITHOUT a clean checkpoint")), server.stdout().toString());
                  assertFalse(server.stdout().contains("Recall stopped"), server.stdout().toString());
                  return blocking(vertx, disk::free);
                })
                .compose(v -> start(vertx, "after-term", 0))
                .compose(after -> assertEveryAcknowledgedAnswerStored(after, table))))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @Timeout(value = 2, timeUnit = TimeUnit.MINUTES)
  @DisplayName("free space below the reserve turns /health DOWN and refuses answers before the disk is full, until space is back")
  void reserveKeepsAMargin(Vertx vertx, VertxTestContext ctx) {
    long mb = 1024 * 1024;
    start(vertx, "reserve", 4).compose(server -> ForkedTable.seat(vertx, server, ROOM, PLAYERS).compose(table ->
            blocking(vertx, () -> disk.fillUpTo(2 * mb))
                .compose(v -> until(vertx, () -> health(server).map(h -> h.getInteger("status") == 503), "/health DOWN below the reserve"))
                .compose(v -> health(server))
                .compose(h -> {
                  assertTrue(h.getJsonObject("body").getString("message").contains("below the reserve of 4 MB"), h.encode());
                  List<Future<JsonObject>> replies = new ArrayList<>();
                  for (ForkedTable.Player p : table.players()) replies.add(replyWhenAsked(p, 0));
                  return table.host().send(Ws.command("start")).next("question").compose(q -> Future.all(replies));
                })
                .compose(all -> {
                  for (int i = 0; i < all.size(); i++) {
                    JsonObject reply = all.resultAt(i);
                    assertEquals("not-saved", reply.getString("code"), reply.encode());
                  }
                  return blocking(vertx, disk::free);
                })
                .compose(v -> until(vertx, () -> health(server).map(h -> h.getInteger("status") == 200), "/health UP"))
                .compose(v -> answerAll(table.players(), 0))
                .map(again -> {
                  assertTrue(notSaved(table.players(), again).isEmpty(), again.toString());
                  return null;
                })))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @Timeout(value = 1, timeUnit = TimeUnit.MINUTES)
  @DisplayName("the server refuses to start with less free space than the reserve, and says why")
  void refusesToStartBelowTheReserve(Vertx vertx, VertxTestContext ctx) {
    start(vertx, "no-room", DISK_MB * 2).onComplete(ctx.failing(err -> ctx.verify(() -> {
      assertTrue(err.getMessage().contains("exit 1"), err.getMessage());
      assertTrue(err.getMessage().contains("below the reserve of " + DISK_MB * 2 + " MB"), err.getMessage());
      ctx.completeNow();
    })));
  }

  // ---- the game ----

  private Future<ForkedServer> start(Vertx vertx, String name, int reserveMb) {
    // The servers' logs stay in target/ (not on the disk the test fills), for a failed run to be read.
    Path logs = Path.of("target", "disk-full-logs");
    return ForkedServer.start(vertx, disk.dir, logs, name, Map.of("RECALL_DISK_RESERVE_MB", String.valueOf(reserveMb)))
        .onSuccess(forked::add);
  }

  /** Everyone answers the first question while there is room: all acknowledged, and it closes. */
  private static Future<Void> firstQuestionWithRoom(ForkedTable table) {
    List<Future<JsonObject>> replies = new ArrayList<>();
    for (ForkedTable.Player p : table.players()) replies.add(replyWhenAsked(p, 0));
    return table.host().send(Ws.command("start")).next("question")
        .compose(q -> Future.all(replies))
        .compose(all -> {
          for (int i = 0; i < all.size(); i++) assertEquals("answered", all.<JsonObject>resultAt(i).getString("type"));
          return table.host().next(m -> "reveal".equals(m.getString("type")) && m.getInteger("index") == 0, "reveal 0");
        })
        .mapEmpty();
  }

  /** The player answers question {@code index} once asked; the future holds {@code answered} or {@code not-saved}. */
  private static Future<JsonObject> replyWhenAsked(ForkedTable.Player p, int index) {
    return p.ws().next(m -> "question".equals(m.getString("type")) && m.getInteger("index") == index, "question " + index)
        .compose(q -> answer(p, index));
  }

  /** Sends the player's answer; the future holds the server's word on it: {@code answered} or {@code not-saved}. */
  private static Future<JsonObject> answer(ForkedTable.Player p, int index) {
    Future<JsonObject> reply = p.ws().next(m -> "answered".equals(m.getString("type")) && m.getInteger("index") == index
        || "error".equals(m.getString("type")) && "not-saved".equals(m.getString("code")), "answered or not-saved");
    p.ws().send(Ws.answer(index, "choice", new JsonArray().add(p.choice())));
    return reply;
  }

  /** The replies, by player id, once every one of these players has answered question {@code index}. */
  private static Future<Map<String, JsonObject>> answerAll(List<ForkedTable.Player> players, int index) {
    List<Future<JsonObject>> replies = new ArrayList<>();
    for (ForkedTable.Player p : players) replies.add(answer(p, index));
    return Future.all(replies).map(all -> {
      Map<String, JsonObject> out = new HashMap<>();
      for (int i = 0; i < players.size(); i++) out.put(players.get(i).id(), all.resultAt(i));
      return out;
    });
  }

  private static List<ForkedTable.Player> notSaved(List<ForkedTable.Player> players, Map<String, JsonObject> replies) {
    return players.stream().filter(p -> "error".equals(replies.get(p.id()).getString("type"))).toList();
  }

  /** {@code {"status":503,"body":{...}}} of {@code GET /health}. */
  private static Future<JsonObject> health(ForkedServer server) {
    return server.http.get("/health").send()
        .map(r -> new JsonObject().put("status", r.statusCode()).put("body", r.bodyAsJsonObject()));
  }

  // ---- checks ----

  /** Every answer the sockets saw acknowledged is stored exactly once, with the choice sent. */
  private static Future<Void> assertEveryAcknowledgedAnswerStored(ForkedServer server, ForkedTable table) {
    return server.login().compose(token -> server.get(token, "/api/sessions").compose(list -> {
      JsonArray sessions = list.bodyAsJsonArray();
      assertEquals(1, sessions.size(), sessions.encode());
      return server.get(token, "/api/sessions/" + sessions.getJsonObject(0).getString("id"));
    })).map(r -> {
      assertEquals(200, r.statusCode(), r.bodyAsString());
      Map<String, Set<Integer>> acknowledged = table.acknowledged();
      table.assertSavedOnce(acknowledged, r.bodyAsJsonObject());
      int count = acknowledged.values().stream().mapToInt(Set::size).sum();
      assertTrue(count >= PLAYERS, "acknowledged: " + count);
      return null;
    });
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
    return n;
  }

  // ---- helpers ----

  private interface Blocking {
    void run() throws Exception;
  }

  private static Future<Void> blocking(Vertx vertx, Blocking work) {
    return vertx.executeBlocking(() -> {
      work.run();
      return null;
    });
  }

  /** Asks again every 100 ms until the condition holds, for up to 20 s. */
  private static Future<Void> until(Vertx vertx, Supplier<Future<Boolean>> condition, String what) {
    Promise<Void> done = Promise.promise();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    poll(vertx, condition, what, deadline, done);
    return done.future();
  }

  private static void poll(Vertx vertx, Supplier<Future<Boolean>> condition, String what, long deadline, Promise<Void> done) {
    condition.get().onComplete(ar -> {
      if (ar.succeeded() && ar.result()) done.tryComplete();
      else if (System.nanoTime() > deadline) done.tryFail("not within 20 s: " + what);
      else vertx.setTimer(100, id -> poll(vertx, condition, what, deadline, done));
    });
  }
}
