package recall.room;

import io.vertx.core.json.JsonObject;
import recall.scoring.ExtraTime;

/**
 * The host's commands about one player besides a kick: extra time (any time before the end) and a
 * new name (in the lobby, for a nickname the teacher would rather not project).
 */
final class PlayerCommands {
  private PlayerCommands() {
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
    room.journal.player(p);
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
    String given = msg.getValue("name") instanceof String s ? s : "";
    if (given.strip().equals(p.name)) return;
    RoomNames.Check checked = room.names.check(given);
    if (checked.name() == null) {
      host.error(checked.code(), checked.message());
      return;
    }
    room.names.rename(p, checked.name());
    room.journal.player(p);
    p.send(new JsonObject().put("type", "renamed").put("name", p.name));
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
