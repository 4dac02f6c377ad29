package recall.room;

import java.util.HashSet;
import java.util.Set;

/**
 * The names in use in one room, kept as look-alike skeletons ({@link PlayerName#key}), and whether
 * another may be taken. Owned, like the rest of the room, by the room's context.
 */
final class RoomNames {
  private final Set<String> taken = new HashSet<>();

  /** A name as a player may take it in this room, or why not ({@code code}, {@code message}). */
  record Check(PlayerName.Name name, String code, String message) {
  }

  /** The contract's name rule, the look-alike skeleton against names taken, and the rude-name list. */
  Check check(String raw) {
    PlayerName.Name name;
    try {
      name = PlayerName.check(raw);
    } catch (PlayerName.Refused e) {
      return new Check(null, "bad-name", e.getMessage());
    }
    if (RudeNames.shipped().isRude(name.shown())) return new Check(null, "bad-name", "Please choose another name.");
    if (taken.contains(name.key())) {
      return new Check(null, "name-taken", "Someone in this room already has that name, or one that looks the same.");
    }
    return new Check(name, null, null);
  }

  void take(PlayerName.Name name) {
    taken.add(name.key());
  }

  /** A player's name as stored in a restored room. */
  void restored(String shown) {
    taken.add(PlayerName.key(shown));
  }

  /** Gives a player another name (the host's rename in the lobby); the old one is free again. */
  void rename(Player p, PlayerName.Name name) {
    taken.remove(PlayerName.key(p.name));
    taken.add(name.key());
    p.name = name.shown();
  }
}
