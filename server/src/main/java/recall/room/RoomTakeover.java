package recall.room;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import recall.store.LiveRoomStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Which node runs each stored live room. A node holds its rooms by a lease in their rows, renewed
 * every half second; another node may claim a room once that lease has run out, or, when the cluster has
 * seen the room's node leave, as soon as the lease has gone {@link #STALE_MS} without renewal. The
 * claim is one conditional UPDATE, so the database decides between two nodes that try at once.
 * A room claimed is loaded and restored as after a restart, then handed to the registry.
 */
public final class RoomTakeover {
  private static final Logger LOG = LoggerFactory.getLogger(RoomTakeover.class);
  /**
   * How long a node's claim on its rooms holds without being renewed. Long, because a node that is
   * only overloaded (its renewals late by seconds) must keep its rooms; a dead node is found much
   * sooner, when the cluster sees it leave and its lease is stale ({@link #STALE_MS}).
   */
  public static final long LEASE_MS = 10_000;
  /** A living node renews this often, on a connection of its own (see {@code Db.leases}). */
  static final long RENEW_MS = 500;
  /**
   * A node the cluster saw leave is taken for dead once its lease has gone this long unrenewed. A
   * node that merely lost touch with the others, but still reaches the database, renews within
   * {@link #RENEW_MS} and keeps its rooms: the cluster's view alone never moves a room.
   */
  static final long STALE_MS = 1_200;
  /** How often a node in a cluster looks for rooms whose lease ran out. */
  static final long SCAN_MS = 500;
  /** How often the rooms of a node that left are tried, until its lease would have run out anyway. */
  static final long CHASE_MS = 250;

  private final LiveRoomStore live;
  private final RoomRestorer restorer;
  private final String node;
  private final Map<String, Room> rooms;
  private final Predicate<Room> adopt;
  private final Consumer<String> lost;
  /** Times renewals, scans and chases off the event loops (see {@link Ticker}). */
  private final Ticker ticker;
  /** Where renewals run (never behind a scan or a chase). */
  private final Context renewals;
  /** Where scans and chases run. */
  private final Context work;
  /** When the last renewal that succeeded was sent (its lease runs from then). */
  private volatile long renewedAt;
  /** The time leases are written and judged by (the wall clock, shared by the nodes through the database). */
  private final Clock clock;
  private volatile boolean renewing;
  /** PINs being claimed and restored here now. */
  private final Set<String> claiming = ConcurrentHashMap.newKeySet();
  private volatile boolean stopped;
  /** How many nodes are in the cluster now (this one included): a dead node's rooms are shared among those left. */
  volatile java.util.function.IntSupplier members = () -> 1;
  /** Told the PIN of each room this node has taken over (the relay tells the other nodes). */
  volatile Consumer<String> announce = pin -> { };

  /**
   * @param rooms the rooms that run on this node, by PIN (read only)
   * @param adopt hands a restored room to the registry; false when a room by its PIN is there already
   * @param lost told the PIN of a room of this node that another node has claimed
   */
  RoomTakeover(Vertx vertx, LiveRoomStore live, RoomRestorer restorer, String node, Map<String, Room> rooms, Predicate<Room> adopt,
               Consumer<String> lost, Clock clock) {
    this.clock = clock;
    this.renewedAt = clock.millis();
    this.live = live;
    this.restorer = restorer;
    this.node = node;
    this.rooms = rooms;
    this.adopt = adopt;
    this.lost = lost;
    // Renewals run on a worker context of their own, never on an event loop, and are timed by a
    // thread of their own: under a flood of sockets an event loop's queue can run seconds behind,
    // and a renewal waiting in it would let a living node's lease run out (seen at 15,000 players on
    // two cores: rooms moved between living nodes). The lease's connection and those of claims and
    // loads are off the event loops too (Db.leases, Db.takeovers), and the scans and chases
    // that start claims run on a second worker context.
    VertxInternal internal = (VertxInternal) vertx;
    this.renewals = internal.createWorkerContext();
    this.work = internal.createWorkerContext();
    this.ticker = new Ticker("recall-leases-" + node);
    ticker.every(RENEW_MS, renewals, () -> {
      if (!stopped) renew();
    });
  }

  /** Renews this node's lease; completes once renewed (or at once while a renewal is still on its way). */
  Future<Void> renew() {
    // One renewal at a time: a slow database would otherwise pile them up on the one connection.
    if (renewing) return Future.succeededFuture();
    renewing = true;
    long sent = clock.millis();
    long before = renewedAt;
    return live.renew(node, sent + LEASE_MS)
        .onFailure(err -> LOG.warn("Could not renew the lease of node {}: {}", node, err.getMessage()))
        .onSuccess(n -> renewedAt = sent)
        // Renewed late: another node may have claimed a room meanwhile. That room runs there now;
        // here it must stop, or two nodes would run one game.
        .compose(n -> sent - before > STALE_MS ? letGoOfLost() : Future.<Void>succeededFuture())
        .onComplete(ar -> renewing = false)
        .<Void>mapEmpty().recover(err -> Future.succeededFuture());
  }

