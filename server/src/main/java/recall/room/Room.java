package recall.room;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import recall.store.SessionStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * A live room: lobby, players and hosts, and the game's progress. Its state has one owner, the
 * event-loop context it was created on: every change runs there ({@link #run}), in its own handlers
 * and timers, so nothing here is locked or shared. The game itself is in {@link Game}.
 */
public final class Room {
  private static final Logger LOG = LoggerFactory.getLogger(Room.class);
  static final int MAX_NAME = PlayerName.MAX;

  /** Where a room is in its life. */
  public enum Phase { LOBBY, STARTING, QUESTION, REVEAL, FINISHED }

  final Vertx vertx;
  final Context context;
  final RoomPlan plan;
  final SessionStore sessions;
  final String pin;
  private final HostKeys hostKeys;
  final String sessionId;
  final RoomJournal journal;

  /** Volatile: the registry reads it from other loops to count a teacher's open rooms. */
  volatile Phase phase = Phase.LOBBY;
  boolean locked;
  final Map<String, Player> players = new LinkedHashMap<>();
  private final Map<String, Player> byToken = new HashMap<>();
  final RoomNames names = new RoomNames();
  final Door door;
  /** The last join, answer or host command; a room idle for hours is ended ({@link RoomRegistry}). */
  volatile long lastActivity = System.currentTimeMillis();
  final Set<Connection> hosts = new LinkedHashSet<>();
  final Game game;
  /** The self-paced flow of a homework, or null for a live game (which {@link #game} deals). */
  final HomeworkFlow homework;
  private long emptySince = System.currentTimeMillis();
  long finishedAt;
  private long lobbyTimer = -1;
  private int connected;
  int kickedCount;

  /**
   * @param asked the questions as this room asks them (restored ones as they were asked)
   * @param clock the time homework deadlines are judged by
   */
  Room(Vertx vertx, Context context, RoomPlan plan, List<AskedQuestion> asked, SessionStore sessions, GameSaver saver,
       LongConsumer acknowledged, String pin, HostKeys hostKeys, String sessionId, RoomJournal journal, RoomCaps caps,
       java.time.Clock clock) {
    this.door = new Door(this, caps);
    this.vertx = vertx;
    this.context = context;
    this.plan = plan;
    this.sessions = sessions;
    this.pin = pin;
    this.hostKeys = hostKeys;
    this.sessionId = sessionId;
    this.journal = journal;
    this.game = new Game(this, saver, acknowledged, asked);
    this.homework = plan.homework() == null ? null : new HomeworkFlow(this, plan.homework(), asked, clock, saver);
  }

  public String pin() {
    return pin;
  }

  /** The host key handed out when the room was opened (null for a room restored after a restart). */
  public String hostKey() {
    return hostKeys.known();
  }

  /** A key for the room's teacher: the one handed out, or a new one for a room restored after a restart. */
  public Future<String> hostKeyForOwner() {
    return read(() -> {
      if (hostKeys.known() != null) return hostKeys.known();
      String key = hostKeys.mint();
      journal.hostKeys(hostKeys);
      return key;
    });
  }

  /** The id its session is saved under. */
  public String sessionId() {
    return sessionId;
  }

  public String title() {
    return plan.title();
  }

  /** Runs a change of this room's state on its own context. */
  void run(Runnable change) {
    if (Vertx.currentContext() == context) {
      safely(change);
    } else {
      context.runOnContext(v -> safely(change));
    }
  }

  private void safely(Runnable change) {
    try {
      change.run();
    } catch (RuntimeException e) {
      LOG.error("Room {}: unexpected failure", pin, e);
    }
  }

  /** Reads a value on the room's context. */
  <T> Future<T> read(java.util.function.Supplier<T> reader) {
    Promise<T> p = Promise.promise();
    run(() -> p.complete(reader.get()));
    return p.future();
  }

  /** {@code GET /api/rooms/{pin}}. */
  public Future<JsonObject> info() {
    return read(() -> new JsonObject().put("pin", pin).put("title", plan.title()).put("state", phase.name().toLowerCase(Locale.ROOT))
        .put("joinable", joinable()).put("players", activeCount()).put("index", game.index()).put("total", plan.questions().size())
        // Extensions: the phone asks a class room's students for their code, and knows a homework.
        .put("class", plan.roster() != null).put("mode", homework == null ? "live" : "homework")
        .put("dueAt", homework == null ? null : homework.dueAt()));
  }

  boolean joinable() {
    return !locked && phase != Phase.FINISHED && (homework == null || !homework.closed());
  }

  /** Players not kicked; a count kept so that every join need not list the whole room. */
  int activeCount() {
    return players.size() - kickedCount;
  }

  List<Player> activePlayers() {
    List<Player> out = new ArrayList<>();
    for (Player p : players.values()) if (!p.kicked) out.add(p);
    return out;
  }

  /** A connected player was removed (kicked). */
  void playerGone() {
    connected--;
  }

  /** Players connected now; kept as a count because every answer asks for it. */
  int connectedPlayers() {
    return connected;
  }

  // ---- who connects ----

  /**
   * A new player, named as shown ({@code studentId} null for a nickname), welcomed on {@code c}. The
   * welcome hands out the token: first the player is stored, so that the token always resumes.
   */
  void admit(Connection c, String name, String studentId, double extraTime) {
    names.restored(name);
    touched();
    Player p = new Player(Ids.playerId(players.keySet()), name, Ids.secret(), System.currentTimeMillis());
    p.studentId = studentId;
    p.extraTime = extraTime;
    players.put(p.id, p);
    byToken.put(HostKeys.hash(p.token), p);
    journal.joined(p).onComplete(ar -> run(() -> {
      if (homework != null) homework.joined(p);
      else if (phase != Phase.LOBBY) game.lateJoin(p);
      if (!c.closed()) attach(c, p);
    }));
  }

  /** A player of a restored room, as stored; its token is known again when it resumes. */
  void restorePlayer(Player p, String tokenHash) {
    players.put(p.id, p);
    byToken.put(tokenHash, p);
    names.restored(p.name);
    if (p.kicked) kickedCount++;
  }

  /** A join, an answer or a host command: the room is in use. */
  void touched() {
    lastActivity = System.currentTimeMillis();
  }

  void resume(Connection c, String token) {
    if (door.closedTo(c)) return;
    Player p = token == null ? null : byToken.get(HostKeys.hash(token));
    if (p == null) {
      helloFailed(c, "no-player", "That token is not a player of this room.");
      return;
    }
    // A restored room keeps only the token's hash: the token is known again from the resume.
    p.token = token;
    comeBack(c, p);
  }

  /** A player connects again (a resume, or a student's code once more): the old socket is replaced. */
  void comeBack(Connection c, Player p) {
    if (p.kicked) {
      helloFailed(c, "kicked", "You were removed from this game.");
      return;
    }
    if (p.token == null) {
      // A student of a restored class room, back by its code: a token of its own again (its code
      // still works after a further restart, when this one is forgotten).
      p.token = Ids.secret();
      byToken.put(HostKeys.hash(p.token), p);
    }
    Connection old = p.connection;
    if (old != null && old != c) {
      old.error("replaced", "This player connected again elsewhere.");
      old.player = null;
      old.close((short) 1000, "replaced");
    }
    attach(c, p);
  }

  void attach(Connection c, Player p) {
    if (p.connection == null) connected++;
    p.connection = c;
    c.player = p;
    c.role = Connection.Role.PLAYER;
    emptySince = 0;
    JsonObject welcome = new JsonObject().put("type", "welcome").put("protocol", 1).put("role", "player")
        .put("playerId", p.id).put("name", p.name).put("token", p.token).put("state", state())
        .put("score", p.score).put("streak", p.streak).put("rank", p.rank == 0 ? null : p.rank);
    if (homework != null) homework.welcome(p, welcome);
    JsonObject open = homework == null ? game.openQuestionFor(p) : null;
    if (open != null) welcome.put("question", open);
    c.send(welcome);
    if (homework != null) homework.replayTo(p);
    else game.replayTo(p);
    lobbyChanged();
    game.playersChanged();
  }

  void host(Connection c, String key) {
    if (!hostKeys.opens(key)) {
      helloFailed(c, "forbidden", "That host key does not open this room.");
      return;
    }
    hosts.add(c);
    c.role = Connection.Role.HOST;
    emptySince = 0;
    c.send(new JsonObject().put("type", "welcome").put("protocol", 1).put("role", "host").put("pin", pin).put("state", state()));
    c.send(lobbyForHost());
    game.replayToHost(c);
  }

  void helloFailed(Connection c, String code, String message) {
    c.room = null;
    c.error(code, message);
  }

  /** A socket closed: the player stays in the game (it may resume), its connection is gone. */
  void left(Connection c) {
    if (hosts.remove(c)) {
      noteIfEmpty();
      return;
    }
    Player p = c.player;
    if (p != null && p.connection == c) {
      p.connection = null;
      connected--;
      lobbyChanged();
      game.playersChanged();
    }
    noteIfEmpty();
  }

  private void noteIfEmpty() {
    if (hosts.isEmpty() && connectedPlayers() == 0 && emptySince == 0) emptySince = System.currentTimeMillis();
  }

  /** Milliseconds since the last host or player left, 0 while someone is connected. */
  long emptyForMs(long now) {
    return emptySince == 0 ? 0 : now - emptySince;
  }

  JsonObject state() {
    String shown = homework != null && phase != Phase.FINISHED ? "homework"
        : phase == Phase.STARTING ? "lobby" : phase.name().toLowerCase(Locale.ROOT);
    return new JsonObject().put("phase", shown)
        .put("title", plan.title()).put("index", game.index()).put("total", plan.questions().size())
        .put("players", activeCount()).put("locked", locked);
  }

  // ---- host commands ----

  void command(Connection c, String type, JsonObject msg) {
    if (c.role != Connection.Role.HOST) {
      c.error("forbidden", "Only the host can " + type + ".");
      return;
    }
    if (homework != null && !Set.of("kick", "extra-time", "lock", "unlock").contains(type)) {
      c.error("bad-state", "A homework goes at each student's pace; close it from the assignment page.");
      return;
    }
    switch (type) {
      case "start" -> game.start(c);
      case "next" -> game.next(c);
      case "close" -> game.close(c);
      case "end" -> game.end(c);
      case "lock", "unlock" -> setLocked(c, type.equals("lock"));
      case "kick" -> Kick.command(this, c, msg);
      case "extra-time" -> PlayerCommands.extraTime(this, c, msg);
      case "rename" -> PlayerCommands.rename(this, c, msg);
      default -> c.error("bad-message", "Unknown command " + type + ".");
    }
  }

  private void setLocked(Connection c, boolean lock) {
    if (phase == Phase.FINISHED) {
      c.error("bad-state", "The game has finished.");
      return;
    }
    locked = lock;
    journal.locked(lock);
    lobbyChanged();
  }

  // ---- lobby broadcasts ----

  JsonObject lobbyForHost() {
    io.vertx.core.json.JsonArray list = new io.vertx.core.json.JsonArray();
    for (Player p : activePlayers()) list.add(p.summary());
    return new JsonObject().put("type", "lobby").put("players", list).put("locked", locked);
  }

  /**
   * Tells hosts and players that the lobby changed. With thousands joining at once, a message per
   * join to everyone would be quadratic, so changes are gathered for 100 ms.
   */
  void lobbyChanged() {
    if (lobbyTimer >= 0) return;
    lobbyTimer = vertx.setTimer(100, id -> {
      lobbyTimer = -1;
      String forHost = lobbyForHost().encode();
      hosts.forEach(h -> h.sendText(forHost));
      if (phase == Phase.LOBBY || phase == Phase.STARTING) {
        String forPlayers = new JsonObject().put("type", "lobby").put("count", activeCount()).put("locked", locked).encode();
        RelayedBroadcast.around(() -> {
          for (Player p : players.values()) if (p.connected()) p.connection.sendText(forPlayers);
        });
      }
    });
  }

  void broadcastToPlayers(JsonObject msg) {
    String text = msg.encode();
    // Sent once to each node that holds some of the phones, not once per phone.
    RelayedBroadcast.around(() -> {
      for (Player p : players.values()) if (p.connected()) p.connection.sendText(text);
    });
  }

  void broadcastToHosts(JsonObject msg) {
    String text = msg.encode();
    hosts.forEach(h -> h.sendText(text));
  }

  /** Ends the game (saving it) and cancels the room's timers; the room stays readable. */
  Future<Void> shutdown() {
    Promise<Void> done = Promise.promise();
    // A homework before its deadline stays open in the database (finished_at NULL) when the server stops.
    run(() -> (homework == null ? game.endNow() : homework.closed() ? homework.close(homework.dueAt()) : Future.<Void>succeededFuture()).onComplete(ar -> {
      if (lobbyTimer >= 0) vertx.cancelTimer(lobbyTimer);
      done.complete();
    }));
    return done.future();
  }

  /** Stops the room's timers and closes its sockets: it is removed (1000), or now runs on another node (1012). */
  void closeAll(short code, String reason) {
    run(() -> {
      if (lobbyTimer >= 0) vertx.cancelTimer(lobbyTimer);
      game.stopTimer();
      if (homework != null) homework.stopTimer();
      hosts.forEach(h -> h.close(code, reason));
      for (Player p : players.values()) if (p.connection != null) p.connection.close(code, reason);
    });
  }
}
