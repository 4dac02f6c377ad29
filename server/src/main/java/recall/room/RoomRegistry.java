package recall.room;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import recall.store.SessionStore;

import java.util.ArrayList;
import java.util.Collection;
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
  private final long sweeper;
  private final java.time.Clock clock;

  /**
   * @param idleMs how long a room with no host and no player is kept before it is ended
   * @param acknowledged told, for the metrics, how long each answer took from receipt to acknowledgement
   * @param caps how many may join one room
   * @param maxIdleMs a room with no join, answer or host command for this long is ended, even with
   *     sockets open (one idle socket must not keep a room alive forever)
   */
  public RoomRegistry(Vertx vertx, SessionStore sessions, GameSaver saver, long idleMs, LongConsumer acknowledged,
                      RoomCaps caps, long maxIdleMs) {
    this(vertx, sessions, saver, idleMs, acknowledged, caps, maxIdleMs, java.time.Clock.systemUTC());
  }

  /** @param clock the time homework deadlines are judged by (tests move it forward) */
  public RoomRegistry(Vertx vertx, SessionStore sessions, GameSaver saver, long idleMs, LongConsumer acknowledged,
                      RoomCaps caps, long maxIdleMs, java.time.Clock clock) {
    this.caps = caps;
    this.maxIdleMs = maxIdleMs;
    this.clock = clock;
    this.vertx = vertx;
    this.sessions = sessions;
    this.saver = saver;
    this.idleMs = idleMs;
    this.acknowledged = acknowledged;
    this.sweeper = vertx.setPeriodic(Math.max(1000, Math.min(30_000, idleMs / 4)), id -> sweep());
  }

  /** Opens a room on the caller's event-loop context, which then owns it. */
  public Room create(RoomPlan plan) {
    Context context = vertx.getOrCreateContext();
    String sessionId = UUID.randomUUID().toString();
    while (true) {
      String pin = Ids.pin();
      Room room = new Room(vertx, context, plan, sessions, saver, acknowledged, pin, Ids.secret(), sessionId, caps, clock);
      if (rooms.putIfAbsent(pin, room) == null) return room;
    }
  }

  /**
   * Opens a room for a teacher, or answers null when that teacher already has {@code cap} open
   * (0: no cap). Synchronized so that racing requests cannot all pass the count; it only touches
   * this directory, never a room's state.
   */
  public synchronized Room create(RoomPlan plan, String owner, int cap) {
    if (cap > 0 && openRooms(owner) >= cap) return null;
    Room room = create(plan);
    if (owner != null) owners.put(room.pin, owner);
    return room;
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
    Room room = create(plan);
    return room.read(() -> room.homework.start()).compose(started -> started).map(room)
        .onFailure(err -> rooms.remove(room.pin, room));
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
            room.closeAll();
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
    List<Future<Void>> all = new ArrayList<>();
    for (Room room : rooms.values()) all.add(room.shutdown());
    return Future.join(all).transform(ar -> Future.succeededFuture());
  }
}
