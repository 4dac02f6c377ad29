package recall.room;

import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import recall.store.LiveRoomStore;

/**
 * Writes one room's changes to the live-room tables as they happen, so that a restarted server or
 * another node can go on with the game ({@link RoomRestorer}). Scores and streaks are not written:
 * they follow from the stored answers. A failed write is logged; the game goes on.
 */
final class RoomJournal {
  private static final Logger LOG = LoggerFactory.getLogger(RoomJournal.class);

  private final LiveRoomStore store;
  private final String pin;
  private final String sessionId;

  RoomJournal(LiveRoomStore store, String pin, String sessionId) {
    this.store = store;
    this.pin = pin;
    this.sessionId = sessionId;
  }

  /** A player joined; its welcome waits for this, so that a welcomed player can always resume. */
  Future<Void> joined(Player p) {
    return logged(store.addPlayer(sessionId, new LiveRoomStore.LivePlayer(p.id, HostKeys.hash(p.token), p.name, p.joinedAt, false, p.extraTime, p.studentId)),
        "the player " + p.id);
  }

  /** A player was kicked, renamed or given extra time. */
  void player(Player p) {
    logged(store.updatePlayer(sessionId, p.id, p.name, p.kicked, p.extraTime), "a change of player " + p.id);
  }

  void locked(boolean locked) {
    logged(store.locked(pin, sessionId, locked), "the lock");
  }

  void hostKeys(HostKeys keys) {
    logged(store.hostKeys(pin, sessionId, keys.hashes()), "a new host key");
  }

  /** A question opened ({@code question}) or was revealed ({@code reveal}). */
  void phase(String phase, int index, long openedAt) {
    logged(store.phase(pin, sessionId, phase, index, openedAt), "the " + phase + " of question " + index);
  }

  /** The game finished: nothing is left to restore. */
  Future<Void> finished() {
    return logged(store.delete(pin, sessionId), "the end");
  }

  private Future<Void> logged(Future<Void> write, String what) {
    return write.onFailure(err -> LOG.warn("Room {}: could not record {}: {}", pin, what, err.getMessage()))
        .recover(err -> Future.succeededFuture());
  }
}
