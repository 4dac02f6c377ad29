package recall.scoring;

import recall.quiz.Kind;
import recall.quiz.Question;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges answers to one question as asked in a room. For {@code order}, {@code orderIds} is the
 * list of item ids in the right order (ids are given after the room shuffled the items).
 */
public record AnswerKey(Question question, List<String> orderIds) {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * Whether an answer has the shape the question's kind needs (the right field, indexes in range,
   * a permutation of the item ids). An answer that fails this is a {@code bad-answer}, not a wrong one.
   */
  public boolean fits(Answer a) {
    Question q = question;
    return switch (q.kind()) {
      case SINGLE, TRUEFALSE, POLL -> a.choice() != null && a.choice().size() == 1 && inRange(a.choice().get(0));
      case MULTIPLE -> a.choice() != null && !a.choice().isEmpty() && a.choice().stream().allMatch(this::inRange)
          && new HashSet<>(a.choice()).size() == a.choice().size();
      case NUMERIC -> a.value() != null && Double.isFinite(a.value());
      case ORDER -> a.order() != null && a.order().size() == orderIds.size() && new HashSet<>(a.order()).equals(new HashSet<>(orderIds));
      case TEXT -> a.text() != null && !a.text().isBlank();
    };
  }

  private boolean inRange(Integer i) {
    return i != null && i >= 0 && i < question.options().size();
  }

  /** Judges an answer that {@link #fits}. */
  public Judgement judge(Answer a) {
    Question q = question;
    return switch (q.kind()) {
      case POLL -> Judgement.POLL;
      case SINGLE, TRUEFALSE -> a.choice().get(0).equals(q.answer().get(0)) ? Judgement.RIGHT : Judgement.WRONG;
      case MULTIPLE -> Judgement.of(multipleFraction(a.choice()));
      case NUMERIC -> Math.abs(a.value() - q.value()) <= q.tolerance() + 1e-9 ? Judgement.RIGHT : Judgement.WRONG;
      case ORDER -> Judgement.of(orderFraction(a.order()));
      case TEXT -> textMatches(a.text()) ? Judgement.RIGHT : Judgement.WRONG;
    };
  }

  /**
   * The contract's version 2 rule: {@code max(0, right ticked − wrong ticked) ÷ right options}, so
   * that ticking only wrong options scores nothing (version 1 judged every option, which gave a
   * student who ticked one wrong option of four 25%).
   */
  private double multipleFraction(List<Integer> picked) {
    Set<Integer> key = new HashSet<>(question.answer());
    long right = picked.stream().filter(key::contains).count();
    long wrong = picked.size() - right;
    return Math.max(0, right - wrong) / (double) key.size();
  }

  private double orderFraction(List<String> order) {
    int right = 0;
    for (int i = 0; i < orderIds.size(); i++) {
      if (orderIds.get(i).equals(order.get(i))) right++;
    }
    return (double) right / orderIds.size();
  }

  private boolean textMatches(String text) {
    String typed = normalize(text);
    return question.accept().stream().anyMatch(ok -> normalize(ok).equals(typed));
  }

  /** Case, accents and spacing do not count: "  Sérgei  KIROV " reads as "sergeikirov". */
  public static String normalize(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    return SPACES.matcher(bare).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** Whether answers of this kind score and affect streaks. */
  public boolean scores() {
    return question.kind() != Kind.POLL;
  }
}
