package recall.room;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import recall.room.TestRoom.Player;
import recall.support.Ws;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How players drop out and come back, one behaviour per test.
 */
@DisplayName("Players who drop out and come back: resume, replaced connections, kick, lock")
class PlayersReturnTest extends GameControlFixture {
  // ---- resume ----

  @Test
  @DisplayName("a player who comes back with its token keeps name, score and streak, and sees the open question unanswered")
  void resumeKeepsScoreAndSeesOpenQuestion(VertxTestContext ctx) {
    room().compose(room -> room.join("Anna", "Ben").compose(ps -> {
      Player anna = ps.get(0);
      Player ben = ps.get(1);
      return room.start(ps)
          .compose(v -> anna.ws().ask(choice(0, RIGHT[0]), "answered"))
          .compose(v -> ben.ws().ask(choice(0, RIGHT[0] + 1), "answered"))
          .compose(v -> anna.ws().next("outcome"))
          .compose(outcome -> {
            ctx.verify(() -> {
              assertEquals(1, outcome.getInteger("streak"));
              assertTrue(outcome.getInteger("score") > 0);
            });
            room.host().send(Ws.command("next"));
            return anna.ws().next("question")
                .compose(q -> anna.ws().close())
                .compose(v -> room.host().nextUntil("progress", m -> m.getInteger("players") == 1))
                .compose(v -> room.resume(anna.token()))
                .compose(back -> {
                  JsonObject w = back.welcome();
                  ctx.verify(() -> {
                    assertEquals("player", w.getString("role"));
                    assertEquals(anna.id(), w.getString("playerId"));
                    assertEquals("Anna", w.getString("name"));
                    assertEquals(anna.token(), w.getString("token"));
                    assertEquals(outcome.getInteger("score"), w.getInteger("score"));
                    assertEquals(1, w.getInteger("streak"));
                    assertEquals(1, w.getInteger("rank"));
                    assertEquals("question", w.getJsonObject("state").getString("phase"));
                    JsonObject open = w.getJsonObject("question");
                    assertNotNull(open, "the open question comes with the welcome: " + w.encode());
                    assertEquals(1, open.getInteger("index"));
                    assertEquals(false, open.getBoolean("answered"));
                  });
                  return room.host().nextUntil("progress", m -> m.getInteger("players") == 2)
                      .compose(progress -> back.ws().ask(choice(1, RIGHT[1]), "answered"));
                });
          });
    })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a player who answered, dropped and came back sees that it already answered, and cannot answer twice")
  void resumeAfterAnswering(VertxTestContext ctx) {
    room().compose(room -> room.join("Anna", "Ben").compose(ps -> {
      Player anna = ps.get(0);
      return room.start(ps)
          .compose(v -> anna.ws().ask(choice(0, RIGHT[0]), "answered"))
          .compose(v -> anna.ws().close())
          .compose(v -> room.host().nextUntil("progress", m -> m.getInteger("players") == 1))
          .compose(v -> room.resume(anna.token()))
          .compose(back -> {
            ctx.verify(() -> {
              JsonObject open = back.welcome().getJsonObject("question");
              assertNotNull(open, back.welcome().encode());
              assertEquals(0, open.getInteger("index"));
              assertEquals(true, open.getBoolean("answered"));
            });
            return back.ws().send(choice(0, RIGHT[0])).error("already-answered");
          });
    })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a player who comes back after the reveal gets its outcome again")
  void resumeAfterReveal(VertxTestContext ctx) {
    room().compose(room -> room.join("Anna").compose(anna ->
        room.start(List.of(anna))
            .compose(v -> anna.ws().ask(choice(0, RIGHT[0]), "answered"))
            .compose(v -> anna.ws().next("outcome"))
            .compose(outcome -> anna.ws().close()
                .compose(v -> room.resume(anna.token()))
                .compose(back -> {
                  ctx.verify(() -> {
                    assertEquals("reveal", back.welcome().getJsonObject("state").getString("phase"));
                    assertFalse(back.welcome().containsKey("question"), "no question is open");
                  });
                  return back.ws().next("outcome");
                })
                .map(again -> {
                  ctx.verify(() -> assertEquals(outcome, again));
                  return null;
                }))
    )).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a second connection with the same token replaces the first, which is told and closed")
  void secondConnectionReplacesFirst(VertxTestContext ctx) {
    room().compose(room -> room.join("Anna").compose(anna -> {
      Future<JsonObject> replaced = anna.ws().error("replaced");
      return room.resume(anna.token()).compose(second -> {
        ctx.verify(() -> assertEquals(anna.id(), second.welcome().getString("playerId")));
        return replaced.compose(err -> anna.ws().closed())
            .compose(code -> room.start(List.of(second)))
            .compose(v -> room.host().next("progress"))
            .compose(progress -> {
              // The old socket's close did not take the player offline: the new one counts.
              ctx.verify(() -> assertEquals(1, progress.getInteger("players")));
              return second.ws().ask(choice(0, RIGHT[0]), "answered");
            })
            .compose(v -> second.ws().next("outcome"))
            .map(outcome -> {
              ctx.verify(() -> {
                assertEquals(true, outcome.getBoolean("correct"));
                assertFalse(anna.ws().received().stream().anyMatch(m -> "question".equals(m.getString("type"))),
                    "the replaced connection gets nothing more");
              });
              return null;
            });
      });
    })).onComplete(ctx.succeedingThenComplete());
  }

  // ---- kick and lock ----

  @Test
  @DisplayName("a kicked player is told and let go, its token is refused with \"kicked\", and the host's lobby drops it")
  void kick(VertxTestContext ctx) {
    room().compose(room -> room.join("Anna", "Ben").compose(ps -> {
      Player anna = ps.get(0);
      Player ben = ps.get(1);
      return room.hostLobby(list -> list.size() == 2)
          .compose(lobby -> ben.ws().ask(new JsonObject().put("type", "kick").put("playerId", ben.id()), "error"))
          .compose(err -> {
            ctx.verify(() -> assertEquals("forbidden", err.getString("code"), "only the host kicks"));
            room.host().send(new JsonObject().put("type", "kick").put("playerId", ben.id()));
            return ben.ws().next("kicked");
          })
          .compose(kicked -> ben.ws().closed())
          .compose(code -> room.hostLobby(list -> list.size() == 1))
          .compose(lobby -> {
            ctx.verify(() -> assertTrue(TestRoom.lists(lobby.getJsonArray("players"), anna.id(), true), lobby.encode()));
            return server.ws();
          })
          .compose(again -> again.ask(Ws.resume(room.pin(), ben.token()), "error"))
          .map(err -> {
            ctx.verify(() -> assertEquals("kicked", err.getString("code")));
            return null;
          });
    })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a locked room refuses joins with \"locked\" but lets its players resume; unlocked, it takes joins again")
  void lockAndUnlock(VertxTestContext ctx) {
    room().compose(room -> room.join("Anna").compose(anna -> {
      room.host().send(Ws.command("lock"));
      return room.host().nextUntil("lobby", m -> m.getBoolean("locked"))
          .compose(lobby -> server.http.get("/api/rooms/" + room.pin()).send())
          .compose(info -> {
            ctx.verify(() -> assertEquals(false, info.bodyAsJsonObject().getBoolean("joinable")));
            return server.ws();
          })
          .compose(carl -> carl.ask(Ws.join(room.pin(), "Carl"), "error"))
          .compose(err -> {
            ctx.verify(() -> assertEquals("locked", err.getString("code")));
            return anna.ws().close();
          })
          .compose(v -> room.hostLobby(list -> TestRoom.lists(list, anna.id(), false)))
          .compose(lobby -> room.resume(anna.token()))
          .compose(back -> {
            ctx.verify(() -> assertEquals("Anna", back.welcome().getString("name")));
            room.host().send(Ws.command("unlock"));
            return room.host().nextUntil("lobby", m -> !m.getBoolean("locked"));
          })
          .compose(lobby -> room.join("Carl"))
          .compose(carl -> room.hostLobby(list -> list.size() == 2));
    })).onComplete(ctx.succeedingThenComplete());
  }

  // ---- the host ----

}
