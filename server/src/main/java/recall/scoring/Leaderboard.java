package recall.scoring;

import java.util.Arrays;
import java.util.Optional;

/**
 * What players and the projector are shown between questions ({@code "leaderboard"} in
 * {@code POST /api/rooms}). A class where the same few always win may prefer that nobody sees a
 * ranking, or that each student sees only their own rank.
 */
public enum Leaderboard {
  /** The projector shows the top of the ranking; every player sees their rank. */
  FULL("full", Integer.MAX_VALUE, true),
  /** The projector shows the first five; every player sees their rank. */
  TOP5("top5", 5, true),
  /** The projector shows no names; every player sees their own rank. */
  SELF("self", 0, true),
  /** Nobody is shown a ranking: the projector shows no names and players see no rank. */
  OFF("off", 0, false);

  private final String wire;
  private final int projected;
  private final boolean ranksToPlayers;

  Leaderboard(String wire, int projected, boolean ranksToPlayers) {
    this.wire = wire;
    this.projected = projected;
    this.ranksToPlayers = ranksToPlayers;
  }

  public String wire() {
    return wire;
  }

  /** The mode of a wire name, or empty for an unknown one. */
  public static Optional<Leaderboard> of(String wire) {
    return Arrays.stream(values()).filter(m -> m.wire.equals(wire)).findFirst();
  }

  /** How many of the leaders the projector may name, out of the {@code top} it would show. */
  public int projected(int top) {
    return Math.min(top, projected);
  }

  /** Whether a player's own rank goes into its outcome and its final result. */
  public boolean ranksToPlayers() {
    return ranksToPlayers;
  }
}
