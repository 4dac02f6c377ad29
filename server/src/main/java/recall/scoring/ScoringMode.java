package recall.scoring;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a room turns judged answers into points, chosen per room ({@code "scoring"} in
 * {@code POST /api/rooms}). Every mode is a plain function of the judgement, the time taken, the
 * player's own time limit (already scaled by any extra time) and the streak before the answer.
 */
public enum ScoringMode {
  /** The contract's default rule: speed points plus the streak bonus. */
  SPEED("speed"),
  /** Speed points, and no streak bonus: one lucky run does not decide the podium. */
  SPEED_NO_STREAK("speed-no-streak"),
  /** A right answer scores 1000 and a part-right one its fraction; time and streaks do not count. */
  ACCURACY("accuracy");

  private final String wire;

  ScoringMode(String wire) {
    this.wire = wire;
  }

  /** The name used on the wire. */
  public String wire() {
    return wire;
  }

  /** The mode of a wire name, or empty for an unknown one. */
  public static Optional<ScoringMode> of(String wire) {
    return Arrays.stream(values()).filter(m -> m.wire.equals(wire)).findFirst();
  }

  /**
   * Points for one answer.
   *
   * @param j the judgement of the answer
   * @param elapsedMs server time from opening the question to receiving the answer
   * @param limitMs this player's time limit (the question's, times the player's extra time)
   * @param streakBefore right answers in a row before this one
   */
  public int points(Judgement j, long elapsedMs, long limitMs, int streakBefore) {
    return switch (this) {
      case SPEED -> Scoring.points(j, elapsedMs, limitMs, streakBefore);
      // With no earlier right answer counted, the rule adds no streak bonus.
      case SPEED_NO_STREAK -> Scoring.points(j, elapsedMs, limitMs, 0);
      case ACCURACY -> j.fraction() <= 0 ? 0 : (int) Math.round(Scoring.MAX_POINTS * j.fraction());
    };
  }
}
