package recall.support;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A host and players of one room over real WebSockets, for the tests that kill the server that runs
 * a room (a restart, a cluster node): they seat, answer, come back with their tokens and host key
 * on whatever server is alive, and check the saved session against the scoring rule.
 */
public final class LiveTable {
  private final Vertx vertx;
  public final String pin;
  public final String hostKey;
  public Ws host;
  public final List<Seat> players = new ArrayList<>();

  /** One player: its socket (replaced when it comes back), id, token and the option it picks. */
  public static final class Seat {
    public Ws ws;
    public final String id;
    public final String token;
    public final int choice;
    /** The last {@code outcome} it got, and whether it answered each question before the kill. */
    public JsonObject lastOutcome;

    Seat(Ws ws, String id, String token, int choice) {
      this.ws = ws;
      this.id = id;
      this.token = token;
      this.choice = choice;
    }
  }

  private LiveTable(Vertx vertx, String pin, String hostKey) {
    this.vertx = vertx;
    this.pin = pin;
    this.hostKey = hostKey;
  }

  /**
   * Connects the host and {@code n} players to the room, player {@code i} to the port that
   * {@code portOf.apply(i)} names (spreading them over nodes), the host to {@code hostPort}.
   */
  public static Future<LiveTable> seat(Vertx vertx, String pin, String hostKey, int hostPort, int n, IntFunction<Integer> portOf) {
    LiveTable t = new LiveTable(vertx, pin, hostKey);
    return Ws.connect(vertx, hostPort).compose(h -> h.ask(Ws.host(pin, hostKey), "welcome").map(w -> {
      t.host = h;
      return h;
    })).compose(h -> {
      List<Future<Seat>> seats = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int choice = i % 4;
        String name = "Player " + i;
        seats.add(Ws.connect(vertx, portOf.apply(i)).compose(ws -> ws.ask(Ws.join(pin, name), "welcome")
            .map(w -> new Seat(ws, w.getString("playerId"), w.getString("token"), choice))));
      }
      return Future.all(seats).map(all -> {
        t.players.addAll(all.list());
        return t;
      });
    });
  }

  /** The player answers question {@code index} once it is asked; the future holds the acknowledgement. */
  public static Future<JsonObject> answerWhenAsked(Seat p, int index) {
    return p.ws.next(m -> "question".equals(m.getString("type")) && m.getInteger("index") == index, "question " + index)
        .compose(q -> p.ws.ask(Ws.answer(index, "choice", new JsonArray().add(p.choice)), "answered"));
  }

  /** Everyone's sockets closed (their server was killed). */
  public Future<Void> allClosed() {
    List<Future<Short>> closed = new ArrayList<>();
    closed.add(host.closed());
    for (Seat p : players) closed.add(p.ws.closed());
    return Future.all(closed).mapEmpty();
  }

  /** For each player id, the question indexes its socket saw acknowledged; also keeps each one's last outcome. */
  public Map<String, List<Integer>> acknowledged() {
    Map<String, List<Integer>> out = new HashMap<>();
    for (Seat p : players) {
      List<Integer> indexes = new ArrayList<>();
      for (JsonObject m : p.ws.received()) {
        if ("answered".equals(m.getString("type"))) indexes.add(m.getInteger("index"));
        if ("outcome".equals(m.getString("type"))) p.lastOutcome = m;
      }
      out.put(p.id, indexes);
    }
    return out;
  }

  /**
   * Everyone comes back after the kill: the host with its key, each player with its token, on the
   * port {@code portOf} names; each welcome keeps the score and streak of the last outcome.
   * The futures hold the players' welcomes, in seat order.
   */
  public Future<List<JsonObject>> comeBack(int hostPort, IntFunction<Integer> portOf) {
    Future<JsonObject> hostBack = Ws.connect(vertx, hostPort).compose(h -> {
      host = h;
      return h.ask(Ws.host(pin, hostKey), "welcome");
    });
    List<Future<JsonObject>> welcomes = new ArrayList<>();
    for (int i = 0; i < players.size(); i++) {
      Seat p = players.get(i);
      welcomes.add(Ws.connect(vertx, portOf.apply(i)).compose(ws -> {
        p.ws = ws;
        return ws.ask(Ws.resume(pin, p.token), "welcome");
      }).map(w -> {
        JsonObject last = p.lastOutcome;
        assertEquals(last == null ? 0 : last.getInteger("score"), w.getInteger("score"), "score of " + p.id + " kept: " + w);
        assertEquals(last == null ? 0 : last.getInteger("streak"), w.getInteger("streak"), "streak of " + p.id + " kept: " + w);
        return w;
      }));
    }
    return hostBack.compose(h -> Future.all(welcomes)).map(all -> all.list());
  }

  /**
   * The saved session holds every acknowledged answer exactly once, as it was sent, and every
   * answer's points and every player's score follow the default rule (speed and streak).
   */
  public void assertSession(JsonObject session, Map<String, List<Integer>> acknowledged, int questions, long limitMs,
                            Map<String, Integer> finalScores) {
    Map<String, JsonObject> saved = new HashMap<>();
    Map<String, Integer> choiceOf = new HashMap<>();
    for (Seat p : players) choiceOf.put(p.id, p.choice);
    for (Object o : session.getJsonArray("answers")) {
      JsonObject a = (JsonObject) o;
      String key = a.getString("playerId") + "/" + a.getInteger("index");
      assertTrue(saved.put(key, a) == null, key + " is saved twice");
      assertEquals(new JsonObject().put("choice", new JsonArray().add(choiceOf.get(a.getString("playerId")))), a.getJsonObject("answer"));
    }
    acknowledged.forEach((player, indexes) -> {
      for (int index : indexes) assertNotNull(saved.get(player + "/" + index), "acknowledged answer of " + player + " to " + index);
    });
    for (Seat p : players) {
      int run = 0;
      int total = 0;
      for (int q = 0; q < questions; q++) {
        JsonObject a = saved.get(p.id + "/" + q);
        int expected = 0;
        if (a != null && a.getBoolean("correct")) {
          expected = (int) Math.round(1000 * (1 - a.getLong("ms") / (2.0 * limitMs))) + Math.min(100 * run, 500);
          run++;
        } else {
          run = 0;
        }
        if (a != null) assertEquals(expected, a.getInteger("points"), "points of " + p.id + " for " + q + ": " + a);
        total += expected;
      }
      assertEquals(total, finalScores.get(p.id), "final score of " + p.id);
    }
  }
}
