package recall.room;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.support.TestServer;
import recall.support.Ws;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The stage of {@link BadInputTest}: a room on a two-question quiz with a host and two players,
 * Anna and Ben, and the ways to look at what a bad input did or did not change.
 */
final class BadInputStage {
  /** A single-choice question (B is right), then a text question (Kirov). */
  static final JsonObject QUIZ = new JsonObject("""
      {"id":"bad-input","title":"Bad input","questions":[
        {"id":"b-1","kind":"single","text":"Which letter is B?","options":["A","B","C","D"],"answer":[1],
         "source":{"line":1,"quote":"B"}},
        {"id":"b-2","kind":"text","text":"Who was murdered in 1934?","accept":["Kirov"],
         "source":{"line":2,"quote":"Kirov"}}]}""");
  static final int RIGHT = 1;

  private final TestServer server;

  /** A room on the bad-input quiz, with its host connected. */
  record Room(String pin, String hostKey, Ws host) {
  }

  /** A player seated in a room. */
  record Seat(Ws ws, String id, String name, String token) {
  }

  /** @param server a server that has {@link #QUIZ} */
  BadInputStage(TestServer server) {
    this.server = server;
  }

  /** A test body given a room with a host and two players, Anna and Ben. */
  @FunctionalInterface
  interface Scene {
    Future<Void> play(Room room, Seat anna, Seat ben);
  }

  /**
   * Runs the scene in a lobby of Anna and Ben; afterwards, unless the scene changes the lobby on
   * purpose, a host connecting now sees exactly the lobby it saw before.
   */
  Future<Void> inLobby(Scene scene) {
    return inLobby(scene, true);
  }

  Future<Void> inLobby(Scene scene, boolean lobbyUnchanged) {
    return room().compose(room -> join(room, "Anna").compose(anna -> join(room, "Ben").compose(ben ->
        lobby(room).compose(before -> scene.play(room, anna, ben)
            .compose(v -> lobbyUnchanged ? lobby(room).map(after -> {
              assertEquals(before, after, "the host's lobby is unchanged");
              return null;
            }) : Future.succeededFuture())))));
  }

  /** Runs the scene with the first question open to Anna and Ben. */
  Future<Void> inQuestion(Scene scene) {
    return inLobby((room, anna, ben) -> started(room, anna, ben).compose(v -> scene.play(room, anna, ben)), false);
  }

  Future<Room> room() {
    return server.openRoom(new JsonObject().put("quiz", "bad-input").put("timeLimitSeconds", 60)).compose(r -> hostOf(server, r));
  }

  static Future<Room> hostOf(TestServer s, JsonObject opened) {
    String pin = opened.getString("pin");
    String key = opened.getString("hostKey");
    return s.ws().compose(host -> host.ask(Ws.host(pin, key), "welcome").map(w -> new Room(pin, key, host)));
  }

  Future<Seat> join(Room room, String name) {
    return server.ws().compose(ws -> ws.ask(Ws.join(room.pin(), name), "welcome")
        .map(w -> new Seat(ws, w.getString("playerId"), w.getString("name"), w.getString("token"))));
  }

  /** The players as a host connecting now sees them: {@code [{"id","name","connected"}]}. */
  Future<JsonArray> lobby(Room room) {
    return server.ws().compose(probe -> probe.ask(Ws.host(room.pin(), room.hostKey()), "welcome")
        .compose(w -> probe.next("lobby"))
        .compose(lobby -> probe.close().map(lobby.getJsonArray("players"))));
  }

  Future<JsonObject> info(Room room) {
    return server.http.get("/api/rooms/" + room.pin()).send().map(r -> {
      assertEquals(200, r.statusCode(), r.bodyAsString());
      return r.bodyAsJsonObject();
    });
  }

  /** The host starts; completes once the first question reached the host and every seat. */
  Future<Void> started(Room room, Seat... seats) {
    return opened(room, "start", 0, seats);
  }

  Future<Void> nextQuestion(Room room, Seat... seats) {
    return opened(room, "next", 1, seats);
  }

  private Future<Void> opened(Room room, String command, int index, Seat... seats) {
    List<Future<JsonObject>> asked = new ArrayList<>();
    asked.add(room.host().next(isQuestion(index), "question " + index));
    for (Seat s : seats) asked.add(s.ws().next(isQuestion(index), "question " + index));
    room.host().send(Ws.command(command));
    return Future.all(asked).mapEmpty();
  }

  private static Predicate<JsonObject> isQuestion(int index) {
    return m -> "question".equals(m.getString("type")) && m.getInteger("index") == index;
  }

  static Future<JsonObject> answerRight(Seat seat) {
    return seat.ws().ask(Ws.answer(0, "choice", new JsonArray().add(RIGHT)), "answered");
  }

  /** The host ends the game; the future holds the saved session. */
  Future<JsonObject> end(Room room) {
    return room.host().send(Ws.command("end")).next("finished")
        .compose(fin -> server.get("/api/sessions/" + fin.getString("sessionId")))
        .map(r -> {
          assertEquals(200, r.statusCode(), r.bodyAsString());
          return r.bodyAsJsonObject();
        });
  }

  /** The ids of the players with a saved answer to question {@code index}, sorted. */
  static List<String> answeredBy(JsonObject session, int index) {
    List<String> ids = new ArrayList<>();
    for (Object o : session.getJsonArray("answers")) {
      JsonObject a = (JsonObject) o;
      if (a.getInteger("index") == index) ids.add(a.getString("playerId"));
    }
    Collections.sort(ids);
    return ids;
  }

  static List<String> sorted(String... ids) {
    List<String> out = new ArrayList<>(List.of(ids));
    Collections.sort(out);
    return out;
  }

  static List<String> names(JsonArray players) {
    List<String> out = new ArrayList<>();
    for (Object o : players) out.add(((JsonObject) o).getString("name"));
    return out;
  }

  /** The codes of the next {@code n} errors the socket receives, in order. */
  static Future<List<String>> codes(Ws ws, int n) {
    Future<List<String>> all = Future.succeededFuture(new ArrayList<>());
    for (int i = 0; i < n; i++) {
      all = all.compose(list -> ws.next("error").map(e -> {
        list.add(e.getString("code"));
        return list;
      }));
    }
    return all;
  }

  /**
   * Sends refused hellos one at a time, each after the error of the one before (a hello is
   * answered by the room, and a socket says who it is once at a time); the future holds the codes.
   */
  static Future<List<String>> hellos(Ws ws, List<JsonObject> hellos) {
    Future<List<String>> all = Future.succeededFuture(new ArrayList<>());
    for (JsonObject hello : hellos) {
      all = all.compose(list -> ws.ask(hello, "error").map(e -> {
        list.add(e.getString("code"));
        return list;
      }));
    }
    return all;
  }

  /** A six-digit PIN that no open room has. */
  Future<String> unusedPin() {
    return server.get("/api/rooms").map(r -> {
      List<String> used = new ArrayList<>();
      for (Object o : r.bodyAsJsonArray()) used.add(((JsonObject) o).getString("pin"));
      for (int n = 100_000; ; n++) {
        if (!used.contains(String.valueOf(n))) return String.valueOf(n);
      }
    });
  }

  Future<Ws> connectWithOrigin(Vertx vertx, String origin) {
    return Ws.connect(vertx, new WebSocketConnectOptions().setHost("127.0.0.1").setPort(server.port()).setURI("/ws")
        .addHeader("Origin", origin));
  }
}
