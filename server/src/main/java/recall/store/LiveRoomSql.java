package recall.store;

import java.util.List;

/**
 * The SQL of live rooms (migration 5), beside {@link Sql} rather than in it so that the branches
 * that grow {@code Sql} at the same time merge cleanly. A live room's row is deleted when its game
 * finishes; what stays is the saved session.
 */
final class LiveRoomSql {
  private LiveRoomSql() {
  }

  static final List<String> SCHEMA = List.of(
      // plan: the questions as asked (shuffled order ids included), time limits, rules, owner.
      // host_keys: SHA-256 of each host key handed out, space-separated. node and lease_until: the
      // node that runs the room and until when its claim holds (renewed while it is alive).
      "CREATE TABLE live_room (pin VARCHAR(6) PRIMARY KEY, session_id VARCHAR(40) NOT NULL, owner VARCHAR(64),"
          + " plan VARCHAR(4000000) NOT NULL, host_keys VARCHAR(1000) NOT NULL, phase VARCHAR(16) NOT NULL,"
          + " idx INT NOT NULL, opened_at BIGINT, locked BOOLEAN DEFAULT FALSE NOT NULL, created_at BIGINT NOT NULL,"
          + " node VARCHAR(64), lease_until BIGINT)",
      // Only a hash of a player's token is kept: a copy of the database lets nobody play as anyone.
      "CREATE TABLE live_player (session_id VARCHAR(40) NOT NULL, id VARCHAR(40) NOT NULL, token_hash VARCHAR(64) NOT NULL,"
          + " name VARCHAR(100) NOT NULL, joined_at BIGINT NOT NULL, kicked BOOLEAN DEFAULT FALSE NOT NULL,"
          + " extra_time " + Dialect.DOUBLE + " DEFAULT 1 NOT NULL, student_id VARCHAR(40), PRIMARY KEY (session_id, id))");

  static final String ROOM_INSERT = "INSERT INTO live_room (pin, session_id, owner, plan, host_keys, phase, idx, locked, created_at, node, lease_until)"
      + " VALUES (?, ?, ?, ?, ?, 'lobby', -1, FALSE, ?, ?, ?)";
  // A room's changes are written only by the node that holds it: one whose lease lapsed, and whose
  // room another node took, writes nothing more (until it notices and lets the room go).
  static final String ROOM_PHASE = "UPDATE live_room SET phase = ?, idx = ?, opened_at = ? WHERE pin = ? AND session_id = ? AND node = ?";
  static final String ROOM_LOCKED = "UPDATE live_room SET locked = ? WHERE pin = ? AND session_id = ? AND node = ?";
  static final String ROOM_HOST_KEYS = "UPDATE live_room SET host_keys = ? WHERE pin = ? AND session_id = ? AND node = ?";
  static final String ROOM_DELETE = "DELETE FROM live_room WHERE pin = ? AND session_id = ?";
  static final String PLAYERS_DELETE = "DELETE FROM live_player WHERE session_id = ?";
  static final String PLAYER_INSERT = "INSERT INTO live_player (session_id, id, token_hash, name, joined_at, kicked, extra_time, student_id)"
      + " VALUES (?, ?, ?, ?, ?, FALSE, ?, ?)";
  static final String PLAYER_UPDATE = "UPDATE live_player SET name = ?, kicked = ?, extra_time = ? WHERE session_id = ? AND id = ?";

  static final String ROOMS_ALL = "SELECT pin, session_id, owner, plan, host_keys, phase, idx, opened_at, locked, node, lease_until FROM live_room";
  static final String ROOM_ONE = ROOMS_ALL + " WHERE pin = ?";
  // The rest of a room, each by its PIN (the session looked up in the statement), so that all of a
  // takeover's loads go to the database at once rather than after the room's row came back.
  private static final String SESSION_OF_PIN = "(SELECT session_id FROM live_room WHERE pin = ?)";
  static final String ROOM_PLAYERS = "SELECT id, token_hash, name, joined_at, kicked, extra_time, student_id FROM live_player"
      + " WHERE session_id = " + SESSION_OF_PIN + " ORDER BY joined_at, id";
  static final String ROOM_ANSWERS = "SELECT player_id, idx, answer, correct, fraction, points, ms, answered_at FROM answer"
      + " WHERE session_id = " + SESSION_OF_PIN + " ORDER BY idx, answered_at, player_id";
  static final String ROOM_OPENED = "SELECT idx, opened_at FROM session_question WHERE session_id = " + SESSION_OF_PIN
      + " AND opened_at IS NOT NULL";
  static final String SESSION_STATE = "SELECT finished_at FROM game_session WHERE id = " + SESSION_OF_PIN;

  // A cluster: each node renews the lease of the rooms it runs; a room whose lease ran out is taken
  // by the first node whose update finds it still as it read it (an optimistic claim).
  static final String LEASE_RENEW = "UPDATE live_room SET lease_until = ? WHERE node = ?";
  // PostgreSQL: the renewal takes only the rows it can lock at once. The node's ordered writer
  // updates several of its rooms' rows in one transaction, in its own order; a renewal that waited
  // for them, holding others, was a deadlock (PostgreSQL then waits a second and aborts one). A row
  // skipped now is renewed half a second later, well within its 10-second lease.
  static final String LEASE_RENEW_SKIP_LOCKED = "UPDATE live_room SET lease_until = ? WHERE node = ?"
      + " AND pin IN (SELECT pin FROM live_room WHERE node = ? FOR UPDATE SKIP LOCKED)";
  static final String LEASE_CLAIM = "UPDATE live_room SET node = ?, lease_until = ? WHERE pin = ?"
      + " AND (node IS NULL OR node = ? OR lease_until < ?)";
  static final String ROOMS_EXPIRED = "SELECT pin FROM live_room WHERE node IS NULL OR lease_until < ?";
  static final String LEASE_CLAIM_FROM = "UPDATE live_room SET node = ?, lease_until = ? WHERE pin = ? AND node = ? AND lease_until < ?";
  static final String ROOMS_OF_NODE = "SELECT pin FROM live_room WHERE node = ? AND lease_until < ?";
  static final String ROOM_HOLDERS = "SELECT pin, node FROM live_room";
  static final String ROOM_NODE = "SELECT node, lease_until FROM live_room WHERE pin = ?";
}
