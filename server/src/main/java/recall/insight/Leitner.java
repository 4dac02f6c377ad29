package recall.insight;

import java.util.Comparator;
import java.util.List;

/**
 * Leitner boxes for a class and one question: every time the class meets the question it moves up
 * a box when most of it answered right, and back to the first box when not; each box has its own
 * interval before the question is due again (1, 2, 4, 8 and 16 days).
 *
 * <p>Why Leitner and not FSRS: FSRS fits a memory model to each learner's own long history of
 * reviews, which a class that meets a quiz a few times a term does not have; Leitner needs no fitted
 * parameters, and a teacher can see why a question came back ("box 1: most of the class missed it
 * last week").
 */
public final class Leitner {
  /** Days before a question in box 1..5 is due again. */
  static final int[] INTERVAL_DAYS = {1, 2, 4, 8, 16};
  /** The share of right answers that counts as "the class knew it". */
  public static final double KNOWN = 0.8;
  private static final long DAY_MS = 24L * 3600 * 1000;

  private Leitner() {
  }

  /** One meeting of the class with the question: when, and the share that answered it right. */
  public record Attempt(long at, double correctRate) {
  }

  /** Where the question stands: its box (1..5) and when it is due again. */
  public record State(int box, long dueAt) {
    public boolean dueBy(long now) {
      return dueAt <= now;
    }
  }

  /** Replays the meetings in time order. A question never met has no state. */
  public static State replay(List<Attempt> attempts) {
    if (attempts.isEmpty()) throw new IllegalArgumentException("a question the class never met has no box");
    int box = 1;
    long last = 0;
    for (Attempt a : attempts.stream().sorted(Comparator.comparingLong(Attempt::at)).toList()) {
      box = a.correctRate() >= KNOWN ? Math.min(box + 1, INTERVAL_DAYS.length) : 1;
      last = a.at();
    }
    return new State(box, last + INTERVAL_DAYS[box - 1] * DAY_MS);
  }
}
