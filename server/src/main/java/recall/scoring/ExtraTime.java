package recall.scoring;

/**
 * Extra time for one student (WCAG 2.2.1, timing adjustable): a factor from 1 to 3 that scales the
 * student's time limit, and so the time-based part of the points, which the scoring rule reckons
 * against the student's own limit. A student with x2 who answers at 15 s of a 20 s question scores
 * as a student without extra time who answers at 7.5 s.
 */
public final class ExtraTime {
  public static final double MIN = 1.0;
  public static final double MAX = 3.0;

  private ExtraTime() {
  }

  /** Whether a factor is one a host may set. */
  public static boolean valid(double factor) {
    return Double.isFinite(factor) && factor >= MIN && factor <= MAX;
  }

  /** The time limit of a student with this factor. */
  public static long limitMs(long questionLimitMs, double factor) {
    return Math.round(questionLimitMs * (valid(factor) ? factor : MIN));
  }
}
