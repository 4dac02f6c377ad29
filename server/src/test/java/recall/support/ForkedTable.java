package recall.support;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A room on a forked server with its host and players seated, for the tests that kill the server
 * (crash, full disk) and then count what it had acknowledged against what it stored.
 */
public record ForkedTable(Ws host, List<Player> players) {

  /** A seated player: its socket, its id, and the option it always picks. */
  public record Player(Ws ws, String id, int choice) {
  }

  /** Opens a room with {@code room} and seats a host and {@code n} players ("Player 0"...) in it. */
  public static Future<ForkedTable> seat(Vertx vertx, ForkedServer server, JsonObject room, int n) {
    return server.login()
        .compose(token -> server.post(token, "/api/rooms", room))
        .compose(r -> {
          if (r.statusCode() != 201) return Future.failedFuture("room not opened: " + r.statusCode() + " " + r.bodyAsString());
          String pin = r.bodyAsJsonObject().getString("pin");
          String key = r.bodyAsJsonObject().getString("hostKey");
          Future<Ws> host = Ws.connect(vertx, server.port).compose(ws -> ws.ask(Ws.host(pin, key), "welcome").map(ws));
          List<Future<Player>> players = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            int choice = i % 4;
            String name = "Player " + i;
            players.add(Ws.connect(vertx, server.port)
                .compose(ws -> ws.ask(Ws.join(pin, name), "welcome").map(w -> new Player(ws, w.getString("playerId"), choice))));
          }
          return host.compose(h -> Future.all(players).map(all -> new ForkedTable(h, all.list())));
        });
  }

  /** The player answers question {@code index} as soon as it is asked; the future holds the acknowledgement. */
  public static Future<JsonObject> answerWhenAsked(Player p, int index) {
    return p.ws().next(m -> "question".equals(m.getString("type")) && m.getInteger("index") == index, "question " + index)
        .compose(q -> p.ws().ask(Ws.answer(index, "choice", new JsonArray().add(p.choice())), "answered"));
  }

  /** For each player id, the question indexes the server acknowledged, as the players' sockets received them. */
  public Map<String, Set<Integer>> acknowledged() {
    Map<String, Set<Integer>> out = new HashMap<>();
    for (Player p : players) {
      Set<Integer> indexes = new HashSet<>();
      for (JsonObject m : p.ws().received()) {
        if ("answered".equals(m.getString("type"))) indexes.add(m.getInteger("index"));
      }
      out.put(p.id(), indexes);
    }
    return out;
  }

  /**
   * Every answer in {@code acknowledged} is in the saved session exactly once, nothing is saved
   * twice, and each is saved as it was sent.
   */
  public void assertSavedOnce(Map<String, Set<Integer>> acknowledged, JsonObject session) {
    Map<String, Integer> choiceOf = new HashMap<>();
    for (Player p : players) choiceOf.put(p.id(), p.choice());
    Map<String, Integer> saved = new HashMap<>();
    for (Object o : session.getJsonArray("answers")) {
      JsonObject a = (JsonObject) o;
      String key = a.getString("playerId") + "/" + a.getInteger("index");
      saved.merge(key, 1, Integer::sum);
      assertEquals(new JsonObject().put("choice", new JsonArray().add(choiceOf.get(a.getString("playerId")))), a.getJsonObject("answer"),
          "the answer is saved as it was sent: " + a);
    }
    saved.forEach((key, times) -> assertEquals(1, times, key + " is saved " + times + " times"));
    acknowledged.forEach((player, indexes) -> {
      for (int index : indexes) {
        assertEquals(1, saved.getOrDefault(player + "/" + index, 0), "acknowledged answer of " + player + " to question " + index);
      }
    });
  }
}
