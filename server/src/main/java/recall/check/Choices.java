package recall.check;

import recall.quiz.Kind;
import recall.quiz.Question;

import java.util.ArrayList;
import java.util.List;

/** The keyed options and the distractors of a {@code single} or {@code multiple} question. */
final class Choices {

  private Choices() {
  }

  /** Questions with a key among options that a student picks: single and multiple. */
  static boolean keyed(Question q) {
    return (q.kind() == Kind.SINGLE || q.kind() == Kind.MULTIPLE) && !q.options().isEmpty() && !q.answer().isEmpty();
  }

  static List<String> keys(Question q) {
    List<String> out = new ArrayList<>();
    for (int i : q.answer()) {
      if (i >= 0 && i < q.options().size()) out.add(q.options().get(i));
    }
    return out;
  }

  /** Option indexes that are not keyed, in order. */
  static List<Integer> distractors(Question q) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < q.options().size(); i++) {
      if (!q.answer().contains(i)) out.add(i);
    }
    return out;
  }

  /** How a phone shows option {@code i}: A, B, C... with its text. */
  static String label(Question q, int i) {
    return "option " + (char) ('A' + i) + " \"" + q.options().get(i) + "\"";
  }

  /** The option's length as a reader sees it: letters and digits, not spaces or punctuation. */
  static int length(String option) {
    return option.strip().length();
  }
}
