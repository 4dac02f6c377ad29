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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the host steers a game, one behaviour per test.
 */
@DisplayName("The host steers the game: reconnect, time-out, close, end")
class HostControlTest extends GameControlFixture {
  @Test
  @DisplayName("a host that reconnects mid-question gets the welcome and the open question, and can close it and go on")
  void hostReconnects(VertxTestContext ctx) {
    room().compose(room -> room.join("Anna", "Ben").compose(ps -> {
      Player anna = ps.get(0);
      Player ben = ps.get(1);
      return room.start(ps)
          .compose(v -> anna.ws().ask(choice(0, RIGHT[0]), "answered"))
          .compose(v -> room.host().close())
          .compose(v -> server.ws())
          .compose(host -> host.ask(Ws.host(room.pin(), room.hostKey()), "welcome").compose(w -> {
            ctx.verify(() -> {
              assertEquals("host", w.getString("role"));
              assertEquals("question", w.getJsonObject("state").getString("phase"));
              assertEquals(0, w.getJsonObject("state").getInteger("index"));
            });
            return host.next("question");
          }).compose(q -> {
            ctx.verify(() -> {
              assertEquals(0, q.getInteger("index"));
              assertTrue(q.getLong("remainingMs") > 0 && q.getLong("remainingMs") <= LIMIT_SECONDS * 1000L, q.encode());
            });
            return host.next("progress");
          }).compose(progress -> {
            ctx.verify(() -> {
              assertEquals(1, progress.getInteger("answered"));
              assertEquals(2, progress.getInteger("players"));
            });
            return host.ask(Ws.command("close"), "reveal");
          }).compose(reveal -> {
            ctx.verify(() -> assertEquals(1, reveal.getInteger("answered")));
            return Future.all(anna.ws().next("outcome"), ben.ws().next("outcome"));
          }).compose(outcomes -> {
            ctx.verify(() -> {
              assertEquals(true, outcomes.<JsonObject>resultAt(0).getBoolean("correct"));
              assertEquals(false, outcomes.<JsonObject>resultAt(1).getBoolean("answered"));
            });
            host.send(Ws.command("next"));
            return Future.all(anna.ws().next("question"), ben.ws().next("question"), host.next("question"));
          }).map(qs -> {
            ctx.verify(() -> assertEquals(1, qs.<JsonObject>resultAt(2).getInteger("index")));
            return null;
          }));
    })).onComplete(ctx.succeedingThenComplete());
  }

  // ---- how a question closes ----

