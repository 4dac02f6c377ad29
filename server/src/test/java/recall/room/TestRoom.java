package recall.room;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.support.TestServer;
import recall.support.Ws;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** A room opened for a test, its host connected; players join and come back through it. */
final class TestRoom {
  private final TestServer server;
  private final String pin;
  private final String hostKey;
  private final Ws host;

  /** A player's socket and the welcome it got. */
  record Player(Ws ws, JsonObject welcome) {
    String id() {
      return welcome.getString("playerId");
    }

    String token() {
      return welcome.getString("token");
    }
  }

  private TestRoom(TestServer server, String pin, String hostKey, Ws host) {
    this.server = server;
    this.pin = pin;
    this.hostKey = hostKey;
    this.host = host;
  }

  /** Opens a room ({@code POST /api/rooms} with this body) and connects its host. */
  static Future<TestRoom> open(TestServer server, JsonObject request) {
    return server.openRoom(request).compose(r -> server.ws().compose(host ->
        host.ask(Ws.host(r.getString("pin"), r.getString("hostKey")), "welcome")
            .map(w -> new TestRoom(server, r.getString("pin"), r.getString("hostKey"), host))));
  }

  String pin() {
    return pin;
  }

  String hostKey() {
    return hostKey;
  }

  Ws host() {
    return host;
  }

  Future<Player> join(String name) {
    return server.ws().compose(ws -> ws.ask(Ws.join(pin, name), "welcome").map(w -> new Player(ws, w)));
  }

  /** Players joining at once; the list is in the order of the names. */
  Future<List<Player>> join(String... names) {
    List<Future<Player>> all = Arrays.stream(names).map(this::join).toList();
    return Future.all(all).map(f -> f.<Player>list());
  }

  /** A new socket that resumes with this token. */
  Future<Player> resume(String token) {
    return server.ws().compose(ws -> ws.ask(Ws.resume(pin, token), "welcome").map(w -> new Player(ws, w)));
  }

  /** The host starts; completes once each of these players has the first question. */
  Future<Void> start(List<Player> players) {
    List<Future<JsonObject>> shown = new ArrayList<>();
    players.forEach(p -> shown.add(p.ws().next("question")));
    host.send(Ws.command("start"));
    return Future.all(shown).mapEmpty();
  }

  /** The host's latest lobby once its player list passes this test. */
  Future<JsonObject> hostLobby(Predicate<JsonArray> players) {
    return host.nextUntil("lobby", m -> players.test(m.getJsonArray("players")));
  }

  /** Whether a host's lobby list holds this player, connected or not. */
  static boolean lists(JsonArray players, String id, boolean connected) {
    return players.stream().map(JsonObject.class::cast)
        .anyMatch(p -> p.getString("id").equals(id) && p.getBoolean("connected") == connected);
  }
}
