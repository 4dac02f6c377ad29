package recall.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the questions of a revision quiz: first the ones the class got most wrong, then those
 * that the {@link Leitner} schedule says are due again, most overdue first. Where another question
 * cites the same line of the notes in another form, that one is asked instead, so that the class
 * recalls the fact rather than the wording of one question.
 */
public final class RevisionPlan {
  /** Below this share of right answers a question counts as missed. */
  public static final double MISSED = 0.6;

  private RevisionPlan() {
  }

  /**
   * What the class did with one question.
   *
   * @param key the question, as "quiz/questionId"
   * @param line the notes line it cites, as "notes#line", or null
   * @param kind its kind
   * @param attempts every meeting of the class with it
   */
  public record History(String key, String line, String kind, List<Leitner.Attempt> attempts) {
    double correctRate() {
      return attempts.stream().mapToDouble(Leitner.Attempt::correctRate).average().orElse(1);
    }

    Leitner.State state() {
      return Leitner.replay(attempts);
    }
  }

  /** A question that could be asked, by the line it cites. */
  public record Candidate(String key, String kind) {
  }

  /** One chosen question and why it was chosen. */
  public record Pick(String key, String reason) {
  }

  /**
   * @param histories what the class did, one entry per question it met
   * @param byLine other questions of the caller's that cite each line ("notes#line")
   * @param size how many questions at most
   * @param now the time the plan is made (injected, for the schedule)
   */
  public static List<Pick> choose(List<History> histories, Map<String, List<Candidate>> byLine, int size, long now) {
    List<History> missed = histories.stream().filter(h -> h.correctRate() < MISSED)
        .sorted(Comparator.comparingDouble(History::correctRate).thenComparing(History::key)).toList();
    List<History> due = histories.stream().filter(h -> h.correctRate() >= MISSED && h.state().dueBy(now))
        .sorted(Comparator.comparingLong((History h) -> h.state().dueAt()).thenComparing(History::key)).toList();
    Set<String> taken = new LinkedHashSet<>();
    List<Pick> picks = new ArrayList<>();
    for (History h : missed) add(picks, taken, h, byLine, size, "missed: " + Math.round(h.correctRate() * 100) + "% right");
    for (History h : due) add(picks, taken, h, byLine, size, "due again (box " + h.state().box() + ")");
    return picks;
  }

  private static void add(List<Pick> picks, Set<String> taken, History h, Map<String, List<Candidate>> byLine, int size, String reason) {
    if (picks.size() >= size) return;
    String key = otherForm(h, byLine, taken);
    if (key.equals(h.key()) && taken.contains(key)) return;
    taken.add(key);
    picks.add(new Pick(key, key.equals(h.key()) ? reason : reason + ", asked in another form"));
  }

  /** Another question on the same line in another kind, if there is one not taken yet. */
  private static String otherForm(History h, Map<String, List<Candidate>> byLine, Set<String> taken) {
    if (h.line() == null) return h.key();
    for (Candidate c : byLine.getOrDefault(h.line(), List.of())) {
      if (!c.key().equals(h.key()) && !c.kind().equals(h.kind()) && !taken.contains(c.key())) return c.key();
    }
    return h.key();
  }
}
