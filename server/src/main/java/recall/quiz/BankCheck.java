package recall.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks over a whole question bank that no single document can see: ids unique across quizzes,
 * enough questions of every kind (issue 4), and the right option of four-option {@code single}
 * questions spread over A-D, so that "always B" is no strategy.
 */
public final class BankCheck {

  public static final int MIN_QUIZZES = 10;
  public static final int MIN_QUESTIONS = 250;
  /** The least number of questions of each kind the bank must hold (kinds not named: none). */
  public static final Map<Kind, Integer> MIN_BY_KIND = minimums();
  /** Each of A-D must be the right option of this share of four-option single questions, at least... */
  public static final double SPREAD_MIN = 0.15;
  /** ...and at most. */
  public static final double SPREAD_MAX = 0.35;

  private BankCheck() {
  }

  /** Every problem of the bank; empty when it passes. */
  public static List<String> check(List<Quiz> bank) {
    List<String> problems = new ArrayList<>(uniqueIds(bank));
    problems.addAll(counts(bank));
    problems.addAll(spread(bank));
    return problems;
  }

  /** Quiz ids unique in the bank, question ids unique across all its quizzes. */
  public static List<String> uniqueIds(List<Quiz> bank) {
    List<String> problems = new ArrayList<>();
    Map<String, Integer> quizIds = new LinkedHashMap<>();
    Map<String, List<String>> questionIds = new LinkedHashMap<>();
    for (Quiz quiz : bank) {
      quizIds.merge(quiz.id(), 1, Integer::sum);
      for (Question q : quiz.questions()) {
        questionIds.computeIfAbsent(q.id(), id -> new ArrayList<>()).add(quiz.id());
      }
    }
    quizIds.forEach((id, n) -> {
      if (n > 1) problems.add("quiz id '" + id + "' is used by " + n + " quizzes");
    });
    questionIds.forEach((id, quizzes) -> {
      if (quizzes.size() > 1) problems.add("question id '" + id + "' is used " + quizzes.size() + " times, in " + String.join(", ", quizzes));
    });
    return problems;
  }

  /** At least {@link #MIN_QUIZZES} quizzes, {@link #MIN_QUESTIONS} questions and {@link #MIN_BY_KIND}. */
  public static List<String> counts(List<Quiz> bank) {
    List<String> problems = new ArrayList<>();
    if (bank.size() < MIN_QUIZZES) problems.add("the bank has " + bank.size() + " quizzes, needs at least " + MIN_QUIZZES);
    int total = bank.stream().mapToInt(q -> q.questions().size()).sum();
    if (total < MIN_QUESTIONS) problems.add("the bank has " + total + " questions, needs at least " + MIN_QUESTIONS);
    Map<Kind, Integer> byKind = countByKind(bank);
    MIN_BY_KIND.forEach((kind, min) -> {
      int n = byKind.get(kind);
      if (n < min) problems.add("the bank has " + n + " " + kind.wire() + " questions, needs at least " + min);
    });
    return problems;
  }

  /** The right option's position over A-D, among {@code single} questions with four options. */
  public static List<String> spread(List<Quiz> bank) {
    int[] positions = answerPositions(bank);
    int total = positions[0] + positions[1] + positions[2] + positions[3];
    List<String> problems = new ArrayList<>();
    if (total == 0) return problems;
    for (int i = 0; i < 4; i++) {
      double share = (double) positions[i] / total;
      if (share < SPREAD_MIN || share > SPREAD_MAX) {
        problems.add(String.format(Locale.ROOT,
            "the right option of four-option single questions is %s in %.0f%% of them (%d of %d), should be %.0f%% to %.0f%%; A-D: %d %d %d %d",
            (char) ('A' + i), share * 100, positions[i], total, SPREAD_MIN * 100, SPREAD_MAX * 100,
            positions[0], positions[1], positions[2], positions[3]));
      }
    }
    return problems;
  }

  /** How many four-option {@code single} questions have their right option at A, B, C and D. */
  public static int[] answerPositions(List<Quiz> bank) {
    int[] positions = new int[4];
    for (Quiz quiz : bank) {
      for (Question q : quiz.questions()) {
        if (q.kind() == Kind.SINGLE && q.options().size() == 4 && q.answer().size() == 1) positions[q.answer().get(0)]++;
      }
    }
    return positions;
  }

  /** The number of questions of each kind, every kind present (0 when none). */
  public static Map<Kind, Integer> countByKind(List<Quiz> bank) {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) counts.put(kind, 0);
    bank.forEach(quiz -> quiz.questions().forEach(q -> counts.merge(q.kind(), 1, Integer::sum)));
    return counts;
  }

  private static Map<Kind, Integer> minimums() {
    Map<Kind, Integer> min = new EnumMap<>(Kind.class);
    min.put(Kind.MULTIPLE, 25);
    min.put(Kind.TRUEFALSE, 25);
    min.put(Kind.NUMERIC, 25);
    min.put(Kind.ORDER, 12);
    min.put(Kind.TEXT, 25);
    min.put(Kind.POLL, 6);
    return Collections.unmodifiableMap(min);
  }
}