  private Future<Void> letGoOfLost() {
    return live.holders().<Void>map(holders -> {
      for (String pin : List.copyOf(rooms.keySet())) {
        String holder = holders.get(pin);
        if (holder != null && !holder.equals(node)) lost.accept(pin);
      }
      return null;
    }).onFailure(err -> LOG.warn("Could not check which rooms node {} still holds: {}", node, err.getMessage()));
  }

  /**
   * Takes over the live rooms stored in the database that this node may run: at a start, every one
   * ({@code all}); in a cluster, those whose lease ran out.
   */
  Future<List<Room>> takeOver(boolean all) {
    long upTo = all ? Long.MAX_VALUE : clock.millis();
    return takeOver(() -> live.claimable(upTo), pin -> live.claim(pin, node, clock.millis() + LEASE_MS, upTo), 1);
  }

  /** In a cluster: from now on, rooms whose lease runs out are looked for every {@link #SCAN_MS}. */
  public void watch() {
    ticker.every(SCAN_MS, work, () -> takeOver(false).onSuccess(taken -> {
      if (!taken.isEmpty()) LOG.info("{} room(s) taken over from a node whose lease ran out", taken.size());
    }));
  }

  /**
   * The cluster saw {@code gone} leave: its rooms are claimed as soon as its lease is stale, tried
   * every {@link #CHASE_MS} until the lease would have run out (the scan takes it from there).
   */
  public void nodeLeft(String gone) {
    long until = clock.millis() + LEASE_MS + RENEW_MS;
    work.runOnContext(v -> chase(gone, until));
  }

  private void chase(String gone, long until) {
    takeOverFrom(gone).onComplete(ar -> {
      if (ar.succeeded() && !ar.result().isEmpty()) LOG.info("{} room(s) taken over from node {}, which left", ar.result().size(), gone);
      if (!stopped && clock.millis() < until) ticker.after(CHASE_MS, work, () -> chase(gone, until));
    });
  }

  /** One try at the rooms of {@code gone}, a node the cluster saw leave: those whose lease is stale. */
  Future<List<Room>> takeOverFrom(String gone) {
    long renewedBefore = clock.millis() + LEASE_MS - STALE_MS;
    // Only while the room is still that node's: another may have claimed it a moment ago. Each try
    // claims at most this node's share (the nodes left share the dead one's rooms, instead of the
    // first to notice restoring them all while the others idle); what the others leave, the next
    // try CHASE_MS later takes.
    int share = Math.max(1, members.getAsInt());
    return takeOver(() -> live.claimableFrom(gone, renewedBefore),
        pin -> live.claimFrom(pin, gone, node, clock.millis() + LEASE_MS, renewedBefore), share);
  }

  /**
   * Claims each candidate (one conditional UPDATE, {@code claim}), then loads and restores it.
   * A PIN is taken by one run at a time: a room claimed by one run is this node's, and a second run
   * that claimed it too would restore it twice (on a busy machine one run can outlast the interval
   * between two). Runs for other PINs go on meanwhile, so the scan never holds up a chase.
   *
   * @param share this node tries one in {@code share} of the candidates (rounded up), chosen at random
   */
  private Future<List<Room>> takeOver(Supplier<Future<List<String>>> candidates, Function<String, Future<Boolean>> claim, int share) {
    return candidates.get().compose(pins -> {
      List<String> order = new ArrayList<>(pins);
      // Two nodes that take over at once each start from a different room, so they share the work.
      Collections.shuffle(order);
      int most = (order.size() + share - 1) / share;
      List<Future<Room>> taken = new ArrayList<>();
      for (String pin : order) {
        if (taken.size() >= most) break;
        if (rooms.containsKey(pin) || !claiming.add(pin)) continue;
        taken.add(takeOne(pin, claim).andThen(ar -> claiming.remove(pin)));
      }
      return Future.all(taken).map(f -> f.<Room>list().stream().filter(Objects::nonNull).toList());
    });
  }

  private Future<Room> takeOne(String pin, Function<String, Future<Boolean>> claim) {
    // When each step ended, for the log: a slow takeover says where its time went.
    long[] at = new long[4];
    at[0] = System.nanoTime();
    return claim.apply(pin)
        .compose(won -> {
          at[1] = System.nanoTime();
          return won ? live.load(pin) : Future.succeededFuture(null);
        })
        .compose(snapshot -> {
          at[2] = System.nanoTime();
          return snapshot == null ? Future.succeededFuture(null) : restorer.restore(snapshot);
        })
        .map(room -> {
          if (room == null || !adopt.test(room)) return null;
          announce.accept(room.pin);
          at[3] = System.nanoTime();
          // On the room's context (the restore completes there), so its players and phase read as they are.
          LOG.info("Room {} restored ({} players, {}): claim {} ms, load {} ms, restore {} ms", pin, room.players.size(),
              room.phase.name().toLowerCase(), (at[1] - at[0]) / 1_000_000, (at[2] - at[1]) / 1_000_000, (at[3] - at[2]) / 1_000_000);
          return room;
        })
        .otherwise(err -> {
          LOG.error("Room {} could not be restored", pin, err);
          return null;
        });
  }

  /** The thread that times this node's renewals, scans and chases (and its cluster's membership check). */
  public Ticker ticker() {
    return ticker;
  }

  /** Stops renewing and looking (at a clean stop; the rows' leases then run out). */
  void stop() {
    stopped = true;
    ticker.stop();
  }
}
