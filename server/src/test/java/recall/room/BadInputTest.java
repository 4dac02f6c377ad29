package recall.room;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.app.Config;
import recall.support.LogWatch;
import recall.support.TestServer;
import recall.support.Ws;
import recall.room.BadInputStage.Room;
import recall.room.BadInputStage.Seat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static recall.room.BadInputStage.QUIZ;
import static recall.room.BadInputStage.RIGHT;
import static recall.room.BadInputStage.answerRight;
import static recall.room.BadInputStage.answeredBy;
import static recall.room.BadInputStage.codes;
import static recall.room.BadInputStage.hellos;
import static recall.room.BadInputStage.names;
import static recall.room.BadInputStage.sorted;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each bad input a client can send gets the contract's error, and nothing else in the room changes:
 * the other players, the host's lobby, and the answers already acknowledged stay as they were.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("Bad input gets the contract's error and changes nothing else")
class BadInputTest {
  private static TestServer server;
  private static BadInputStage stage;
  private static LogWatch log;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    log = LogWatch.start();
    TestServer.start(vertx, BadInputTest.class)
        .compose(s -> {
          server = s;
          stage = new BadInputStage(s);
          return s.createQuiz(QUIZ);
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    server.stop().onComplete(ar -> {
      log.stop();
      ctx.completeNow();
    });
  }

  @BeforeEach
  void forgetLog() {
    log.clear();
  }

  @AfterEach
  void nothingLogged() {
    assertEquals(List.of(), log.problems(), "client mistakes are never logged as errors");
  }

  // ---- frames that are not the contract's messages ----

  @Test
  @DisplayName("a frame that is not a JSON object gets bad-message, and the room is as it was")
  void malformedJson(VertxTestContext ctx) {
    List<String> frames = List.of("{not json", "", "null", "[1,2]", "42", "\"join\"", "{\"type\":\"join\",",
        "[".repeat(5000) + "]".repeat(5000));
    stage.inLobby((room, anna, ben) -> {
      for (String f : frames) anna.ws().sendText(f);
      anna.ws().sendBinary(Buffer.buffer("{\"type\":\"ping\"}"));
      return codes(anna.ws(), frames.size() + 1).map(codes -> {
        assertEquals(Collections.nCopies(frames.size() + 1, "bad-message"), codes);
        assertFalse(anna.ws().isClosed());
        return null;
      });
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a JSON object without a \"type\" string gets bad-message")
  void noType(VertxTestContext ctx) {
    List<String> frames = List.of("{}", "{\"type\":5}", "{\"type\":null}", "{\"type\":[\"join\"]}", "{\"pin\":\"123456\",\"name\":\"Eve\"}");
    stage.inLobby((room, anna, ben) -> {
      frames.forEach(anna.ws()::sendText);
      return codes(anna.ws(), frames.size()).map(codes -> {
        assertEquals(Collections.nCopies(frames.size(), "bad-message"), codes);
        return null;
      });
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an unknown type gets bad-message")
  void unknownType(VertxTestContext ctx) {
    stage.inLobby((room, anna, ben) -> {
      anna.ws().send(Ws.command("dance")).send(Ws.command("ANSWER")).send(Ws.command("welcome"));
      return codes(anna.ws(), 3).map(codes -> {
        assertEquals(List.of("bad-message", "bad-message", "bad-message"), codes);
        return null;
      });
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a hello with fields of the wrong kind gets bad-message, and the same socket may then join")
  void wrongFieldKindsInHello(VertxTestContext ctx) {
    stage.inLobby((room, anna, ben) -> server.ws().compose(ws -> {
      ws.send(new JsonObject().put("type", "join").put("pin", Integer.parseInt(room.pin())).put("name", "Cara"))
          .send(new JsonObject().put("type", "join").put("pin", room.pin()).put("name", new JsonArray().add("Cara")))
          .send(new JsonObject().put("type", "join").put("pin", room.pin()))
          .send(new JsonObject().put("type", "resume").put("pin", room.pin()).put("token", 12))
          .send(new JsonObject().put("type", "host").put("pin", room.pin()).put("key", true));
      return codes(ws, 5).compose(codes -> {
        assertEquals(Collections.nCopies(5, "bad-message"), codes);
        return ws.ask(Ws.join(room.pin(), "Cara"), "welcome");
      }).compose(welcome -> {
        assertEquals("Cara", welcome.getString("name"));
        return stage.lobby(room);
      }).map(players -> {
        assertEquals(List.of("Anna", "Ben", "Cara"), names(players));
        return null;
      });
    }), false).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an answer or command with fields of the wrong kind gets bad-message and uses up nothing")
  void wrongFieldKindsInGame(VertxTestContext ctx) {
    stage.inQuestion((room, anna, ben) -> {
      anna.ws().send(new JsonObject().put("type", "answer").put("index", "0").put("choice", new JsonArray().add(RIGHT)))
          .send(new JsonObject().put("type", "answer").put("choice", new JsonArray().add(RIGHT)))
          .send(new JsonObject().put("type", "answer").put("index", 0.5).put("choice", new JsonArray().add(RIGHT)))
          .send(Ws.answer(0, "choice", String.valueOf(RIGHT)))
          .send(Ws.answer(0, "choice", new JsonArray().add(1.5)))
          .send(Ws.answer(0, "choice", new JsonArray().add("1")));
      room.host().send(new JsonObject().put("type", "kick").put("playerId", 7));
      return codes(anna.ws(), 6)
          .compose(codes -> {
            assertEquals(Collections.nCopies(6, "bad-message"), codes);
            return room.host().error("bad-message");
          })
          .compose(e -> answerRight(anna))
          .compose(a -> answerRight(ben))
          .compose(a -> anna.ws().next("outcome"))
          .compose(outcome -> {
            assertTrue(outcome.getBoolean("correct"), outcome.encode());
            return stage.end(room);
          })
          .map(session -> {
            assertEquals(2, session.getJsonArray("answers").size(), "only the two right answers are saved");
            assertEquals(2, session.getJsonArray("players").size(), "nobody was kicked");
            return null;
          });
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("any message but a hello (or ping) before hello gets hello-first")
  void helloFirst(VertxTestContext ctx) {
    stage.inLobby((room, anna, ben) -> server.ws().compose(ws -> {
      ws.send(Ws.answer(0, "choice", new JsonArray().add(RIGHT))).send(Ws.command("start")).send(Ws.command("dance"))
          .send(new JsonObject().put("type", "kick").put("playerId", anna.id()));
      return codes(ws, 4).compose(codes -> {
        assertEquals(Collections.nCopies(4, "hello-first"), codes);
        return ws.ask(Ws.command("ping"), "pong");
      }).compose(pong -> stage.info(room)).map(info -> {
        assertEquals("lobby", info.getString("state"));
        assertEquals(2, info.getInteger("players"));
        return null;
      });
    })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a frame over 64 KiB gets too-large and a close 1008; the player may resume and the others play on")
  void tooLarge(VertxTestContext ctx) {
    stage.inLobby((room, anna, ben) -> {
      String big = new JsonObject().put("type", "answer").put("index", 0).put("text", "x".repeat(70 * 1024)).encode();
      Future<JsonObject> refused = anna.ws().error("too-large");
      anna.ws().sendText(big);
      return refused
          .compose(e -> anna.ws().closed())
          .compose(code -> {
            assertEquals((short) 1008, code);
            return stage.lobby(room);
          })
          .compose(players -> {
            assertEquals(List.of("Anna", "Ben"), names(players));
            assertEquals(false, players.getJsonObject(0).getBoolean("connected"));
            assertEquals(true, players.getJsonObject(1).getBoolean("connected"));
            return server.ws();
          })
          .compose(again -> again.ask(Ws.resume(room.pin(), anna.token()), "welcome"))
          .map(welcome -> {
            assertEquals(anna.id(), welcome.getString("playerId"));
            return null;
          });
    }, false).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("more than 20 messages a second get rate-limited; the socket stays open and other players are not limited")
  void flood(VertxTestContext ctx) {
    int sent = 45;
    stage.inLobby((room, anna, ben) -> {
      for (int i = 0; i < sent; i++) anna.ws().send(Ws.answer(0, "choice", new JsonArray().add(RIGHT)));
      return codes(anna.ws(), sent).compose(codes -> {
        long limited = codes.stream().filter("rate-limited"::equals).count();
        long handled = codes.stream().filter("not-open"::equals).count();
        // 45 messages fall in at most two one-second windows: at least 5 of them are over the limit.
        assertTrue(limited >= 5, codes::toString);
        assertTrue(handled <= 40, codes::toString);
        assertEquals(sent, limited + handled, codes::toString);
        assertFalse(anna.ws().isClosed());
        return ben.ws().ask(Ws.answer(0, "choice", new JsonArray().add(RIGHT)), "error");
      }).map(e -> {
        assertEquals("not-open", e.getString("code"), "Ben is not limited for Anna's flood");
        return null;
      });
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a client that keeps flooding is closed with 1008; the room goes on")
  void floodClosed(VertxTestContext ctx) {
    stage.inLobby((room, anna, ben) -> {
      // 250 in at most two one-second windows: one of them holds more than 100.
      for (int i = 0; i < 250; i++) anna.ws().send(Ws.command("ping"));
      return anna.ws().closed().compose(code -> {
        assertEquals((short) 1008, code);
        return ben.ws().ask(Ws.command("ping"), "pong");
      }).compose(pong -> stage.lobby(room)).map(players -> {
        assertEquals(List.of("Anna", "Ben"), names(players), "Anna stays a player, and may resume");
        assertEquals(List.of(false, true), List.of(players.getJsonObject(0).getBoolean("connected"), players.getJsonObject(1).getBoolean("connected")));
        return null;
      });
    }, false).onComplete(ctx.succeedingThenComplete());
  }

  // ---- answers that do not fit ----

  @Test
  @DisplayName("an answer to a question that is not open gets not-open and uses up nothing")
  void notOpen(VertxTestContext ctx) {
    stage.inLobby((room, anna, ben) -> anna.ws().ask(Ws.answer(0, "choice", new JsonArray().add(RIGHT)), "error")
        .compose(e -> {
          assertEquals("not-open", e.getString("code"), "no question is open in the lobby");
          return stage.started(room, anna, ben);
        })
        .compose(v -> {
          anna.ws().send(Ws.answer(1, "choice", new JsonArray().add(RIGHT)))
              .send(Ws.answer(-1, "choice", new JsonArray().add(RIGHT)))
              .send(Ws.answer(99, "text", "Kirov"));
          return codes(anna.ws(), 3);
        })
        .compose(codes -> {
          assertEquals(List.of("not-open", "not-open", "not-open"), codes);
          return answerRight(anna);
        })
        .compose(a -> answerRight(ben))
        .compose(a -> stage.end(room))
        .map(session -> {
          assertEquals(sorted(anna.id(), ben.id()), answeredBy(session, 0));
          return null;
        }), false).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an answer after the host closed the question gets too-late; the answers acknowledged before stay")
  void tooLateAfterClose(VertxTestContext ctx) {
    stage.inQuestion((room, anna, ben) -> answerRight(ben)
        .compose(a -> room.host().send(Ws.command("close")).next("reveal"))
        .compose(reveal -> anna.ws().ask(Ws.answer(0, "choice", new JsonArray().add(RIGHT)), "error"))
        .compose(e -> {
          assertEquals("too-late", e.getString("code"));
          return Future.all(anna.ws().next("outcome"), ben.ws().next("outcome"));
        })
        .compose(outcomes -> {
          JsonObject a = outcomes.resultAt(0);
          JsonObject b = outcomes.resultAt(1);
          assertEquals(false, a.getBoolean("answered"));
          assertEquals(0, a.getInteger("points"));
          assertTrue(b.getBoolean("correct"));
          return stage.end(room);
        })
        .map(session -> {
          assertEquals(List.of(ben.id()), answeredBy(session, 0));
          return null;
        })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an answer after the time limit gets too-late")
  void tooLateAfterTimeLimit(Vertx vertx, VertxTestContext ctx) {
    Config base = Config.forTests(TestServer.dbName(BadInputTest.class), TestServer.QUESTIONS);
    Config oneSecond = base.withDefaultTimeLimit(1);
    TestServer.start(vertx, oneSecond).compose(quick -> quick.createQuiz(QUIZ)
            .compose(id -> quick.openRoom(new JsonObject().put("quiz", "bad-input")))
            .compose(r -> Future.all(BadInputStage.hostOf(quick, r), quick.ws()))
            .compose(all -> {
              Room room = all.resultAt(0);
              Ws anna = all.resultAt(1);
              return anna.ask(Ws.join(room.pin(), "Anna"), "welcome")
                  .compose(w -> room.host().send(Ws.command("start")).next("question"))
                  .compose(q -> anna.next("outcome"))
                  .compose(outcome -> {
                    assertEquals(false, outcome.getBoolean("answered"), "the time ran out");
                    return anna.ask(Ws.answer(0, "choice", new JsonArray().add(RIGHT)), "error");
                  })
                  .compose(e -> {
                    assertEquals("too-late", e.getString("code"));
                    return room.host().send(Ws.command("end")).next("finished");
                  })
                  .compose(fin -> quick.get("/api/sessions/" + fin.getString("sessionId")))
                  .map(r -> {
                    assertEquals(0, r.bodyAsJsonObject().getJsonArray("answers").size());
                    return null;
                  });
            })
            .eventually(quick::stop))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a second answer to the same question gets already-answered; the first one counts and is saved once")
  void alreadyAnswered(VertxTestContext ctx) {
    stage.inQuestion((room, anna, ben) -> answerRight(anna)
        .compose(a -> {
          anna.ws().send(Ws.answer(0, "choice", new JsonArray().add(RIGHT + 1)))
              .send(Ws.answer(0, "choice", new JsonArray().add(RIGHT)));
          return codes(anna.ws(), 2);
        })
        .compose(codes -> {
          assertEquals(List.of("already-answered", "already-answered"), codes);
          return answerRight(ben);
        })
        .compose(a -> anna.ws().next("outcome"))
        .compose(outcome -> {
          assertTrue(outcome.getBoolean("correct"), "the first answer counts: " + outcome.encode());
          return stage.end(room);
        })
        .map(session -> {
          assertEquals(sorted(anna.id(), ben.id()), answeredBy(session, 0));
          JsonObject saved = session.getJsonArray("answers").getJsonObject(0);
          assertEquals(new JsonObject().put("choice", new JsonArray().add(RIGHT)), saved.getJsonObject("answer"));
          return null;
        })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an answer of the wrong shape for the question gets bad-answer and uses up nothing")
  void badAnswer(VertxTestContext ctx) {
    stage.inQuestion((room, anna, ben) -> {
      anna.ws().send(Ws.answer(0, "choice", new JsonArray().add(7)))
          .send(Ws.answer(0, "choice", new JsonArray().add(0).add(1)))
          .send(Ws.answer(0, "choice", new JsonArray()))
          .send(Ws.answer(0, "choice", new JsonArray().add(-1)))
          .send(Ws.answer(0, "text", "B"))
          .send(Ws.answer(0, "choice", new JsonArray(Collections.nCopies(21, 1))));
      return codes(anna.ws(), 6)
          .compose(codes -> {
            assertEquals(Collections.nCopies(6, "bad-answer"), codes);
            return answerRight(anna);
          })
          .compose(a -> answerRight(ben))
          .compose(a -> room.host().next("reveal"))
          .compose(reveal -> stage.nextQuestion(room, anna, ben))
          .compose(v -> {
            anna.ws().send(Ws.answer(1, "text", "K".repeat(201)))
                .send(Ws.answer(1, "text", "   "))
                .send(Ws.answer(1, "choice", new JsonArray().add(0)));
            return codes(anna.ws(), 3);
          })
          .compose(codes -> {
            assertEquals(List.of("bad-answer", "bad-answer", "bad-answer"), codes);
            return anna.ws().ask(Ws.answer(1, "text", "kirov"), "answered");
          })
          .compose(a -> stage.end(room))
          .map(session -> {
            assertEquals(sorted(anna.id(), ben.id()), answeredBy(session, 0));
            assertEquals(List.of(anna.id()), answeredBy(session, 1));
            return null;
          });
    }).onComplete(ctx.succeedingThenComplete());
  }

  // ---- who may do what ----

  @Test
  @DisplayName("a host command from a player gets forbidden and changes nothing")
  void forbidden(VertxTestContext ctx) {
    List<String> commands = List.of("start", "next", "close", "lock", "unlock", "end");
    stage.inLobby((room, anna, ben) -> {
      commands.forEach(c -> anna.ws().send(Ws.command(c)));
      anna.ws().send(new JsonObject().put("type", "kick").put("playerId", ben.id()));
      return codes(anna.ws(), commands.size() + 1)
          .compose(codes -> {
            assertEquals(Collections.nCopies(commands.size() + 1, "forbidden"), codes);
            return stage.info(room);
          })
          .compose(info -> {
            assertEquals("lobby", info.getString("state"));
            assertEquals(true, info.getBoolean("joinable"), "not locked");
            assertFalse(ben.ws().isClosed(), "Ben was not kicked");
            return stage.started(room, anna, ben);
          })
          .map(v -> null);
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a wrong PIN gets no-room for join, resume and host, and the same socket may then join")
  void wrongPin(VertxTestContext ctx) {
    stage.inLobby((room, anna, ben) -> Future.all(server.ws(), stage.unusedPin()).compose(all -> {
      Ws ws = all.resultAt(0);
      String wrong = all.resultAt(1);
      return hellos(ws, List.of(Ws.join(wrong, "Cara"), Ws.resume(wrong, anna.token()), Ws.host(wrong, room.hostKey()),
          Ws.join("12345", "Cara"), Ws.join("", "Cara"))).compose(codes -> {
        assertEquals(Collections.nCopies(5, "no-room"), codes);
        return ws.ask(Ws.join(room.pin(), "Cara"), "welcome");
      }).compose(w -> stage.lobby(room)).map(players -> {
        assertEquals(List.of("Anna", "Ben", "Cara"), names(players), "the wrong PINs changed nothing here");
        return null;
      });
    }), false).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a finished room's PIN gets no-room for a new player")
  void finishedPin(VertxTestContext ctx) {
    stage.inLobby((room, anna, ben) -> stage.started(room, anna, ben)
        .compose(v -> room.host().send(Ws.command("end")).next("finished"))
        .compose(fin -> server.ws())
        .compose(ws -> ws.ask(Ws.join(room.pin(), "Cara"), "error"))
        .map(e -> {
          assertEquals("no-room", e.getString("code"));
          return null;
        }), false).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a wrong host key is refused; the socket gets no host powers and the lobby is unchanged")
  void wrongHostKey(VertxTestContext ctx) {
    stage.inLobby((room, anna, ben) -> server.ws().compose(ws -> ws.ask(Ws.host(room.pin(), room.hostKey() + "x"), "error")
        .compose(e -> {
          assertEquals("forbidden", e.getString("code"));
          return ws.ask(Ws.host(room.pin(), ""), "error");
        })
        .compose(e -> {
          assertEquals("forbidden", e.getString("code"));
          return ws.ask(Ws.command("start"), "error");
        })
        .compose(e -> {
          assertEquals("hello-first", e.getString("code"), "a refused host is still nobody");
          assertTrue(ws.received().stream().noneMatch(m -> "lobby".equals(m.getString("type"))), "no lobby for a refused host");
          return stage.info(room);
        })
        .map(info -> {
          assertEquals("lobby", info.getString("state"));
          return null;
        }))).onComplete(ctx.succeedingThenComplete());
  }

  // ---- names ----

  @Test
  @DisplayName("a name with HTML is plain text: echoed back exactly, to the player and the host")
  void htmlName(VertxTestContext ctx) {
    String html = "<img src=x onerror=a()>";
    stage.inLobby((room, anna, ben) -> server.ws().compose(ws -> ws.ask(Ws.join(room.pin(), html), "welcome"))
        .compose(welcome -> {
          assertEquals(html, welcome.getString("name"));
          return stage.lobby(room);
        })
        .map(players -> {
          assertEquals(List.of("Anna", "Ben", html), names(players));
          return null;
        }), false).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a name of 28 characters with HTML is over the 24-character limit: bad-name")
  void longHtmlName(VertxTestContext ctx) {
    stage.inLobby((room, anna, ben) -> server.ws().compose(ws -> ws.ask(Ws.join(room.pin(), "<img src=x onerror=alert(1)>"), "error"))
        .map(e -> {
          assertEquals("bad-name", e.getString("code"));
          return null;
        })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a name of 200 characters, a blank name or one with a control character gets bad-name; 24 characters are fine")
  void badName(VertxTestContext ctx) {
    stage.inLobby((room, anna, ben) -> server.ws().compose(ws -> {
      List<String> names = List.of("n".repeat(200), "", "   \t ", "x".repeat(25), "Ann\na");
      return hellos(ws, names.stream().map(n -> Ws.join(room.pin(), n)).toList()).compose(codes -> {
        assertEquals(Collections.nCopies(5, "bad-name"), codes);
        return stage.lobby(room);
      }).compose(players -> {
        assertEquals(List.of("Anna", "Ben"), names(players));
        return ws.ask(Ws.join(room.pin(), "  " + "y".repeat(24) + "  "), "welcome");
      }).map(welcome -> {
        assertEquals("y".repeat(24), welcome.getString("name"), "trimmed");
        return null;
      });
    }), false).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a name already in the room, in any case, gets name-taken")
  void nameTaken(VertxTestContext ctx) {
    stage.inLobby((room, anna, ben) -> server.ws().compose(ws -> {
      return hellos(ws, List.of(Ws.join(room.pin(), "ANNA"), Ws.join(room.pin(), " anna "), Ws.join(room.pin(), "Ben"))).compose(codes -> {
        assertEquals(Collections.nCopies(3, "name-taken"), codes);
        return stage.lobby(room);
      }).map(players -> {
        assertEquals(List.of("Anna", "Ben"), names(players));
        return null;
      });
    })).onComplete(ctx.succeedingThenComplete());
  }

  // ---- connections ----

  @Test
  @DisplayName("a second connection with the same token replaces the first, which gets replaced and is closed")
  void secondConnectionReplaces(VertxTestContext ctx) {
    stage.inQuestion((room, anna, ben) -> answerRight(anna)
        .compose(a -> server.ws())
        .compose(phone -> {
          Future<JsonObject> replaced = anna.ws().error("replaced");
          return phone.ask(Ws.resume(room.pin(), anna.token()), "welcome")
              .compose(welcome -> {
                assertEquals(anna.id(), welcome.getString("playerId"));
                assertEquals("Anna", welcome.getString("name"));
                assertEquals(true, welcome.getJsonObject("question").getBoolean("answered"), "the answer is kept");
                return replaced;
              })
              .compose(e -> anna.ws().closed())
              .compose(code -> stage.lobby(room))
              .compose(players -> {
                assertEquals(List.of("Anna", "Ben"), names(players));
                assertTrue(players.stream().allMatch(p -> ((JsonObject) p).getBoolean("connected")), players.encode());
                return answerRight(ben);
              })
              .compose(a -> phone.next("outcome"))
              .map(outcome -> {
                assertTrue(outcome.getBoolean("correct"));
                assertTrue(anna.ws().received().stream().noneMatch(m -> "outcome".equals(m.getString("type"))),
                    "the replaced socket hears nothing more");
                return null;
              });
        })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an upgrade from a foreign Origin is refused 403; the server's own origin and no Origin are let in")
  void origin(Vertx vertx, VertxTestContext ctx) {
    String own = "http://127.0.0.1:" + server.port();
    Future<Ws> foreign = stage.connectWithOrigin(vertx, "http://evil.example");
    Future<Ws> otherPort = stage.connectWithOrigin(vertx, "http://127.0.0.1:1");
    Future<Ws> same = stage.connectWithOrigin(vertx, own);
    Future<Ws> none = server.ws();
    Future.join(foreign, otherPort, same, none)
        .transform(ar -> {
          for (Future<Ws> refused : List.of(foreign, otherPort)) {
            assertTrue(refused.failed(), "a foreign origin is refused");
            UpgradeRejectedException e = assertInstanceOf(UpgradeRejectedException.class, refused.cause());
            assertEquals(403, e.getStatus());
          }
          assertTrue(same.succeeded(), () -> "same origin: " + same.cause());
          assertTrue(none.succeeded(), () -> "no origin: " + none.cause());
          return stage.room().compose(room -> same.result().ask(Ws.join(room.pin(), "Anna"), "welcome"));
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("joins over RECALL_JOIN_LIMIT from one address get rate-limited; the players already in are untouched")
  void joinFlood(Vertx vertx, VertxTestContext ctx) {
    // Five a minute: the host's hello and four joins.
    TestServer.start(vertx, Config.forTests(TestServer.dbName(BadInputTest.class), TestServer.QUESTIONS).withJoinLimit(5))
        .compose(limited -> limited.createQuiz(QUIZ)
            .compose(id -> limited.openRoom(new JsonObject().put("quiz", "bad-input")))
            .compose(r -> BadInputStage.hostOf(limited, r))
            .compose(room -> {
              List<Future<JsonObject>> joined = new ArrayList<>();
              for (int i = 1; i <= 4; i++) {
                String name = "P" + i;
                joined.add(limited.ws().compose(ws -> ws.ask(Ws.join(room.pin(), name), "welcome")));
              }
              return Future.all(joined)
                  .compose(all -> limited.ws())
                  .compose(ws -> {
                    ws.send(Ws.join(room.pin(), "P5")).send(Ws.join("000000", "P6")).send(Ws.host(room.pin(), room.hostKey()));
                    return codes(ws, 3);
                  })
                  .compose(codes -> {
                    assertEquals(List.of("rate-limited", "rate-limited", "rate-limited"), codes);
                    return room.host().next(m -> "lobby".equals(m.getString("type")) && m.getJsonArray("players").size() == 4, "lobby of 4");
                  })
                  .compose(lobby -> limited.get("/api/rooms"))
                  .map(r -> {
                    JsonObject info = r.bodyAsJsonArray().getJsonObject(0);
                    assertEquals(4, info.getInteger("players"));
                    assertEquals("lobby", info.getString("state"));
                    return null;
                  });
            })
            .eventually(limited::stop))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("PIN look-ups over RECALL_JOIN_LIMIT, of the room or of its QR code, answer 429 rate-limited")
  void lookUpFlood(Vertx vertx, VertxTestContext ctx) {
    TestServer.start(vertx, Config.forTests(TestServer.dbName(BadInputTest.class), TestServer.QUESTIONS).withJoinLimit(5))
        .compose(limited -> {
          List<String> guesses = List.of("/api/rooms/123456", "/api/rooms/123457/qr.svg", "/api/rooms/123458",
              "/api/rooms/123459/qr.svg", "/api/rooms/123460");
          Future<Void> chain = Future.succeededFuture();
          for (String path : guesses) chain = chain.compose(v -> limited.http.get(path).send().map(r -> {
            assertEquals(404, r.statusCode(), path);
            return null;
          }));
          return chain.compose(v -> Future.all(limited.http.get("/api/rooms/123461").send(), limited.http.get("/api/rooms/123462/qr.svg").send()))
              .map(all -> {
                for (int i = 0; i < 2; i++) {
                  io.vertx.ext.web.client.HttpResponse<?> r = all.resultAt(i);
                  assertEquals(429, r.statusCode(), "guess " + (i + 6));
                  assertEquals("rate-limited", r.bodyAsJsonObject().getString("error"));
                }
                return null;
              })
              .eventually(limited::stop);
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("PIN guesses over HTTP and over the WebSocket count against one RECALL_JOIN_LIMIT")
  void oneBudgetForGuesses(Vertx vertx, VertxTestContext ctx) {
    TestServer.start(vertx, Config.forTests(TestServer.dbName(BadInputTest.class), TestServer.QUESTIONS).withJoinLimit(5))
        .compose(limited -> {
          Future<Void> chain = Future.succeededFuture();
          for (int i = 0; i < 3; i++) {
            String path = "/api/rooms/12345" + i;
            chain = chain.compose(v -> limited.http.get(path).send().map(r -> {
              assertEquals(404, r.statusCode(), path);
              return null;
            }));
          }
          return chain.compose(v -> limited.ws())
              .compose(ws -> hellos(ws, List.of(Ws.join("123460", "Eve"), Ws.join("123461", "Eve"), Ws.join("123462", "Eve"))))
              .map(codes -> {
                assertEquals(List.of("no-room", "no-room", "rate-limited"), codes, "three look-ups and two joins use up five");
                return null;
              })
              .eventually(limited::stop);
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("with the default limit of 120 a minute, a class of 40 behind one router joins at once")
  void classBehindOneRouter(Vertx vertx, VertxTestContext ctx) {
    TestServer.start(vertx, Config.forTests(TestServer.dbName(BadInputTest.class), TestServer.QUESTIONS).withJoinLimit(120))
        .compose(limited -> limited.createQuiz(QUIZ)
            .compose(id -> limited.openRoom(new JsonObject().put("quiz", "bad-input")))
            .compose(r -> BadInputStage.hostOf(limited, r))
            .compose(room -> {
              List<Future<JsonObject>> joined = new ArrayList<>();
              for (int i = 1; i <= 40; i++) {
                String name = "Student " + i;
                joined.add(limited.ws().compose(ws -> ws.ask(Ws.join(room.pin(), name), "welcome")));
              }
              return Future.all(joined).map(all -> {
                assertEquals(40, all.size());
                return null;
              });
            })
            .eventually(limited::stop))
        .onComplete(ctx.succeedingThenComplete());
  }
}
