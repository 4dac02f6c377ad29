package recall.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Live rooms as they happen: what a restarted server (or another node) needs to go on with a game.
 * Writes go through one ordered writer ({@link OrderedWriter}) on a connection of its own, so they
 * never wait behind the answers' group commit nor make it wait. Lease renewals have a connection of
 * their own, and so have takeovers (claims and the loads of rooms taken over, see {@link PinnedConnections}); the look-up of a
 * room's node uses the main pool.
 */
public final class LiveRoomStore {
  private final Pool pool;
  private final OrderedWriter writer;
  private final PinnedConnections leases;
  private final PinnedConnections takeovers;
  private final String node;
  private final Dialect dialect;

  /**
   * Takes from {@code db} the main pool (look-ups), the journal pool (the ordered writer's connection), the lease
   * connection, the takeovers' connections, and the dialect (how a lease is renewed, see
   * {@link LiveRoomSql#LEASE_RENEW_SKIP_LOCKED}).
   *
   * @param node this node, the only one whose changes to its rooms' rows are written
   */
  public LiveRoomStore(Vertx vertx, Db db, String node) {
    this.pool = db.pool();
    this.writer = new OrderedWriter(vertx.getOrCreateContext(), db.journalPool());
    this.leases = db.leases();
    this.takeovers = db.takeovers();
    this.node = node;
    this.dialect = db.dialect();
  }

  /** A live room's row. {@code phase} is {@code lobby}, {@code question} or {@code reveal}. */
  public record LiveRoom(String pin, String sessionId, String owner, JsonObject plan, List<String> hostKeys,
                         String phase, int index, Long openedAt, boolean locked, String node, Long leaseUntil) {
  }

  /** A player of a live room; only the hash of its token is stored. */
  public record LivePlayer(String id, String tokenHash, String name, long joinedAt, boolean kicked, double extraTime, String studentId) {
  }

  /** An answer already stored for the room's session. */
  public record LiveAnswer(String playerId, int index, JsonObject answer, boolean correct, double fraction,
                           int points, long ms, long answeredAt) {
  }

  /**
   * Everything stored of one live room.
   *
   * @param opened when each question was opened, by index, as the session recorded it
   * @param sessionSaved whether the game started (its session is saved)
   * @param sessionFinished whether its session was saved as finished (the room's row outlived it)
   */
  public record Snapshot(LiveRoom room, List<LivePlayer> players, List<LiveAnswer> answers,
                         Map<Integer, Long> opened, boolean sessionSaved, boolean sessionFinished) {
  }

  /** Stores a new room; the future holds false when its PIN is taken (by a room of another node). */
  public Future<Boolean> insert(LiveRoom r, long now) {
    Tuple t = Tuple.of(r.pin(), r.sessionId(), r.owner(), r.plan().encode(), String.join(" ", r.hostKeys()), now, r.node(), r.leaseUntil());
    return writer.write(LiveRoomSql.ROOM_INSERT, t).map(true).recover(err -> Dialect.duplicate(err)
        ? Future.succeededFuture(false) : Future.failedFuture(err));
  }

  public Future<Void> phase(String pin, String sessionId, String phase, int index, Long openedAt) {
    return writer.write(LiveRoomSql.ROOM_PHASE, Tuple.of(phase, index, openedAt, pin, sessionId, node));
  }

  public Future<Void> locked(String pin, String sessionId, boolean locked) {
    return writer.write(LiveRoomSql.ROOM_LOCKED, Tuple.of(locked, pin, sessionId, node));
  }

  public Future<Void> hostKeys(String pin, String sessionId, List<String> hashes) {
    return writer.write(LiveRoomSql.ROOM_HOST_KEYS, Tuple.of(String.join(" ", hashes), pin, sessionId, node));
  }

  public Future<Void> addPlayer(String sessionId, LivePlayer p) {
    return writer.write(LiveRoomSql.PLAYER_INSERT, Tuple.of(sessionId, p.id(), p.tokenHash(), p.name(), p.joinedAt(), p.extraTime(), p.studentId()));
  }

  public Future<Void> updatePlayer(String sessionId, String id, String name, boolean kicked, double extraTime) {
    return writer.write(LiveRoomSql.PLAYER_UPDATE, Tuple.of(name, kicked, extraTime, sessionId, id));
  }

  /** The game finished: nothing is left to go on with. */
  public Future<Void> delete(String pin, String sessionId) {
    return writer.write(LiveRoomSql.PLAYERS_DELETE, Tuple.of(sessionId))
        .compose(v -> writer.write(LiveRoomSql.ROOM_DELETE, Tuple.of(pin, sessionId)));
  }

  /** The PINs of the rooms that may be taken: unclaimed ones and those whose lease ran out before {@code now}. */
  public Future<List<String>> claimable(long now) {
    return takeovers.auto(LiveRoomSql.ROOMS_EXPIRED, Tuple.of(now)).map(LiveRoomStore::pins);
  }

  /**
   * The PINs of the rooms of {@code gone}, a node the cluster saw leave, whose lease was last renewed
   * before {@code renewedBefore} (plus the lease): a node that only lost touch with the others but
   * still renews keeps its rooms.
   */
  public Future<List<String>> claimableFrom(String gone, long renewedBefore) {
    return takeovers.auto(LiveRoomSql.ROOMS_OF_NODE, Tuple.of(gone, renewedBefore)).map(LiveRoomStore::pins);
  }

