package recall.room;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The host's {@code kick}: one player ({@code "playerId"}, the contract) or several at once
 * ({@code "playerIds":[...]}, Recall's extension, so that a room flooded with bots is cleared in one
 * command). Runs on the room's context. Unknown ids get one {@code no-player} error naming them;
 * the others are still removed.
 */
final class Kick {
  private static final Logger LOG = LoggerFactory.getLogger(Kick.class);
  static final int MAX_IDS = 1000;

  private Kick() {
  }

  static void command(Room room, Connection host, JsonObject msg) {
    Set<String> ids = ids(host, msg);
    if (ids == null) return;
    if (room.phase == Room.Phase.FINISHED) {
      host.error("bad-state", "The game has finished.");
      return;
    }
    List<String> unknown = new ArrayList<>();
    int removed = 0;
    for (String id : ids) {
      Player p = room.players.get(id);
      if (p == null || p.kicked) {
        unknown.add(id);
      } else {
        remove(room, p);
        removed++;
      }
    }
    if (!unknown.isEmpty()) {
      host.error("no-player", "There is no such player in this room: " + String.join(", ", unknown.subList(0, Math.min(10, unknown.size()))));
    }
    if (removed > 0) {
      room.lobbyChanged();
      room.game.playersChanged();
    }
  }

  /** The ids asked for, or null after answering {@code bad-message}. */
  private static Set<String> ids(Connection host, JsonObject msg) {
    Object one = msg.getValue("playerId");
    Object many = msg.getValue("playerIds");
    Set<String> ids = new LinkedHashSet<>();
    if (one instanceof String s && many == null) {
      ids.add(s);
      return ids;
    }
    if (one == null && many instanceof JsonArray list && !list.isEmpty() && list.size() <= MAX_IDS) {
      for (Object id : list) {
        if (!(id instanceof String s)) break;
        ids.add(s);
      }
      if (ids.size() > 0 && list.stream().allMatch(String.class::isInstance)) return ids;
    }
    host.error("bad-message", "kick needs a playerId string, or playerIds: a list of 1 to " + MAX_IDS + " id strings.");
    return null;
  }

  private static void remove(Room room, Player p) {
    p.kicked = true;
    room.kickedCount++;
    // Journaled, so that a kicked player's token does not resume after a restart.
    room.journal.player(p);
    Connection pc = p.connection;
    if (pc != null) room.playerGone();
    p.connection = null;
    if (pc != null) {
      pc.send(Messages.kicked());
      pc.player = null;
      pc.close((short) 1000, "kicked");
    }
    if (room.sessionId != null && room.game.started()) {
      room.sessions.kicked(room.sessionId, p.id).onFailure(err -> LOG.warn("Room {}: could not save the kick of {}", room.pin, p.id, err));
    }
  }
}
