package recall.classes;

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

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Classes over real HTTP, and class rooms joined with personal codes over real WebSockets. */
@ExtendWith(VertxExtension.class)
@DisplayName("Classes: rosters with join codes, ownership, and class rooms joined by code")
class ClassesTest {
  private static final List<String> NAMES = List.of("Anna Smith", "Ben Jones", "Chloé Dupont");
  private static TestServer server;
  private static String otherToken;

  @BeforeAll
  @Timeout(value = 2, timeUnit = TimeUnit.MINUTES)
  static void start(Vertx vertx, VertxTestContext ctx) {
    TestServer.start(vertx, ClassesTest.class).compose(s -> {
      server = s;
      return Staffroom.colleague(s.http, s.token, "other");
    }).onComplete(ctx.succeeding(login -> {
      otherToken = login.token();
      ctx.completeNow();
    }));
  }

  @AfterAll
  @Timeout(value = 2, timeUnit = TimeUnit.MINUTES)
  static void stop(VertxTestContext ctx) {
    server.stop().onComplete(ctx.succeedingThenComplete());
  }

  static Future<JsonObject> makeClass(String name, List<String> students) {
    return server.post("/api/classes", new JsonObject().put("name", name).put("students", new JsonArray(students))).map(r -> {
      assertEquals(201, r.statusCode(), r.bodyAsString());
      return r.bodyAsJsonObject();
    });
  }

  static String code(JsonObject cls, int i) {
    return cls.getJsonArray("students").getJsonObject(i).getString("code");
  }

