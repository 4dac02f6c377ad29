package recall.room;

import java.util.HashMap;
import java.util.Map;

/**
 * Who may come into one room, and when: not once it has finished (or its homework closed), not while
 * it is locked, a class room only with a student's code ({@link ClassJoin}), a name as the rules
 * allow, and no more players than its caps, in all and from one address. Owned, like the rest of the
 * room, by the room's context.
 */
final class Door {
  private final Room room;
  private final RoomCaps caps;
  private final Map<String, Integer> joinsByAddress = new HashMap<>();

  Door(Room room, RoomCaps caps) {
    this.room = room;
    this.caps = caps;
  }

  /** A nickname's join. */
  void join(Connection c, String rawName) {
    if (closedTo(c) || lockedTo(c)) return;
    if (room.plan.roster() != null) {
      room.helloFailed(c, "code-required", "This game is for a class: join with your personal code.");
      return;
    }
    RoomNames.Check checked = room.names.check(rawName);
    if (checked.name() == null) {
      room.helloFailed(c, checked.code(), checked.message());
      return;
    }
    if (!takesOneMoreFrom(c)) return;
    room.admit(c, checked.name().shown(), null, 1.0);
  }

  /** True (after counting the join) when the room's caps let one more player in from this address. */
  boolean takesOneMoreFrom(Connection c) {
    if (caps.full(room.activeCount())) {
      room.helloFailed(c, "room-full", "This game is full.");
      return false;
    }
    int fromAddress = joinsByAddress.getOrDefault(c.address(), 0);
    if (caps.addressFull(fromAddress)) {
      room.helloFailed(c, "rate-limited", "Too many players have joined this game from this address.");
      return false;
    }
    joinsByAddress.put(c.address(), fromAddress + 1);
    return true;
  }

  /** True (after telling the connection) when the room takes nobody any more. */
  boolean closedTo(Connection c) {
    if (room.homework != null && room.homework.closed()) room.helloFailed(c, "closed", "This homework is closed.");
    else if (room.phase == Room.Phase.FINISHED) room.helloFailed(c, "no-room", "This game has finished.");
    else return false;
    return true;
  }

  boolean lockedTo(Connection c) {
    if (room.locked) room.helloFailed(c, "locked", "The teacher has locked this room.");
    return room.locked;
  }
}
