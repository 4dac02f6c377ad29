package recall.room;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.app.Config;
import recall.support.TestServer;
import recall.support.Ws;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The room attacks of issue 15: bots flooding a lobby, kicked one at a time. */
@ExtendWith(VertxExtension.class)
@DisplayName("A room holds a capped number of players, a capped number from one address, and the host removes many at once")
class RoomFloodTest {
  private static final JsonObject ROOM = new JsonObject().put("quiz", "power-struggle");
  private static TestServer server;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    Config config = Config.forTests(TestServer.dbName(RoomFloodTest.class), TestServer.QUESTIONS);
    TestServer.start(vertx, config.withLimits(config.limits().withMaxPlayers(6).withJoinsPerAddress(4)))
        .onComplete(ctx.succeeding(s -> {
          server = s;
          ctx.completeNow();
        }));
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    server.stop().onComplete(ar -> ctx.completeNow());
  }

  @Test
  @DisplayName("the fifth join from one address is refused; others still join until the room is full, then room-full")
  void caps(Vertx vertx, VertxTestContext ctx) {
    TestRoom.open(server, ROOM).compose(room -> {
      Future<List<JsonObject>> first = sequence(vertx, "127.0.0.2", room.pin(), "bot", 5);
      return first.compose(answers -> {
        for (int i = 0; i < 4; i++) assertEquals("welcome", answers.get(i).getString("type"), answers.get(i).encode());
        assertEquals("rate-limited", answers.get(4).getString("code"), "the fifth from one address");
        return sequence(vertx, "127.0.0.3", room.pin(), "kid", 3);
      }).map(answers -> {
        assertEquals("welcome", answers.get(0).getString("type"));
        assertEquals("welcome", answers.get(1).getString("type"));
        assertEquals("room-full", answers.get(2).getString("code"), "six players is the cap: " + answers.get(2).encode());
        return null;
      });
    }).onComplete(ctx.succeedingThenComplete());
  }

  /** {@code n} joins from one address, one after another, each answer in order. */
  private static Future<List<JsonObject>> sequence(Vertx vertx, String address, String pin, String prefix, int n) {
    List<JsonObject> answers = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (int i = 0; i < n; i++) {
      String name = prefix + i;
      chain = chain.compose(v -> Ws.connectFrom(vertx, server.port(), address)
          .compose(ws -> ws.send(Ws.join(pin, name)).next(m -> true, "the answer to a join").map(first -> {
            answers.add(first);
            return null;
          })));
    }
    return chain.map(v -> answers);
  }

  @Test
  @DisplayName("one kick with playerIds removes several players; each gets kicked and the lobby lists the rest")
  void multiKick(VertxTestContext ctx) {
    TestRoom.open(server, ROOM).compose(room -> room.join("Ann", "Ben", "Cat", "Dan").compose(players -> {
      List<Future<JsonObject>> kicked = List.of(players.get(0).ws().next("kicked"), players.get(1).ws().next("kicked"), players.get(2).ws().next("kicked"));
      room.host().send(new JsonObject().put("type", "kick").put("playerIds",
          new JsonArray().add(players.get(0).id()).add(players.get(1).id()).add(players.get(2).id())));
      return Future.all(kicked).compose(v -> room.hostLobby(list -> list.size() == 1)).map(lobby -> {
        assertEquals("Dan", lobby.getJsonArray("players").getJsonObject(0).getString("name"));
        return null;
      }).compose(v -> {
        room.host().send(new JsonObject().put("type", "kick").put("playerIds", new JsonArray()));
        return room.host().error("bad-message");
      }).compose(v -> {
        room.host().send(new JsonObject().put("type", "kick").put("playerIds", new JsonArray().add("nobody").add(players.get(3).id())));
        return Future.all(room.host().error("no-player"), players.get(3).ws().next("kicked"));
      }).mapEmpty();
    })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a Cyrillic or zero-width copy of a name is refused, and so are names that look blank or turn text around")
  void deceivingNames(VertxTestContext ctx) {
    TestRoom.open(server, ROOM).compose(room -> room.join("Anna").compose(anna -> {
      List<String> taken = List.of("\u0410nna", "ANNA", "Ann\u0430");
      List<String> bad = List.of("An\u200Bna", "\u00A0", "\u3164", "\u2800", "\uFEFF", "\u202Eevil Bob");
      List<Future<JsonObject>> answers = new ArrayList<>();
      for (String n : taken) answers.add(server.ws().compose(ws -> ws.send(Ws.join(room.pin(), n)).error("name-taken")));
      for (String n : bad) answers.add(server.ws().compose(ws -> ws.send(Ws.join(room.pin(), n)).error("bad-name")));
      return Future.all(answers);
    })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an emoji name of 24 characters (many more code points) joins; 25 is bad-name")
  void emojiLength(VertxTestContext ctx) {
    String thumbs = "\uD83D\uDC4D\uD83C\uDFFD";
    String name = "A" + thumbs.repeat(23);
    TestRoom.open(server, ROOM).compose(room -> room.join(name).compose(p -> {
      assertEquals(name, p.welcome().getString("name"));
      assertTrue(name.codePointCount(0, name.length()) > PlayerName.MAX);
      return server.ws().compose(ws -> ws.send(Ws.join(room.pin(), "B" + thumbs.repeat(24))).error("bad-name"));
    })).onComplete(ctx.succeedingThenComplete());
  }
}
