package recall.drafting;

import recall.quiz.Kind;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a teacher asks drafting for: the lines to draw on ({@code from..to}, inclusive, from 1; null
 * for the whole notes), the kinds wanted (empty: every kind), and at most how many drafts.
 */
public record DraftRequest(Integer from, Integer to, Set<Kind> kinds, int max) {

  public static final int DEFAULT_MAX = 30;
  public static final int MAX = 200;

  public DraftRequest {
    kinds = kinds == null || kinds.isEmpty() ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(kinds);
    if (max <= 0) max = DEFAULT_MAX;
    max = Math.min(max, MAX);
  }

  /** Every kind from the whole notes, the default number. */
  public static DraftRequest all() {
    return new DraftRequest(null, null, null, DEFAULT_MAX);
  }
}
