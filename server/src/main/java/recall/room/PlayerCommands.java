package recall.room;

import io.vertx.core.json.JsonObject;
import recall.scoring.ExtraTime;

/**
 * The host's commands about one player besides a kick: extra time (any time before the end) and a
 * new name (in the lobby, for a nickname the teacher would rather not project).
 */
final class PlayerCommands {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlayerCommands.class);

  private PlayerCommands() {
  }

  /** {@code {"type":"kick","playerId"}}: the player is out of the game and its socket closed. */
  static void kick(Room room, Connection c, Object id) {
    if (!(id instanceof String playerId)) {
      c.error("bad-message", "kick needs a playerId string.");
      return;
    }
    if (room.phase == Room.Phase.FINISHED) {
      c.error("bad-state", "The game has finished.");
      return;
    }
    Player p = room.players.get(playerId);
    if (p == null || p.kicked) {
      c.error("no-player", "There is no such player in this room.");
      return;
    }
    p.kicked = true;
    room.kickedCount++;
    Connection pc = p.connection;
    if (pc != null) room.connected--;
    p.connection = null;
    if (pc != null) {
      pc.send(Messages.kicked());
      pc.player = null;
      pc.close((short) 1000, "kicked");
    }
    if (room.sessionId != null && room.game.started()) {
      room.sessions.kicked(room.sessionId, p.id).onFailure(err -> LOG.warn("Room {}: could not save the kick of {}", room.pin, p.id, err));
    }
    room.lobbyChanged();
    room.game.playersChanged();
  }

  /** {@code {"type":"extra-time","playerId","factor":1.5}}: factors from 1 to 3. */
  static void extraTime(Room room, Connection host, JsonObject msg) {
    Player p = target(room, host, msg, "extra-time");
    if (p == null) return;
    if (!(msg.getValue("factor") instanceof Number n) || !ExtraTime.valid(n.doubleValue())) {
      host.error("bad-message", "extra-time needs a factor from " + ExtraTime.MIN + " to " + ExtraTime.MAX + ".");
      return;
    }
    p.extraTime = n.doubleValue();
    room.game.extraTimeChanged(p);
    room.lobbyChanged();
  }

  /** {@code {"type":"rename","playerId","name"}}: only in the lobby, under the same rules as a join. */
  static void rename(Room room, Connection host, JsonObject msg) {
    Player p = target(room, host, msg, "rename");
    if (p == null) return;
    if (room.phase != Room.Phase.LOBBY) {
      host.error("bad-state", "Players can be renamed only in the lobby.");
      return;
    }
    String name = msg.getValue("name") instanceof String s ? s.strip() : "";
    if (name.equals(p.name)) return;
    String[] refused = room.nameRefusal(name);
    if (refused != null) {
      host.error(refused[0], refused[1]);
      return;
    }
    room.rename(p, name);
    p.send(new JsonObject().put("type", "renamed").put("name", name));
    room.lobbyChanged();
  }

  private static Player target(Room room, Connection host, JsonObject msg, String command) {
    if (room.phase == Room.Phase.FINISHED) {
      host.error("bad-state", "The game has finished.");
      return null;
    }
    if (!(msg.getValue("playerId") instanceof String id)) {
      host.error("bad-message", command + " needs a playerId string.");
      return null;
    }
    Player p = room.players.get(id);
    if (p == null || p.kicked) {
      host.error("no-player", "There is no such player in this room.");
      return null;
    }
    return p;
  }
}
