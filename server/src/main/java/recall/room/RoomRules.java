package recall.room;

import recall.scoring.Leaderboard;
import recall.scoring.ScoringMode;

import java.util.Map;

/**
 * The fair-play settings of one room, chosen when it is opened: how answers score, what ranking is
 * shown, and extra time kept for students of a class roster (by student id).
 */
public record RoomRules(ScoringMode scoring, Leaderboard leaderboard, Map<String, Double> extraTime) {
  /** The contract's version 1 behaviour: speed and streaks, a full leaderboard, no extra time. */
  public static final RoomRules DEFAULT = new RoomRules(ScoringMode.SPEED, Leaderboard.FULL, Map.of());

  public RoomRules {
    extraTime = Map.copyOf(extraTime);
  }

  /** The extra time of a roster student, 1 when none is set. */
  double extraTimeOf(String studentId) {
    return studentId == null ? 1.0 : extraTime.getOrDefault(studentId, 1.0);
  }
}