  /** Claims a room for {@code node} until {@code leaseUntil}; false when another node got it first. */
  public Future<Boolean> claim(String pin, String node, long leaseUntil, long now) {
    return takeovers.auto(LiveRoomSql.LEASE_CLAIM, Tuple.of(node, leaseUntil, pin, node, now)).map(r -> r.rowCount() == 1);
  }

  /**
   * Claims a room of {@code gone} (a node that left) whose lease was last renewed before
   * {@code renewedBefore} (plus the lease); false when it is not that node's any more, or was renewed
   * since. Never a room another node has claimed meanwhile, however fresh that claim's lease.
   */
  public Future<Boolean> claimFrom(String pin, String gone, String node, long leaseUntil, long renewedBefore) {
    return takeovers.auto(LiveRoomSql.LEASE_CLAIM_FROM, Tuple.of(node, leaseUntil, pin, gone, renewedBefore)).map(r -> r.rowCount() == 1);
  }

  /** Keeps the claims of a living node. */
  public Future<Integer> renew(String node, long leaseUntil) {
    // HSQLDB has no SKIP LOCKED; it runs a server alone, where no renewal was seen to deadlock.
    if (dialect == Dialect.HSQLDB) return leases.auto(LiveRoomSql.LEASE_RENEW, Tuple.of(leaseUntil, node)).map(RowSet::rowCount);
    return leases.auto(LiveRoomSql.LEASE_RENEW_SKIP_LOCKED, Tuple.of(leaseUntil, node, node)).map(RowSet::rowCount);
  }

  /** Which node holds each live room now, by PIN (asked by a late renewal, so on the lease connection). */
  public Future<Map<String, String>> holders() {
    return leases.auto(LiveRoomSql.ROOM_HOLDERS, Tuple.tuple()).map(rows -> {
      Map<String, String> out = new HashMap<>();
      for (Row r : rows) out.put(r.getString(0), r.getString(1));
      return out;
    });
  }

  /** The node that runs a room and its lease, or null when there is no such live room. */
  public Future<String[]> nodeOf(String pin) {
    return Tx.one(pool, LiveRoomSql.ROOM_NODE, Tuple.of(pin)).map(rows -> {
      if (rows.size() == 0) return null;
      Row r = rows.iterator().next();
      return new String[] {r.getString(0), String.valueOf(r.getLong(1))};
    });
  }

  /** Everything stored of one live room, or null when there is none by that PIN. */
  public Future<Snapshot> load(String pin) {
    // All five at once, on as many connections: on a busy machine each statement's trip through the
    // pool is what takes the time, so one round of trips instead of two.
    Tuple byPin = Tuple.of(pin);
    Future<RowSet<Row>> row = takeovers.auto(LiveRoomSql.ROOM_ONE, byPin);
    Future<RowSet<Row>> players = takeovers.auto(LiveRoomSql.ROOM_PLAYERS, byPin);
    Future<RowSet<Row>> answers = takeovers.auto(LiveRoomSql.ROOM_ANSWERS, byPin);
    Future<RowSet<Row>> opened = takeovers.auto(LiveRoomSql.ROOM_OPENED, byPin);
    Future<RowSet<Row>> session = takeovers.auto(LiveRoomSql.SESSION_STATE, byPin);
    return Future.all(row, players, answers, opened, session).map(all -> {
      if (row.result().size() == 0) return null;
      LiveRoom room = room(row.result().iterator().next());
      RowSet<Row> s = session.result();
      boolean finished = s.size() > 0 && s.iterator().next().getLong(0) != null;
      return new Snapshot(room, players(players.result()), answers(answers.result()), opened(opened.result()), s.size() > 0, finished);
    });
  }

  private static List<String> pins(RowSet<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) out.add(r.getString(0));
    return out;
  }

  private static LiveRoom room(Row r) {
    return new LiveRoom(r.getString(0), r.getString(1), r.getString(2), new JsonObject(r.getString(3)),
        Arrays.asList(r.getString(4).split(" ")), r.getString(5), r.getInteger(6), r.getLong(7),
        Boolean.TRUE.equals(r.getBoolean(8)), r.getString(9), r.getLong(10));
  }

  private static List<LivePlayer> players(RowSet<Row> rows) {
    List<LivePlayer> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(new LivePlayer(r.getString(0), r.getString(1), r.getString(2), r.getLong(3),
          Boolean.TRUE.equals(r.getBoolean(4)), r.getDouble(5), r.getString(6)));
    }
    return out;
  }

  private static List<LiveAnswer> answers(RowSet<Row> rows) {
    List<LiveAnswer> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(new LiveAnswer(r.getString(0), r.getInteger(1), new JsonObject(r.getString(2)), Boolean.TRUE.equals(r.getBoolean(3)),
          r.getDouble(4), r.getInteger(5), r.getInteger(6), r.getLong(7)));
    }
    return out;
  }

  private static Map<Integer, Long> opened(RowSet<Row> rows) {
    Map<Integer, Long> out = new HashMap<>();
    for (Row r : rows) out.put(r.getInteger(0), r.getLong(1));
    return out;
  }
}