  @Test
  @DisplayName("when the time is up the question closes on its own: no answer scores 0, and a late answer is \"too-late\"")
  void timeOut(VertxTestContext ctx) {
    room(new JsonObject().put("timeLimitSeconds", 5)).compose(room -> room.join("Anna", "Ben").compose(ps -> {
      Player anna = ps.get(0);
      Future<JsonObject> question = anna.ws().next("question");
      room.host().send(Ws.command("start"));
      return question.compose(q -> {
        long shownAt = System.nanoTime();
        ctx.verify(() -> assertEquals(5000, q.getInteger("timeLimitMs")));
        return Future.all(anna.ws().next("outcome"), room.host().next("reveal")).map(all -> {
          long waitedMs = (System.nanoTime() - shownAt) / 1_000_000;
          JsonObject outcome = all.resultAt(0);
          ctx.verify(() -> {
            // The question reached this client a little after it opened: allow for that delay.
            assertTrue(waitedMs >= 4_500, "closed by the clock, after " + waitedMs + " ms");
            assertEquals(0, outcome.getInteger("points"));
            assertEquals(false, outcome.getBoolean("answered"));
            assertEquals(false, outcome.getBoolean("correct"));
            assertEquals(0, outcome.getInteger("streak"));
            assertEquals(0, all.<JsonObject>resultAt(1).getInteger("answered"));
          });
          return null;
        });
      }).compose(v -> anna.ws().send(choice(0, RIGHT[0])).error("too-late"));
    })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("the host closes a question early: it is revealed at once, the silent player scores 0 and is then \"too-late\"")
  void closeEarly(VertxTestContext ctx) {
    room().compose(room -> room.join("Anna", "Ben").compose(ps -> {
      Player anna = ps.get(0);
      Player ben = ps.get(1);
      return room.start(ps)
          .compose(v -> anna.ws().ask(choice(0, RIGHT[0]), "answered"))
          .compose(v -> room.host().ask(Ws.command("close"), "reveal"))
          .compose(reveal -> {
            ctx.verify(() -> {
              assertEquals(0, reveal.getInteger("index"));
              assertEquals(new JsonObject().put("choice", new JsonArray().add(RIGHT[0])), reveal.getJsonObject("correct"));
              assertEquals(new JsonArray().add(0).add(1).add(0), reveal.getJsonArray("counts"));
            });
            return Future.all(anna.ws().next("outcome"), ben.ws().next("outcome"));
          })
          .compose(outcomes -> {
            JsonObject a = outcomes.resultAt(0);
            JsonObject b = outcomes.resultAt(1);
            ctx.verify(() -> {
              assertEquals(true, a.getBoolean("correct"));
              assertTrue(a.getInteger("points") >= 500, a.encode());
              assertEquals(1, a.getInteger("rank"));
              assertEquals(0, b.getInteger("points"));
              assertEquals(false, b.getBoolean("answered"));
              assertEquals(2, b.getInteger("rank"));
            });
            return ben.ws().send(choice(0, RIGHT[0])).error("too-late");
          });
    })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a question closes as soon as every connected player has answered, without waiting for one who left")
  void closesWhenEveryoneAnswered(VertxTestContext ctx) {
    room().compose(room -> room.join("Anna", "Ben", "Carl").compose(ps -> {
      Player carl = ps.get(2);
      return carl.ws().close()
          .compose(v -> room.hostLobby(list -> TestRoom.lists(list, carl.id(), false)))
          .compose(lobby -> room.start(ps.subList(0, 2)))
          .compose(v -> ps.get(0).ws().ask(choice(0, RIGHT[0]), "answered"))
          .compose(v -> ps.get(1).ws().ask(choice(0, RIGHT[0] + 1), "answered"))
          // No close from the host: the reveal and the outcomes come by themselves.
          .compose(v -> Future.all(room.host().next("reveal"), ps.get(0).ws().next("outcome"), ps.get(1).ws().next("outcome")))
          .map(all -> {
            ctx.verify(() -> {
              assertEquals(2, all.<JsonObject>resultAt(0).getInteger("answered"));
              assertEquals(true, all.<JsonObject>resultAt(1).getBoolean("correct"));
              assertEquals(false, all.<JsonObject>resultAt(2).getBoolean("correct"));
            });
            return null;
          });
    })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a question closes when the last player who has not answered leaves")
  void closesWhenTheLastSilentPlayerLeaves(VertxTestContext ctx) {
    room().compose(room -> room.join("Anna", "Ben").compose(ps -> {
      Player anna = ps.get(0);
      Player ben = ps.get(1);
      return room.start(ps)
          .compose(v -> anna.ws().ask(choice(0, RIGHT[0]), "answered"))
          .compose(v -> {
            Future<JsonObject> reveal = room.host().next("reveal");
            ben.ws().close();
            return Future.all(reveal, anna.ws().next("outcome"));
          })
          .map(all -> {
            ctx.verify(() -> {
              assertEquals(1, all.<JsonObject>resultAt(0).getInteger("answered"));
              assertEquals(true, all.<JsonObject>resultAt(1).getBoolean("correct"));
            });
            return null;
          });
    })).onComplete(ctx.succeedingThenComplete());
  }

  // ---- the end ----

  @Test
  @DisplayName("\"next\" after the last question finishes the game: everyone gets finished, players with their score and rank")
  void nextAfterLastFinishes(VertxTestContext ctx) {
    room(new JsonObject().put("questions", new JsonArray().add("gc-0"))).compose(room -> room.join("Anna").compose(anna ->
        room.start(List.of(anna))
            .compose(v -> anna.ws().ask(choice(0, RIGHT[0]), "answered"))
            .compose(v -> Future.all(anna.ws().next("outcome"), room.host().next("reveal")))
            .compose(all -> {
              JsonObject outcome = all.resultAt(0);
              room.host().send(Ws.command("next"));
              return Future.all(anna.ws().next("finished"), room.host().next("finished")).map(fin -> {
                JsonObject mine = fin.resultAt(0);
                JsonObject host = fin.resultAt(1);
                ctx.verify(() -> {
                  assertNotNull(host.getString("sessionId"));
                  assertEquals(host.getString("sessionId"), mine.getString("sessionId"));
                  assertEquals(outcome.getInteger("score"), mine.getInteger("score"));
                  assertEquals(1, mine.getInteger("rank"));
                  JsonArray podium = host.getJsonArray("podium");
                  assertEquals(1, podium.size());
                  assertEquals(anna.id(), podium.getJsonObject(0).getString("playerId"));
                  assertEquals(1, podium.getJsonObject(0).getInteger("rank"));
                });
                return null;
              });
            })
    )).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("the host ends the game early: finished goes to everyone and the session is saved as finished with what was answered")
  void endEarly(VertxTestContext ctx) {
    room().compose(room -> room.join("Anna", "Ben").compose(ps -> {
      Player anna = ps.get(0);
      Player ben = ps.get(1);
      return room.start(ps)
          .compose(v -> anna.ws().ask(choice(0, RIGHT[0]), "answered"))
          .compose(v -> {
            room.host().send(Ws.command("end"));
            return Future.all(room.host().next("finished"), anna.ws().next("finished"), ben.ws().next("finished"));
          })
          .compose(fin -> {
            String sessionId = fin.<JsonObject>resultAt(0).getString("sessionId");
            ctx.verify(() -> {
              assertNotNull(sessionId);
              assertTrue(fin.<JsonObject>resultAt(1).getInteger("score") > 0);
              assertEquals(1, fin.<JsonObject>resultAt(1).getInteger("rank"));
              assertEquals(0, fin.<JsonObject>resultAt(2).getInteger("score"));
            });
            return server.get("/api/sessions/" + sessionId);
          })
          .map(r -> {
            ctx.verify(() -> {
              assertEquals(200, r.statusCode(), r.bodyAsString());
              JsonObject s = r.bodyAsJsonObject();
              assertNotNull(s.getString("finishedAt"), "saved as finished");
              assertEquals(2, s.getJsonArray("players").size());
              assertEquals(1, s.getJsonArray("questions").size(), "only the question asked");
              assertEquals(1, s.getJsonArray("answers").size());
              assertEquals(anna.id(), s.getJsonArray("answers").getJsonObject(0).getString("playerId"));
            });
            return null;
          });
    })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a command that does not fit the room's state gets \"bad-state\" and changes nothing")
  void badState(VertxTestContext ctx) {
    room(new JsonObject().put("questions", new JsonArray().add("gc-0"))).compose(room -> room.join("Anna").compose(anna -> {
      Ws host = room.host();
      return expectBadState(host, "next", "close")
          .compose(v -> room.start(List.of(anna)))
          .compose(v -> expectBadState(host, "start", "next"))
          .compose(v -> anna.ws().ask(choice(0, RIGHT[0]), "answered"))
          .compose(v -> host.next("reveal"))
          .compose(v -> expectBadState(host, "start", "close"))
          .compose(v -> host.ask(Ws.command("next"), "finished"))
          .compose(v -> expectBadState(host, "start", "next", "close", "end", "lock"))
          .compose(v -> server.http.get("/api/rooms/" + room.pin()).send())
          .map(info -> {
            ctx.verify(() -> assertEquals("finished", info.bodyAsJsonObject().getString("state")));
            return null;
          });
    })).onComplete(ctx.succeedingThenComplete());
  }

  /** Sends each command in turn; each must be refused with bad-state. */
  private static Future<Void> expectBadState(Ws host, String... commands) {
    Future<Void> chain = Future.succeededFuture();
    for (String command : commands) {
      chain = chain.compose(v -> host.ask(Ws.command(command), "error")).map(err -> {
        assertEquals("bad-state", err.getString("code"), "\"" + command + "\": " + err.encode());
        return null;
      });
    }
    return chain;
  }
}
