package recall.check;

import recall.quiz.Kind;
import recall.quiz.Question;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A negative stem ("Which was not...", "...except") whose negative is not emphasised: read in a
 * hurry, the student answers the opposite question. Capitals (NOT) or marks (*not*, _not_) pass.
 */
final class NegativeStem implements Rule {

  /** A negative word, with any emphasis marks around it. */
  static final Pattern NEGATIVE = Pattern.compile(
      "(?i)([*_]{0,2})\\b(not|except|never|least|neither|nor|false|untrue|incorrect|cannot|\\w+n['’]t)\\b([*_]{0,2})");

  /** Words that are negative only as a verdict on a statement ("which is false?"), not in "false security". */
  private static final Set<String> ADJECTIVE_USE = Set.of("false", "untrue", "incorrect");

  @Override
  public String id() {
    return "negative-stem";
  }

  @Override
  public String description() {
    return "the stem asks a negative question (NOT, EXCEPT, never...) without emphasising the negative";
  }

  @Override
  public List<String> check(Question q, CheckContext context) {
    if (!(q.kind() == Kind.SINGLE || q.kind() == Kind.MULTIPLE)) return List.of();
    String word = unemphasised(q.text());
    if (word == null) return List.of();
    return List.of("the stem is negative (\"" + word + "\"): ask it positively, or write the negative in capitals ("
        + word.toUpperCase(Locale.ROOT) + ") so nobody misses it");
  }

  /** The first negative word of a text that is neither in capitals nor marked, or null. */
  static String unemphasised(String text) {
    String t = withoutAtLeast(text);
    Matcher m = NEGATIVE.matcher(t);
    while (m.find()) {
      String word = m.group(2);
      if (ADJECTIVE_USE.contains(word.toLowerCase(Locale.ROOT)) && !asVerdict(t, m)) continue;
      boolean marked = !m.group(1).isEmpty() && !m.group(3).isEmpty();
      boolean capitals = word.equals(word.toUpperCase(Locale.ROOT));
      if (!marked && !capitals) return word;
    }
    return null;
  }

  /** "is false", "was incorrect", "false?": the word judges a statement. */
  private static boolean asVerdict(String text, Matcher m) {
    String before = text.substring(0, m.start()).toLowerCase(Locale.ROOT).stripTrailing();
    String after = text.substring(m.end()).stripLeading();
    return before.matches("(?s).*\\b(is|was|are|were|be|been)$") || after.startsWith("?") || after.isEmpty()
        || after.toLowerCase(Locale.ROOT).matches("(?s)^(statement|answer|option|claim)s?\\b.*");
  }

  /** Whether the stem asks a negative question at all, emphasised or not. */
  static boolean isNegative(String text) {
    String t = withoutAtLeast(text);
    Matcher m = NEGATIVE.matcher(t);
    while (m.find()) {
      if (!ADJECTIVE_USE.contains(m.group(2).toLowerCase(Locale.ROOT)) || asVerdict(t, m)) return true;
    }
    return false;
  }

  /** "At least 20 million" is a figure, not a negative. */
  private static String withoutAtLeast(String text) {
    return text.replaceAll("(?i)\\bat\\s+least\\b", "at");
  }
}
