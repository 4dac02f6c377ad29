package recall.check;

import recall.quiz.Question;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A question that asks what an earlier one already asks: the same stem once case, punctuation and
 * word endings are set aside, or a stem sharing nearly all its words with an earlier one (unless
 * their right answers are mostly different), or the same notes line with the same right answer.
 * Reported on the later question.
 */
final class DuplicateQuestion implements Rule {

  /** Share of words two stems must have in common to count as the same question. */
  static final double SIMILAR = 0.8;
  static final int MIN_WORDS = 4;

  @Override
  public String id() {
    return "duplicate-question";
  }

  @Override
  public String description() {
    return "the question asks what an earlier question asks (near-same stem, or same notes line and same answer)";
  }

  @Override
  public boolean acrossQuizzes() {
    return true;
  }

  @Override
  public List<String> check(Question q, CheckContext context) {
    Profile mine = profile(q, context);
    for (Question other : context.questions()) {
      if (other == q) break;
      Profile theirs = profile(other, context);
      boolean sameStem = mine.stem.equals(theirs.stem)
          || mine.words.size() >= MIN_WORDS && theirs.words.size() >= MIN_WORDS && Words.overlap(mine.words, theirs.words) >= SIMILAR;
      // "Put these events in order" over other events is another question with a poor stem (leaning-stem says so).
      boolean otherAnswer = !mine.key.isEmpty() && !theirs.key.isEmpty() && Words.overlap(mine.key, theirs.key) < 0.5;
      if (sameStem && !otherAnswer) return List.of("asks the same as " + other.id() + " (\"" + other.text() + "\"): merge them or ask something else");
      boolean sameFact = q.sourceLine() > 0 && q.sourceLine() == other.sourceLine() && !mine.key.isEmpty() && mine.key.equals(theirs.key);
      if (sameFact) {
        return List.of("asks the same fact as " + other.id() + " (line " + q.sourceLine() + ", same answer): merge them or ask another part of the line");
      }
    }
    return List.of();
  }

  /** What a question is compared by, worked out once per question. */
  private record Profile(String stem, Set<String> words, Set<String> key) {
  }

  private static Profile profile(Question q, CheckContext context) {
    return context.remember("duplicate-question", q, k -> new Profile(DuplicateOption.normal(k.text()), words(k.text()), key(k)));
  }

  /** A stem's words: stems of content words and numbers, so "1924" and "1926" differ. */
  private static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>(Words.content(text));
    for (String w : Words.of(text)) {
      if (w.chars().allMatch(Character::isDigit)) out.add(w);
    }
    return out;
  }

  /** The right answer as normalised text, comparable across kinds; empty for true/false and polls. */
  static Set<String> key(Question q) {
    Set<String> out = new LinkedHashSet<>();
    switch (q.kind()) {
      case SINGLE, MULTIPLE -> Choices.keys(q).forEach(k -> out.add(DuplicateOption.normal(k)));
      case NUMERIC -> {
        if (q.value() != null) out.add(number(q.value()));
      }
      case TEXT -> {
        if (!q.accept().isEmpty()) out.add(DuplicateOption.normal(q.accept().get(0)));
      }
      case ORDER -> q.items().forEach(i -> out.add(DuplicateOption.normal(i)));
      case TRUEFALSE, POLL -> { }
    }
    return out;
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