  @Test
  @DisplayName("a class from a list of names: each student a code of 5+ unambiguous letters and digits, all different")
  void codes(VertxTestContext ctx) {
    makeClass("7B", NAMES).compose(c -> {
      ctx.verify(() -> {
        assertEquals("7B", c.getString("name"));
        JsonArray st = c.getJsonArray("students");
        assertEquals(3, st.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < st.size(); i++) {
          JsonObject s = st.getJsonObject(i);
          assertEquals(NAMES.get(i), s.getString("name"));
          String code = s.getString("code");
          assertTrue(code.matches("[A-HJ-NP-Z2-9]{5,}"), code);
          assertTrue(seen.add(code), "codes differ");
        }
      });
      return Future.all(server.get("/api/classes"), server.get("/api/classes/" + c.getString("id")),
          Staffroom.as(server.http, otherToken, HttpMethod.GET, "/api/classes/" + c.getString("id")).send(),
          Staffroom.as(server.http, otherToken, HttpMethod.GET, "/api/classes").send(),
          Staffroom.as(server.http, otherToken, HttpMethod.DELETE, "/api/classes/" + c.getString("id")).send(),
          server.post("/api/classes", new JsonObject().put("name", "").put("students", new JsonArray())));
    }).onComplete(ctx.succeeding(all -> ctx.verify(() -> {
      assertTrue(all.<HttpResponse<Buffer>>resultAt(0).bodyAsJsonArray().stream()
          .anyMatch(o -> "7B".equals(((JsonObject) o).getString("name"))));
      assertEquals(3, all.<HttpResponse<Buffer>>resultAt(1).bodyAsJsonObject().getJsonArray("students").size());
      assertEquals(404, all.<HttpResponse<Buffer>>resultAt(2).statusCode(), "another teacher does not see it");
      assertEquals(0, all.<HttpResponse<Buffer>>resultAt(3).bodyAsJsonArray().size());
      assertEquals(404, all.<HttpResponse<Buffer>>resultAt(4).statusCode());
      assertEquals(400, all.<HttpResponse<Buffer>>resultAt(5).statusCode());
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("PUT keeps the students given by id (id and code), adds new names, removes the rest, sets extra time")
  void edit(VertxTestContext ctx) {
    makeClass("8C", NAMES).compose(c -> {
      JsonArray st = c.getJsonArray("students");
      JsonArray edited = new JsonArray()
          .add(new JsonObject().put("id", st.getJsonObject(0).getString("id")).put("name", "Anna S.").put("extraTime", 1.5))
          .add("Dan Brown");
      return server.teacher(HttpMethod.PUT, "/api/classes/" + c.getString("id"))
          .sendJsonObject(new JsonObject().put("name", "8C (set 2)").put("students", edited))
          .map(r -> {
            ctx.verify(() -> {
              assertEquals(200, r.statusCode(), r.bodyAsString());
              JsonArray after = r.bodyAsJsonObject().getJsonArray("students");
              assertEquals(2, after.size(), after.encode());
              assertEquals(st.getJsonObject(0).getString("id"), after.getJsonObject(0).getString("id"));
              assertEquals(st.getJsonObject(0).getString("code"), after.getJsonObject(0).getString("code"));
              assertEquals("Anna S.", after.getJsonObject(0).getString("name"));
              assertEquals(1.5, after.getJsonObject(0).getDouble("extraTime"));
              assertEquals("Dan Brown", after.getJsonObject(1).getString("name"));
              assertEquals("8C (set 2)", r.bodyAsJsonObject().getString("name"));
            });
            return c;
          });
    }).compose(c -> server.teacher(HttpMethod.PUT, "/api/classes/" + c.getString("id"))
        .sendJsonObject(new JsonObject().put("name", "x").put("students", new JsonArray().add(new JsonObject().put("id", "nope").put("name", "Z")))))
        .onComplete(ctx.succeeding(r -> ctx.verify(() -> {
          assertEquals(400, r.statusCode(), "an id that is not this class's");
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("a class room: a wrong code, another class's code and a nickname are refused; the right code plays under the roster's name")
  void classRoom(VertxTestContext ctx) {
    Future.all(makeClass("9A", NAMES), makeClass("9B", List.of("Zoe Other"))).compose(all -> {
      JsonObject mine = all.resultAt(0);
      JsonObject theirs = all.resultAt(1);
      return server.openRoom(new JsonObject().put("quiz", "power-struggle").put("class", mine.getString("id"))).compose(room -> {
        String pin = room.getString("pin");
        return Future.all(List.of(
            server.ws().compose(w -> w.ask(new JsonObject().put("type", "join").put("pin", pin).put("code", "ZZZZZZ"), "error")),
            server.ws().compose(w -> w.ask(new JsonObject().put("type", "join").put("pin", pin).put("code", code(theirs, 0)), "error")),
            server.ws().compose(w -> w.ask(Ws.join(pin, "Nick"), "error")),
            server.ws().compose(w -> w.ask(new JsonObject().put("type", "join").put("pin", pin).put("code", code(mine, 1).toLowerCase()), "welcome")),
            server.http.get("/api/rooms/" + pin).send()))
            .compose(r -> {
              ctx.verify(() -> {
                assertEquals("bad-code", r.<JsonObject>resultAt(0).getString("code"));
                assertEquals("bad-code", r.<JsonObject>resultAt(1).getString("code"), "another class's code");
                assertEquals("code-required", r.<JsonObject>resultAt(2).getString("code"));
                JsonObject welcome = r.resultAt(3);
                assertEquals("Ben Jones", welcome.getString("name"), "the roster's name");
                JsonObject info = r.<HttpResponse<Buffer>>resultAt(4).bodyAsJsonObject();
                assertEquals(true, info.getBoolean("class"));
                assertEquals("live", info.getString("mode"));
              });
              String firstId = r.<JsonObject>resultAt(3).getString("playerId");
              // The same code again is the same player, as a resume.
              return server.ws().compose(w -> w.ask(new JsonObject().put("type", "join").put("pin", pin).put("code", code(mine, 1)), "welcome"))
                  .map(again -> {
                    ctx.verify(() -> assertEquals(firstId, again.getString("playerId")));
                    return room;
                  });
            });
      }).compose(room -> playAndEndEarly(room, mine));
    }).onComplete(ctx.succeedingThenComplete());
  }

  /** A student with x2 extra time on the roster, one question, then the host ends: ended early, student id saved. */
  private static Future<Void> playAndEndEarly(JsonObject room, JsonObject cls) {
    String pin = room.getString("pin");
    String annaId = cls.getJsonArray("students").getJsonObject(0).getString("id");
    JsonArray edited = new JsonArray();
    cls.getJsonArray("students").forEach(o -> edited.add(((JsonObject) o).copy().put("extraTime", ((JsonObject) o).getString("id").equals(annaId) ? 2.0 : 1.0)));
    return server.teacher(HttpMethod.PUT, "/api/classes/" + cls.getString("id"))
        .sendJsonObject(new JsonObject().put("name", "9A").put("students", edited))
        .compose(r -> server.openRoom(new JsonObject().put("quiz", "power-struggle").put("class", cls.getString("id"))
            .put("questions", new JsonArray().add("ps-01").add("ps-02")).put("timeLimitSeconds", 20)))
        .compose(r2 -> Future.all(server.ws(), server.ws()).compose(socks -> {
          Ws host = socks.resultAt(0);
          Ws anna = socks.resultAt(1);
          String pin2 = r2.getString("pin");
          return host.ask(Ws.host(pin2, r2.getString("hostKey")), "welcome")
              .compose(w -> anna.ask(new JsonObject().put("type", "join").put("pin", pin2).put("code", code(cls, 0)), "welcome"))
              .compose(x -> {
                Future<JsonObject> q = anna.next("question");
                host.send(Ws.command("start"));
                return q;
              })
              .compose(q -> {
                assertEquals(40_000L, q.getLong("timeLimitMs"), "the roster's x2 extra time: " + q.encode());
                Future<JsonObject> fin = host.next("finished");
                host.send(Ws.command("end"));
                return fin;
              })
              .compose(fin -> server.get("/api/sessions").compose(list -> {
                JsonObject s = list.bodyAsJsonArray().stream().map(o -> (JsonObject) o)
                    .filter(o -> o.getString("id").equals(fin.getString("sessionId"))).findFirst().orElseThrow();
                assertEquals("live", s.getString("mode"));
                assertEquals(true, s.getBoolean("endedEarly"), s.encode());
                assertNotEquals(null, s.getString("finishedAt"));
                return server.get("/api/sessions/" + s.getString("id"));
              }))
              .map(full -> {
                JsonObject body = full.bodyAsJsonObject();
                assertEquals(true, body.getBoolean("endedEarly"));
                assertEquals(annaId, body.getJsonArray("players").getJsonObject(0).getString("studentId"), body.encode());
                return null;
              });
        }));
  }
}
