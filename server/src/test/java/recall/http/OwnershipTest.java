package recall.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
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
import recall.support.Staffroom;
import recall.support.TestServer;
import recall.support.Ws;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every call of the contract tried by the teacher who owns the thing, by another teacher, by the
 * admin and with no credentials: another teacher, the admin included, finds nothing.
 */
@ExtendWith(VertxExtension.class)
// Its set-up logs three teachers in: a few slow password checks on a busy machine.
@Timeout(value = 2, timeUnit = TimeUnit.MINUTES)
@DisplayName("Each teacher's quizzes, rooms and sessions are theirs alone; the bank is shared and read-only")
class OwnershipTest {
  private static TestServer server;
  /** The callers, in the order of each expectation: the owner, another teacher, the admin, nobody. */
  private static final List<String> CALLERS = List.of("owner", "other", "admin", "nobody");
  private static final List<String> TOKENS = new ArrayList<>();
  private static String pin;
  private static String sessionId;

  @BeforeAll
  @Timeout(value = 2, timeUnit = TimeUnit.MINUTES)
  static void start(Vertx vertx, VertxTestContext ctx) {
    TestServer.start(vertx, OwnershipTest.class).compose(s -> {
      server = s;
      return Future.all(Staffroom.colleague(s.http, s.token, "alice"), Staffroom.colleague(s.http, s.token, "bob"));
    }).compose(all -> {
      TOKENS.add(all.<Staffroom.Login>resultAt(0).token());
      TOKENS.add(all.<Staffroom.Login>resultAt(1).token());
      TOKENS.add(server.token);
      TOKENS.add(null);
      return call(0, HttpMethod.POST, "/api/quizzes", quiz("alices-quiz"));
    }).compose(created -> {
      assertEquals(201, created.statusCode(), created.bodyAsString());
      return playedSession(TOKENS.get(0), "alices-quiz");
    }).onComplete(ctx.succeedingThenComplete());
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    server.stop().onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a quiz, a room and a session of one teacher: 2xx for the owner, 404 for the others, 401 without credentials")
  void ownedThings(VertxTestContext ctx) {
    List<Future<?>> checks = new ArrayList<>();
    checks.add(expect(HttpMethod.GET, "/api/quizzes/alices-quiz", null, 200, 404, 404, 401));
    checks.add(expect(HttpMethod.PUT, "/api/quizzes/alices-quiz", quiz("alices-quiz"), 200, 404, 404, 401));
    checks.add(expect(HttpMethod.GET, "/api/quizzes/alices-quiz/export.gift", null, 200, 404, 404, 401));
    checks.add(expect(HttpMethod.POST, "/api/quizzes/alices-quiz/copy", null, 201, 404, 404, 401));
    checks.add(expect(HttpMethod.POST, "/api/rooms", new JsonObject().put("quiz", "alices-quiz"), 201, 404, 404, 401));
    checks.add(expect(HttpMethod.GET, "/api/sessions/" + sessionId, null, 200, 404, 404, 401));
    checks.add(expect(HttpMethod.GET, "/api/sessions/" + sessionId + "/results.csv", null, 200, 404, 404, 401));
    checks.add(expect(HttpMethod.GET, "/api/quizzes", null, 200, 200, 200, 401));
    checks.add(expect(HttpMethod.GET, "/api/rooms", null, 200, 200, 200, 401));
    checks.add(expect(HttpMethod.GET, "/api/sessions", null, 200, 200, 200, 401));
    checks.add(expect(HttpMethod.GET, "/api/me", null, 200, 200, 200, 401));
    // The public look-up stays public: a phone knows only the PIN.
    checks.add(expect(HttpMethod.GET, "/api/rooms/" + pin, null, 200, 200, 200, 200));
    Future.all(checks).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("lists show a teacher their own things and the shared bank, never another teacher's")
  void lists(VertxTestContext ctx) {
    Future.all(List.of(lists(0), lists(1), lists(2))).map(all -> {
      for (int who = 0; who < 3; who++) {
        JsonArray[] l = all.resultAt(who);
        boolean owner = who == 0;
        assertEquals(owner, ids(l[0]).contains("alices-quiz"), CALLERS.get(who) + " quizzes " + ids(l[0]));
        assertTrue(ids(l[0]).contains("power-struggle"), "everyone lists the bank");
        for (Object o : l[0]) {
          JsonObject q = (JsonObject) o;
          assertEquals(!q.getString("id").startsWith("alices-quiz"), q.getBoolean("shared"), q.encode());
        }
        assertEquals(owner, ids(l[1]).contains(sessionId), CALLERS.get(who) + " sessions");
        // The fixture's room has finished (finished games leave the list of open rooms), so only the
        // others' side can be asserted here: nobody else ever lists it.
        if (!owner) assertFalse(l[2].stream().anyMatch(r -> pin.equals(((JsonObject) r).getString("pin"))), CALLERS.get(who) + " rooms");
        if (!owner) assertEquals(0, l[1].size(), "no one else's sessions: " + l[1].encode());
      }
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("the shared bank: everyone reads and plays it, PUT and DELETE answer 403 read-only, a copy is the caller's")
  void sharedBank(VertxTestContext ctx) {
    Future<?> reads = Future.all(
        expect(HttpMethod.GET, "/api/quizzes/power-struggle", null, 200, 200, 200, 401),
        expect(HttpMethod.POST, "/api/rooms", new JsonObject().put("quiz", "power-struggle"), 201, 201, 201, 401));
    reads.compose(v -> call(1, HttpMethod.GET, "/api/quizzes/power-struggle", null)).compose(doc -> {
      JsonObject quiz = doc.bodyAsJsonObject();
      assertTrue(quiz.getBoolean("shared"));
      return Future.all(
          expect(HttpMethod.PUT, "/api/quizzes/power-struggle", quiz, 403, 403, 403, 401),
          expect(HttpMethod.DELETE, "/api/quizzes/power-struggle", null, 403, 403, 403, 401));
    }).compose(v -> call(1, HttpMethod.PUT, "/api/quizzes/power-struggle", null).compose(r -> call(1, HttpMethod.DELETE, "/api/quizzes/power-struggle", null)))
        .compose(r -> {
          assertEquals("read-only", r.bodyAsJsonObject().getString("error"));
          return call(1, HttpMethod.POST, "/api/quizzes/power-struggle/copy", null);
        }).compose(copy -> {
          assertEquals(201, copy.statusCode(), copy.bodyAsString());
          String id = copy.bodyAsJsonObject().getString("id");
          assertFalse(id.equals("power-struggle"));
          return Future.all(call(1, HttpMethod.GET, "/api/quizzes/" + id, null), call(0, HttpMethod.GET, "/api/quizzes/" + id, null),
              call(1, HttpMethod.DELETE, "/api/quizzes/" + id, null));
        }).map(all -> {
          HttpResponse<Buffer> mine = all.resultAt(0);
          assertEquals(200, mine.statusCode());
          assertFalse(mine.bodyAsJsonObject().getBoolean("shared"), "the copy is bob's own");
          assertEquals(404, all.<HttpResponse<Buffer>>resultAt(1).statusCode(), "alice does not see bob's copy");
          assertEquals(204, all.<HttpResponse<Buffer>>resultAt(2).statusCode(), "bob may delete his copy");
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("only the owner deletes a quiz: 404 for another teacher and for the admin")
  void deleteOwned(VertxTestContext ctx) {
    call(0, HttpMethod.POST, "/api/quizzes", quiz("alices-spare")).compose(r -> Future.all(
            call(1, HttpMethod.DELETE, "/api/quizzes/alices-spare", null), call(2, HttpMethod.DELETE, "/api/quizzes/alices-spare", null),
            call(3, HttpMethod.DELETE, "/api/quizzes/alices-spare", null)))
        .compose(all -> {
          assertEquals(List.of(404, 404, 401), statuses(all.list()));
          return call(0, HttpMethod.DELETE, "/api/quizzes/alices-spare", null);
        }).map(r -> {
          assertEquals(204, r.statusCode());
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("the staff calls: the admin may, a teacher gets 403 forbidden, nobody gets 401")
  void staffCalls(VertxTestContext ctx) {
    expect(HttpMethod.GET, "/api/teachers", null, 403, 403, 200, 401)
        .compose(v -> expect(HttpMethod.POST, "/api/teachers", new JsonObject().put("user", "carol").put("displayName", "Carol"), 403, 403, 201, 401))
        .compose(v -> expect(HttpMethod.POST, "/api/teachers/carol/reset", null, 403, 403, 200, 401))
        .compose(v -> expect(HttpMethod.DELETE, "/api/teachers/carol", null, 403, 403, 204, 401))
        .compose(v -> call(0, HttpMethod.GET, "/api/teachers", null))
        .map(r -> {
          assertEquals("forbidden", r.bodyAsJsonObject().getString("error"));
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  // ---- helpers ----

  /** Tries a call as each caller, all at once. */
  private static Future<Void> expect(HttpMethod method, String path, JsonObject body, int... statuses) {
    List<Future<HttpResponse<Buffer>>> answers = new ArrayList<>();
    for (int who = 0; who < 4; who++) {
      answers.add(call(who, method, path, body));
    }
    return Future.all(answers).map(all -> {
      for (int who = 0; who < 4; who++) {
        HttpResponse<Buffer> r = answers.get(who).result();
        assertEquals(statuses[who], r.statusCode(), method + " " + path + " as " + CALLERS.get(who) + ": " + r.bodyAsString());
      }
      return null;
    });
  }

  private static Future<HttpResponse<Buffer>> call(int who, HttpMethod method, String path, JsonObject body) {
    var request = Staffroom.as(server.http, TOKENS.get(who), method, path);
    return body == null ? request.send() : request.sendJsonObject(body);
  }

  private static Future<JsonArray[]> lists(int who) {
    return Future.all(call(who, HttpMethod.GET, "/api/quizzes", null), call(who, HttpMethod.GET, "/api/sessions", null),
        call(who, HttpMethod.GET, "/api/rooms", null)).map(all -> new JsonArray[] {
        all.<HttpResponse<Buffer>>resultAt(0).bodyAsJsonArray(), all.<HttpResponse<Buffer>>resultAt(1).bodyAsJsonArray(),
        all.<HttpResponse<Buffer>>resultAt(2).bodyAsJsonArray()});
  }

  private static List<String> ids(JsonArray list) {
    List<String> out = new ArrayList<>();
    for (Object o : list) out.add(((JsonObject) o).getString("id"));
    return out;
  }

  private static List<Integer> statuses(List<HttpResponse<Buffer>> rs) {
    return rs.stream().map(HttpResponse::statusCode).toList();
  }

  /** Alice opens a room on her quiz, a player joins, she starts and ends the game: a saved session. */
  private static Future<Void> playedSession(String token, String quizId) {
    return Staffroom.as(server.http, token, HttpMethod.POST, "/api/rooms").sendJsonObject(new JsonObject().put("quiz", quizId))
        .compose(r -> {
          JsonObject room = r.bodyAsJsonObject();
          pin = room.getString("pin");
          return Future.all(server.ws(), server.ws()).compose(ws -> {
            Ws host = ws.resultAt(0);
            Ws anna = ws.resultAt(1);
            return host.ask(Ws.host(pin, room.getString("hostKey")), "welcome")
                .compose(w -> anna.ask(Ws.join(pin, "Anna"), "welcome"))
                .compose(w -> host.send(Ws.command("start")).next("question"))
                .compose(q -> host.send(Ws.command("end")).next("finished"))
                .map(fin -> {
                  sessionId = fin.getString("sessionId");
                  return null;
                });
          });
        });
  }

  static JsonObject quiz(String id) {
    return new JsonObject().put("id", id).put("title", "Alice's own " + id).put("section", "Tests").put("questions", new JsonArray()
        .add(new JsonObject().put("id", "q-1").put("kind", "single").put("text", "Who was murdered in 1934?")
            .put("options", new JsonArray().add("Trotsky").add("Kirov").add("Bukharin")).put("answer", new JsonArray().add(1))
            .put("source", new JsonObject().put("line", 1).put("quote", "Kirov"))));
  }
}

