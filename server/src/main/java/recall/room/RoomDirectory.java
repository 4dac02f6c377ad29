package recall.room;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import recall.store.LiveRoomStore;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Which node runs a room, for a hello that reached a node that does not run it. The room's row
 * says; while the room is between nodes (its node has died and no other has taken it over yet) the
 * hello waits for it, up to {@link #WAIT_MS}, woken as soon as a node announces it took the room.
 * A phone that reconnects at once after its node died is thus let in a moment later on the same
 * socket, instead of being turned away to reconnect again and again (a browser's backoff grows
 * with each refusal, and thirty phones at once would each ask the database every time).
 *
 * <p>One look-up per PIN is in flight at a time, whoever asks, and what a look-up or an
 * announcement says is kept for {@link #KNOWN_MS} (forgotten at once for a node that leaves): a
 * class reconnecting together asks the database once, not thirty times.
 */
final class RoomDirectory {
  /** How long a hello waits for its room to be taken over before the phone is told to come back (1012). */
  static final long WAIT_MS = 8_000;
  /** While waiting, the row is read again this often (an announcement may have been missed). */
  static final long RECHECK_MS = 500;
  /** How long a room's node, once known, is believed without asking the database again. */
  static final long KNOWN_MS = 3_000;

  /** The room is between nodes and no node took it over in time. */
  static final class Moving extends RuntimeException {
    Moving() {
      super("room moving to another server", null, false, false);
    }
  }

  private final Vertx vertx;
  private final long waitMs;
  private final String node;
  private final LiveRoomStore live;
  private final Supplier<List<String>> members;
  private final Predicate<String> runsHere;
  private final Map<String, Future<String[]>> lookups = new ConcurrentHashMap<>();
  private final Map<String, List<Promise<Void>>> waiting = new ConcurrentHashMap<>();
  private final Map<String, Known> known = new ConcurrentHashMap<>();

  private record Known(String node, long at) {
  }

  /**
   * @param members the ids of the cluster's members now
   * @param runsHere whether a PIN's room runs on this node (a claim won here counts once its room is restored)
   */
  RoomDirectory(Vertx vertx, String node, LiveRoomStore live, Supplier<List<String>> members, Predicate<String> runsHere) {
    this(vertx, node, live, members, runsHere, WAIT_MS);
  }

  /** @param waitMs how long a hello waits for its room to be taken over */
  RoomDirectory(Vertx vertx, String node, LiveRoomStore live, Supplier<List<String>> members, Predicate<String> runsHere, long waitMs) {
    this.waitMs = waitMs;
    this.vertx = vertx;
    this.node = node;
    this.live = live;
    this.members = members;
    this.runsHere = runsHere;
  }

  /**
   * The node that runs {@code pin}'s room, once one does; null when there is no such live room.
   * Fails with {@link Moving} when the room is still between nodes after the wait.
   */
  Future<String> owner(String pin) {
    return owner(pin, System.currentTimeMillis() + waitMs);
  }

  private Future<String> owner(String pin, long until) {
    Known k = known.get(pin);
    if (k != null && System.currentTimeMillis() - k.at() < KNOWN_MS && running(pin, k.node(), Long.MAX_VALUE, 0)) {
      return Future.succeededFuture(k.node());
    }
    return lookup(pin).compose(row -> {
      if (row == null) return Future.succeededFuture(null);
      long now = System.currentTimeMillis();
      if (running(pin, row[0], Long.parseLong(row[1]), now)) {
        known.put(pin, new Known(row[0], now));
        return Future.succeededFuture(row[0]);
      }
      if (now >= until) return Future.failedFuture(new Moving());
      return woken(pin, Math.min(RECHECK_MS, until - now)).compose(v -> owner(pin, until));
    });
  }

  /** Whether the room's node is up: this one once the room is restored here, another while it is a member and renews. */
  private boolean running(String pin, String owner, long leaseUntil, long now) {
    if (owner == null) return false;
    if (owner.equals(node)) return runsHere.test(pin);
    return leaseUntil >= now && members.get().contains(owner);
  }

  private Future<String[]> lookup(String pin) {
    Future<String[]> asked = lookups.get(pin);
    if (asked != null) return asked;
    Promise<String[]> row = Promise.promise();
    asked = lookups.putIfAbsent(pin, row.future());
    if (asked != null) return asked;
    live.nodeOf(pin).onComplete(ar -> {
      lookups.remove(pin, row.future());
      row.handle(ar);
    });
    return row.future();
  }

  /** Completes when a node announces it took {@code pin}'s room, or after {@code ms}. */
  private Future<Void> woken(String pin, long ms) {
    Promise<Void> wake = Promise.promise();
    List<Promise<Void>> list = waiting.computeIfAbsent(pin, k -> new CopyOnWriteArrayList<>());
    list.add(wake);
    long timer = vertx.setTimer(Math.max(1, ms), t -> wake.tryComplete());
    return wake.future().onComplete(v -> {
      vertx.cancelTimer(timer);
      list.remove(wake);
      waiting.computeIfPresent(pin, (k, l) -> l.isEmpty() ? null : l);
    });
  }

  /** {@code taker} announced that it took over {@code pin}'s room: its waiting hellos go on now. */
  void moved(String pin, String taker) {
    if (taker != null) known.put(pin, new Known(taker, System.currentTimeMillis()));
    List<Promise<Void>> list = waiting.get(pin);
    if (list != null) list.forEach(Promise::tryComplete);
  }

  /** A node left the cluster: none of its rooms is believed to be there any more. */
  void nodeLeft(String gone) {
    known.values().removeIf(k -> k.node().equals(gone));
  }
}
