package recall.room;

/**
 * How many may join one room.
 *
 * @param maxPlayers players in the room, 0 for no cap ({@code RECALL_MAX_PLAYERS})
 * @param joinsPerAddress players one address may add, 0 for no cap ({@code RECALL_ROOM_JOINS_PER_ADDRESS});
 *     a class behind one school router shares one address, so this stays above a class's size
 */
public record RoomCaps(int maxPlayers, int joinsPerAddress) {
  /** No caps (tests of other things, load tests). */
  public static final RoomCaps NONE = new RoomCaps(0, 0);

  boolean full(int players) {
    return maxPlayers > 0 && players >= maxPlayers;
  }

  boolean addressFull(int fromAddress) {
    return joinsPerAddress > 0 && fromAddress >= joinsPerAddress;
  }
}
