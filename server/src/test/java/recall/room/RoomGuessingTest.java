package recall.room;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.app.Config;
import recall.support.CsvRows;
import recall.support.TestServer;
import recall.support.Ws;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guessing PINs from many addresses, hoarding rooms, rooms kept alive by an idle socket, and names as formulas. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 120, timeUnit = TimeUnit.SECONDS)
@DisplayName("Wrong PINs spend a server-wide budget, a teacher's open rooms are capped, unused rooms end")
class RoomGuessingTest {
  private static final JsonObject ROOM = new JsonObject().put("quiz", "power-struggle");

  private static Future<TestServer> start(Vertx vertx, Function<recall.app.Limits, recall.app.Limits> limits) {
    Config config = Config.forTests(TestServer.dbName(RoomGuessingTest.class), TestServer.QUESTIONS);
    return TestServer.start(vertx, config.withLimits(limits.apply(config.limits())));
  }

  /** A PIN no room has: one more than a real one, wrapped. */
  private static String wrong(String pin, int n) {
    return String.format("%06d", (Integer.parseInt(pin) + 1 + n) % 1_000_000);
  }

  @Test
  @DisplayName("once the wrong PINs of the minute are spent, wrong PINs get rate-limited while the real PIN still works, over HTTP and the socket")
  void wrongPinBudget(Vertx vertx, VertxTestContext ctx) {
    start(vertx, l -> l.withPinFailuresPerMinute(5)).compose(s -> s.openRoom(ROOM).compose(room -> {
      String pin = room.getString("pin");
      Future<Void> chain = Future.succeededFuture();
      for (int i = 0; i < 5; i++) {
        String guess = wrong(pin, i);
        chain = chain.compose(v -> s.http.get("/api/rooms/" + guess).send().map(r -> {
          assertEquals(404, r.statusCode(), "within the budget: no-room");
          return null;
        }));
      }
      return chain.compose(v -> Future.all(s.http.get("/api/rooms/" + wrong(pin, 9)).send(), s.http.get("/api/rooms/" + pin).send()))
          .compose(all -> {
            HttpResponse<Buffer> refused = all.resultAt(0);
            assertEquals(429, refused.statusCode());
            assertEquals("rate-limited", refused.bodyAsJsonObject().getString("error"));
            assertEquals(200, ((HttpResponse<?>) all.resultAt(1)).statusCode(), "the class's real PIN still works");
            return Future.all(s.ws().compose(ws -> ws.send(Ws.join(wrong(pin, 10), "Guess")).error("rate-limited")),
                s.ws().compose(ws -> ws.ask(Ws.join(pin, "Anna"), "welcome")));
          }).mapEmpty();
    }).eventually(s::stop)).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a teacher's third open room is refused with too-many-rooms when the cap is two")
  void roomsPerTeacher(Vertx vertx, VertxTestContext ctx) {
    start(vertx, l -> l.withRoomsPerTeacher(2)).compose(s -> Future.all(s.openRoom(ROOM), s.openRoom(ROOM))
        .compose(v -> s.post("/api/rooms", ROOM)).map(r -> {
          assertEquals(429, r.statusCode());
          assertEquals("too-many-rooms", r.bodyAsJsonObject().getString("error"));
          return null;
        }).eventually(s::stop)).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("five rooms asked for at once with a cap of two: two are opened, three refused (a room still being stored counts)")
  void roomsPerTeacherRacing(Vertx vertx, VertxTestContext ctx) {
    start(vertx, l -> l.withRoomsPerTeacher(2)).compose(s -> {
      List<Future<HttpResponse<Buffer>>> asked = new java.util.ArrayList<>();
      for (int i = 0; i < 5; i++) asked.add(s.post("/api/rooms", ROOM));
      return Future.all(asked).map(all -> {
        List<Integer> codes = all.<HttpResponse<Buffer>>list().stream().map(HttpResponse::statusCode).sorted().toList();
        assertEquals(List.of(201, 201, 429, 429, 429), codes);
        assertEquals(2, s.server.rooms().openRooms("teacher"));
        return null;
      }).eventually(s::stop);
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a room with a socket open but no join, answer or command for four hours is ended; three hours is not enough")
  void idleRoomEnds(Vertx vertx, VertxTestContext ctx) {
    start(vertx, l -> l).compose(s -> TestRoom.open(s, ROOM).compose(room -> {
      RoomRegistry rooms = s.server.rooms();
      long now = System.currentTimeMillis();
      rooms.sweep(now + 3 * 3600_000L);
      // The sweep runs on the room's context; a look-up queued after it sees what it did.
      return s.http.get("/api/rooms/" + room.pin()).send().compose(r -> {
        assertEquals(200, r.statusCode());
        assertEquals("lobby", r.bodyAsJsonObject().getString("state"));
        rooms.sweep(now + 4 * 3600_000L + 60_000);
        return room.host().next("finished");
      }).compose(fin -> room.host().closed()).map(code -> {
        assertTrue(rooms.get(room.pin()) == null || rooms.get(room.pin()).phase == Room.Phase.FINISHED);
        return null;
      });
    }).eventually(s::stop)).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a name like Tom;=1+2 goes into results.csv quoted and guarded after the separator")
  void csvAfterSeparator(Vertx vertx, VertxTestContext ctx) {
    start(vertx, l -> l).compose(s -> TestRoom.open(s, ROOM).compose(room -> room.join("Tom;=1+2").compose(tom -> {
      room.host().send(Ws.command("start"));
      return tom.ws().next("question");
    }).compose(q -> {
      room.host().send(Ws.command("end"));
      return room.host().next("finished");
    })).compose(fin -> s.teacher(HttpMethod.GET, "/api/sessions/" + fin.getString("sessionId") + "/results.csv").send()).map(r -> {
      assertEquals(200, r.statusCode());
      String csv = r.bodyAsString();
      // A byte-order mark for Excel, the contract's columns first, then Recall's accuracy and status.
      assertTrue(csv.startsWith("\uFEFFplayer,question,questionText,answer,correct,points,ms,fraction,status\r\n"), csv);
      assertTrue(csv.contains("\r\n\"Tom;'=1+2\","), csv);
      List<List<String>> rows = CsvRows.parse(csv);
      assertEquals("Tom;'=1+2", rows.get(1).get(0));
      return null;
    }).eventually(s::stop)).onComplete(ctx.succeedingThenComplete());
  }
}
