package recall.room;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import recall.room.TestRoom.Player;
import recall.support.Ws;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract's version 2 fair-play options of a room, over real WebSockets. */
@DisplayName("Fair play: scoring modes, leaderboard modes, extra time, renames")
class FairPlayTest extends GameControlFixture {

  /** Everyone answers question i right; completes with each player's outcome, in the players' order. */
  private static Future<List<JsonObject>> allRight(TestRoom room, List<Player> ps, int i) {
    List<Future<JsonObject>> outcomes = ps.stream().map(p -> p.ws().next("outcome")).toList();
    ps.forEach(p -> p.ws().send(choice(i, RIGHT[i])));
    return Future.all(outcomes).map(f -> f.<JsonObject>list());
  }

  private static Future<Void> next(TestRoom room, List<Player> ps) {
    List<Future<JsonObject>> shown = ps.stream().map(p -> p.ws().next("question")).toList();
    room.host().send(Ws.command("next"));
    return Future.all(shown).mapEmpty();
  }

  @Test
  @DisplayName("accuracy: every right answer scores 1000, whatever the time and the streak")
  void accuracy(VertxTestContext ctx) {
    room(new JsonObject().put("scoring", "accuracy")).compose(room -> room.join("Anna", "Ben").compose(ps ->
        room.start(ps).compose(v -> allRight(room, ps, 0)).compose(first -> {
          ctx.verify(() -> first.forEach(o -> assertEquals(1000, o.getInteger("points"), o.encode())));
          return next(room, ps).compose(v -> allRight(room, ps, 1));
        }).map(second -> {
          ctx.verify(() -> second.forEach(o -> {
            assertEquals(1000, o.getInteger("points"), o.encode());
            assertEquals(2000, o.getInteger("score"));
            assertEquals(2, o.getInteger("streak"));
          }));
          return null;
        }))).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("speed-no-streak: a second right answer in a row earns no bonus; speed scores as the default rule")
  void noStreak(VertxTestContext ctx) {
    room(new JsonObject().put("scoring", "speed-no-streak")).compose(room -> room.join("Anna").map(List::of).compose(ps ->
        room.start(ps).compose(v -> allRight(room, ps, 0)).compose(first ->
            next(room, ps).compose(v -> allRight(room, ps, 1))).map(second -> {
              ctx.verify(() -> {
                JsonObject o = second.get(0);
                assertEquals(2, o.getInteger("streak"));
                // With the default rule a quick second answer scores over 1000 (the 100 streak bonus).
                assertTrue(o.getInteger("points") > 500 && o.getInteger("points") <= 1000, o.encode());
              });
              return null;
            }))).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("the default speed rule still adds the streak bonus")
  void speedDefault(VertxTestContext ctx) {
    room().compose(room -> room.join("Anna").map(List::of).compose(ps ->
        room.start(ps).compose(v -> allRight(room, ps, 0)).compose(first ->
            next(room, ps).compose(v -> allRight(room, ps, 1))).map(second -> {
              ctx.verify(() -> assertTrue(second.get(0).getInteger("points") > 1000, second.get(0).encode()));
              return null;
            }))).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("leaderboard off: players see no rank, the projector no names, and the podium is empty")
  void leaderboardOff(VertxTestContext ctx) {
    room(new JsonObject().put("leaderboard", "off").put("questions", new JsonArray().add("gc-0"))).compose(room -> room.join("Anna", "Ben").compose(ps -> {
      Future<JsonObject> board = room.host().next("leaderboard");
      return room.start(ps).compose(v -> allRight(room, ps, 0)).compose(outcomes -> board.map(b -> {
        ctx.verify(() -> {
          outcomes.forEach(o -> assertNull(o.getValue("rank"), o.encode()));
          assertEquals(0, b.getJsonArray("top").size());
          assertEquals("off", b.getString("leaderboard"));
        });
        return null;
      })).compose(v -> {
        Future<JsonObject> end = ps.get(0).ws().next("finished");
        Future<JsonObject> hostEnd = room.host().next("finished");
        room.host().send(Ws.command("next"));
        return Future.all(end, hostEnd);
      }).map(f -> {
        ctx.verify(() -> {
          JsonObject mine = f.resultAt(0);
          assertNull(mine.getValue("rank"));
          assertTrue(mine.getInteger("score") > 0);
          assertEquals(0, mine.getJsonArray("podium").size());
          assertEquals(0, f.<JsonObject>resultAt(1).getJsonArray("standings").size());
        });
        return null;
      });
    })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("leaderboard self: each player sees its own rank and the projector shows no names; top5 shows five")
  void selfAndTop5(VertxTestContext ctx) {
    Future<Void> self = room(new JsonObject().put("leaderboard", "self")).compose(room -> room.join("Anna", "Ben").compose(ps -> {
      Future<JsonObject> board = room.host().next("leaderboard");
      return room.start(ps).compose(v -> allRight(room, ps, 0)).compose(outcomes -> board.map(b -> {
        ctx.verify(() -> {
          outcomes.forEach(o -> assertTrue(o.getInteger("rank") >= 1, o.encode()));
          assertEquals(0, b.getJsonArray("top").size());
        });
        return null;
      }));
    }));
    Future<Void> top5 = self.compose(v -> room(new JsonObject().put("leaderboard", "top5"))).compose(room ->
        room.join("P1", "P2", "P3", "P4", "P5", "P6", "P7").compose(ps -> {
          Future<JsonObject> board = room.host().next("leaderboard");
          return room.start(ps).compose(v -> allRight(room, ps, 0)).compose(o -> board).map(b -> {
            ctx.verify(() -> assertEquals(5, b.getJsonArray("top").size()));
            return null;
          });
        }));
    top5.onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("extra time x2 doubles that player's time limit only, and the host sees it in the lobby")
  void extraTime(VertxTestContext ctx) {
    room().compose(room -> room.join("Anna", "Ben").compose(ps -> {
      Player ben = ps.get(1);
      room.host().send(new JsonObject().put("type", "extra-time").put("playerId", ben.id()).put("factor", 2));
      return room.hostLobby(list -> list.stream().map(JsonObject.class::cast)
              .anyMatch(p -> p.getString("id").equals(ben.id()) && p.getDouble("extraTime", 1.0) == 2.0))
          .compose(lobby -> {
            Future<JsonObject> annaQ = ps.get(0).ws().next("question");
            Future<JsonObject> benQ = ben.ws().next("question");
            room.host().send(Ws.command("start"));
            return Future.all(annaQ, benQ);
          }).compose(qs -> {
            ctx.verify(() -> {
              assertEquals(LIMIT_SECONDS * 1000, qs.<JsonObject>resultAt(0).getInteger("timeLimitMs"));
              assertEquals(2 * LIMIT_SECONDS * 1000, qs.<JsonObject>resultAt(1).getInteger("timeLimitMs"));
              assertTrue(qs.<JsonObject>resultAt(1).getLong("remainingMs") > LIMIT_SECONDS * 1000L);
            });
            return room.host().ask(new JsonObject().put("type", "extra-time").put("playerId", ben.id()).put("factor", 5), "error");
          }).map(err -> {
            ctx.verify(() -> assertEquals("bad-message", err.getString("code")));
            return null;
          });
    })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("the host renames a player in the lobby; a taken name is refused, and after the start renaming is bad-state")
  void rename(VertxTestContext ctx) {
    room().compose(room -> room.join("Anna", "Ben").compose(ps -> {
      Player anna = ps.get(0);
      Future<JsonObject> told = anna.ws().next("renamed");
      room.host().send(new JsonObject().put("type", "rename").put("playerId", anna.id()).put("name", "Brave Otter"));
      return told.compose(r -> {
        ctx.verify(() -> assertEquals("Brave Otter", r.getString("name")));
        return room.hostLobby(list -> list.stream().map(JsonObject.class::cast).anyMatch(p -> p.getString("name").equals("Brave Otter")));
      }).compose(l -> room.host().ask(new JsonObject().put("type", "rename").put("playerId", anna.id()).put("name", "ben"), "error"))
          .compose(err -> {
            ctx.verify(() -> assertEquals("name-taken", err.getString("code")));
            return room.join("Anna");
          })
          .compose(again -> room.start(List.of(anna, ps.get(1), again)))
          .compose(v -> room.host().ask(new JsonObject().put("type", "rename").put("playerId", anna.id()).put("name", "Zed"), "error"))
          .map(err -> {
            ctx.verify(() -> assertEquals("bad-state", err.getString("code")));
            return null;
          });
    })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a rude nickname is refused with bad-name, and the server suggests friendly ones")
  void rudeAndSuggested(VertxTestContext ctx) {
    room().compose(room -> server.ws().compose(ws -> ws.ask(Ws.join(room.pin(), "Big Sh1t"), "error")))
        .compose(err -> {
          ctx.verify(() -> assertEquals("bad-name", err.getString("code")));
          return server.http.get(server.port(), "localhost", "/api/nickname").send();
        }).map(res -> {
          ctx.verify(() -> {
            assertEquals(200, res.statusCode());
            assertTrue(res.bodyAsJsonObject().getString("name").matches("[A-Z][a-z]+ [A-Z][a-z]+"));
          });
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("unknown scoring or leaderboard modes and extra time out of range are refused with 400")
  void badOptions(VertxTestContext ctx) {
    Future.all(List.of(
        server.post("/api/rooms", new JsonObject().put("quiz", quizId).put("scoring", "fastest")),
        server.post("/api/rooms", new JsonObject().put("quiz", quizId).put("leaderboard", "everyone")),
        server.post("/api/rooms", new JsonObject().put("quiz", quizId).put("extraTime", new JsonObject().put("s1", 4))),
        server.post("/api/rooms", new JsonObject().put("quiz", quizId).put("extraTime", "lots"))))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          for (int i = 0; i < 4; i++) assertEquals(400, all.<io.vertx.ext.web.client.HttpResponse<?>>resultAt(i).statusCode());
          ctx.completeNow();
        })));
  }
}
