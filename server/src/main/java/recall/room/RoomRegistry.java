package recall.room;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.vertx.core.json.JsonObject;
import recall.store.LiveRoomStore;
import recall.store.SessionStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * The live rooms by PIN. The map is only a directory, read from every event loop; each room's own
 * state stays with its context. Rooms nobody is connected to are ended and removed after a while;
 * a finished room stays readable for an hour.
 */
public final class RoomRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(RoomRegistry.class);
  static final long FINISHED_KEPT_MS = 60 * 60_000;

  private final Vertx vertx;
  private final SessionStore sessions;
  private final GameSaver saver;
  private final long idleMs;
  private final LongConsumer acknowledged;
  private final RoomCaps caps;
  private final long maxIdleMs;
  private final Map<String, Room> rooms = new ConcurrentHashMap<>();
  private final Map<String, String> owners = new ConcurrentHashMap<>();
  /** Rooms each teacher has asked for that are not stored yet; guarded by {@code this}. */
  private final Map<String, Integer> opening = new HashMap<>();
  private final long sweeper;
  private final RoomTakeover takeover;
  private final LiveRoomStore live;
  private final RoomRestorer restorer;
  private final String node;
  /** In a cluster, the way to the rooms of other nodes. */
  volatile RoomRelay relay;
  private volatile java.util.function.IntSupplier members = () -> 1;
  private final java.time.Clock clock;

  /**
   * @param idleMs how long a room with no host and no player is kept before it is ended
   * @param acknowledged told, for the metrics, how long each answer took from receipt to acknowledgement
   * @param caps how many may join one room
   * @param maxIdleMs a room with no join, answer or host command for this long is ended, even with
   *     sockets open (one idle socket must not keep a room alive forever)
   */
  public RoomRegistry(Vertx vertx, SessionStore sessions, GameSaver saver, long idleMs, LongConsumer acknowledged,
                      RoomCaps caps, long maxIdleMs, LiveRoomStore live, String node) {
    this(vertx, sessions, saver, idleMs, acknowledged, caps, maxIdleMs, live, node, java.time.Clock.systemUTC());
  }

  /** @param clock the time homework deadlines are judged by (tests move it forward) */
  public RoomRegistry(Vertx vertx, SessionStore sessions, GameSaver saver, long idleMs, LongConsumer acknowledged,
                      RoomCaps caps, long maxIdleMs, LiveRoomStore live, String node, java.time.Clock clock) {
    this.caps = caps;
    this.maxIdleMs = maxIdleMs;
    this.clock = clock;
    this.vertx = vertx;
    this.sessions = sessions;
    this.saver = saver;
    this.idleMs = idleMs;
    this.acknowledged = acknowledged;
    this.live = live;
    this.node = node;
    this.restorer = new RoomRestorer(vertx, sessions, saver, acknowledged, live, caps, clock);
    this.sweeper = vertx.setPeriodic(Math.max(1000, Math.min(30_000, idleMs / 4)), id -> sweep());
    this.takeover = new RoomTakeover(vertx, live, restorer, node, rooms, this::adopt, this::lost, clock);
  }

  /**
   * Opens a room on a context of its own, which then owns it, and stores it as live; the future
   * completes once it is stored. A PIN already taken, here or by a room of another node sharing the
   * database (the table's primary key says so), is drawn again.
   */
  public Future<Room> open(RoomPlan plan) {
    List<AskedQuestion> asked = AskedQuestion.of(plan);
    return open(plan, asked, PlanRecord.encode(plan, asked), 0);
  }

  private Future<Room> open(RoomPlan plan, List<AskedQuestion> asked, JsonObject planDoc, int attempt) {
    if (attempt >= 50) return Future.failedFuture("no free PIN after 50 tries");
    String pin = Ids.pin();
    String sessionId = UUID.randomUUID().toString();
    HostKeys keys = HostKeys.fresh();
    Room room = new Room(vertx, vertx.getOrCreateContext(), plan, asked, sessions, saver, acknowledged, pin, keys, sessionId,
        new RoomJournal(live, pin, sessionId), caps, clock);
    if (rooms.putIfAbsent(pin, room) != null) return open(plan, asked, planDoc, attempt + 1);
    long now = clock.millis();
    LiveRoomStore.LiveRoom row = new LiveRoomStore.LiveRoom(pin, sessionId, plan.owner(), planDoc, keys.hashes(), "lobby", -1,
        null, false, node, now + RoomTakeover.LEASE_MS);
    return live.insert(row, now).transform(ar -> {
      if (ar.succeeded() && ar.result()) return Future.succeededFuture(room);
      rooms.remove(pin, room);
      return ar.failed() ? Future.failedFuture(ar.cause()) : open(plan, asked, planDoc, attempt + 1);
    });
  }

  /**
   * Takes over the live rooms stored in the database that this node may run: at a start, every one
   * ({@code all}); in a cluster, those whose node stopped renewing its lease (see {@link RoomTakeover}).
   */
  public Future<List<Room>> takeOver(boolean all) {
    return takeover.takeOver(all);
  }

  /** Who runs which stored room, and the takeover of a dead node's rooms. */
  public RoomTakeover takeover() {
    return takeover;
  }

  /**
   * Another node runs this room now (this node's lease on it lapsed and the room was claimed): it
   * stops here without saving anything, and its phones reconnect to where it runs.
   */
  private void lost(String pin) {
    Room room = rooms.remove(pin);
    if (room == null) return;
    owners.remove(pin);
    LOG.warn("Room {} is run by another node now: its sockets here are closed", pin);
    room.closeAll((short) 1012, "room moved to another server");
  }

  /** A room restored here joins the directory; false when one by its PIN is here already. */
  private boolean adopt(Room room) {
    if (rooms.putIfAbsent(room.pin, room) != null) return false;
    // A restored room still counts against its teacher's cap.
    if (room.plan.owner() != null) owners.put(room.pin, room.plan.owner());
    return true;
  }

  /** A room's {@code GET /api/rooms/{pin}} here or on the node that runs it; null when there is none. */
  public Future<JsonObject> info(String pin) {
    Room room = get(pin);
    if (room != null) return room.info();
    return relay == null || pin == null ? Future.succeededFuture(null) : relay.info(pin);
  }

  /** Who hears that a restored homework closed, by assignment id (its assignment's record). */
  public void homeworkClosers(java.util.function.Function<String, LongConsumer> closers) {
    restorer.homeworkClosers = closers;
  }

  /** How many servers share the work: the cluster's members, 1 for a server alone. */
  public int members() {
    return members.getAsInt();
  }

  public void members(java.util.function.IntSupplier count) {
    this.members = count;
    takeover.members = count;
  }

  /** This node's id, as its rooms' rows name it. */
  public String node() {
    return node;
  }

  /**
   * Opens a room for a teacher, or answers null when that teacher already has {@code cap} open
   * (0: no cap). Rooms still being stored count too, so that racing requests cannot all pass the
   * count; the lock only guards this directory's counts, never a room's state.
   */
  public Future<Room> open(RoomPlan plan, String owner, int cap) {
    if (owner == null) return open(plan);
    synchronized (this) {
      if (cap > 0 && openRooms(owner) + opening.getOrDefault(owner, 0) >= cap) return Future.succeededFuture(null);
      opening.merge(owner, 1, Integer::sum);
    }
    return open(plan).andThen(ar -> {
      synchronized (this) {
        if (ar.succeeded()) owners.put(ar.result().pin, owner);
        opening.computeIfPresent(owner, (k, n) -> n > 1 ? n - 1 : null);
      }
    });
  }

  /** Rooms of this teacher that have not finished. */
  public int openRooms(String owner) {
    int n = 0;
    for (Map.Entry<String, String> e : owners.entrySet()) {
      Room r = rooms.get(e.getKey());
      if (e.getValue().equals(owner) && r != null && r.phase != Room.Phase.FINISHED) n++;
    }
    return n;
  }

  public Room get(String pin) {
    return pin == null ? null : rooms.get(pin);
  }

  public Collection<Room> all() {
    return List.copyOf(rooms.values());
  }

  /** The rooms a teacher opened. */
  public List<Room> ownedBy(String owner) {
    return rooms.values().stream().filter(r -> owner.equals(r.plan.owner())).toList();
  }

  /** Opens a homework room: its session is saved before the future completes. */
  public Future<Room> createHomework(RoomPlan plan) {
    return open(plan).compose(room -> room.read(() -> room.homework.start()).compose(started -> started).map(room)
        .onFailure(err -> rooms.remove(room.pin, room)));
  }

  /** The homework's progress now, by player id (empty when this is not a homework room). */
  public Future<java.util.Map<String, io.vertx.core.json.JsonObject>> homeworkProgress(Room room) {
    return room.read(() -> room.homework == null ? java.util.Map.of() : room.homework.progress());
  }

  /** Closes a homework now (the teacher's "close"); completes once the session is saved as finished. */
  public Future<Void> closeHomework(Room room, long at) {
    return room.read(() -> room.homework.close(at)).compose(f -> f);
  }

  public int size() {
    return rooms.size();
  }

  private void sweep() {
    sweep(System.currentTimeMillis());
  }

  /** Ends and removes rooms left empty, unused for {@code maxIdleMs}, or finished long ago, as of {@code now}. */
  void sweep(long now) {
    for (Room room : rooms.values()) {
      room.run(() -> {
        boolean running = room.phase != Room.Phase.FINISHED;
        boolean finishedLongAgo = !running && now - room.finishedAt > FINISHED_KEPT_MS;
        // A homework is kept, empty or unused, until its deadline.
        boolean homework = room.homework != null;
        boolean empty = running && (homework ? room.homework.closed() : room.emptyForMs(now) > idleMs);
        boolean unused = running && !homework && maxIdleMs > 0 && now - room.lastActivity > maxIdleMs;
        if (finishedLongAgo || empty || unused) {
          LOG.info("Room {} is {}: ending and removing it", room.pin,
              unused && !empty ? "unused for hours" : homework ? "past its deadline" : "left empty");
          room.shutdown().onComplete(v -> {
            room.closeAll((short) 1000, "room closed");
            rooms.remove(room.pin, room);
            owners.remove(room.pin);
          });
        }
      });
    }
  }

  /** Ends every running room, saving its session as finished (at SIGTERM). */
  public Future<Void> shutdown() {
    vertx.cancelTimer(sweeper);
    takeover.stop();
    List<Future<Void>> all = new ArrayList<>();
    for (Room room : rooms.values()) all.add(room.shutdown());
    return Future.join(all).transform(ar -> Future.succeededFuture());
  }
}
