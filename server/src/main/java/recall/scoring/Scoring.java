package recall.scoring;

/**
 * The contract's default scoring rule, as plain functions.
 *
 * <p>A fully right answer scores {@code round(1000 × (1 − t / 2T))}, from 1000 (instant) down to
 * 500 (last moment), plus 100 per earlier right answer in the current streak, at most 500. A partly
 * right {@code multiple} or {@code order} answer scores its fraction of the speed points and ends the
 * streak; a wrong answer or none scores 0 and ends it; a poll scores 0 and leaves it as it was.
 */
public final class Scoring {
  public static final int MAX_POINTS = 1000;
  public static final int STREAK_STEP = 100;
  public static final int MAX_STREAK_BONUS = 500;

  private Scoring() {
  }

  /**
   * Points for one answer.
   *
   * @param j the judgement of the answer
   * @param elapsedMs server time from opening the question to receiving the answer
   * @param limitMs the question's time limit
   * @param streakBefore right answers in a row before this one
   */
  public static int points(Judgement j, long elapsedMs, long limitMs, int streakBefore) {
    if (j.fraction() <= 0) return 0;
    double t = Math.max(0, Math.min(elapsedMs, limitMs));
    double speed = MAX_POINTS * (1 - t / (2.0 * limitMs));
    int base = (int) Math.round(j.fraction() * speed);
    return j.correct() ? base + streakBonus(streakBefore) : base;
  }

  /** The bonus a right answer earns after {@code streakBefore} right answers in a row. */
  public static int streakBonus(int streakBefore) {
    return Math.min(STREAK_STEP * Math.max(0, streakBefore), MAX_STREAK_BONUS);
  }

  /**
   * The streak after a question.
   *
   * @param j the judgement, or null when the player did not answer
   * @param scores false for a poll, which leaves the streak as it was
   */
  public static int streakAfter(int streakBefore, Judgement j, boolean scores) {
    if (!scores) return streakBefore;
    return j != null && j.correct() ? streakBefore + 1 : 0;
  }
}
