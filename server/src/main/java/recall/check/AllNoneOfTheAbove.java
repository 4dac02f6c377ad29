package recall.check;

import recall.quiz.Kind;
import recall.quiz.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "All of the above", "none of the above" and their kin: on a phone the options are shuffled and
 * have no "above", and such an option can be judged from two others alone.
 */
final class AllNoneOfTheAbove implements Rule {

  private static final Pattern ABOVE = Pattern.compile(
      "(?i)\\b(all|none|both|neither|any)\\s+(of\\s+)?(the\\s+)?(above|these|those|them|other options|previous)\\b|^\\s*(all|none|both|neither)\\s*[.!]?\\s*$");
  /** A poll's "Both" or "Neither" can be a position in a debate; only "the above" is flagged there. */
  private static final Pattern POLL_ABOVE = Pattern.compile("(?i)\\b(the\\s+above|previous\\s+options?)\\b");

  @Override
  public String id() {
    return "all-none-of-the-above";
  }

  @Override
  public String description() {
    return "an option is \"all of the above\", \"none of the above\" or the like";
  }

  @Override
  public List<String> check(Question q, CheckContext context) {
    if (!(q.kind() == Kind.SINGLE || q.kind() == Kind.MULTIPLE || q.kind() == Kind.POLL)) return List.of();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < q.options().size(); i++) {
      Pattern p = q.kind() == Kind.POLL ? POLL_ABOVE : ABOVE;
      if (p.matcher(q.options().get(i)).find()) {
        out.add(Choices.label(q, i) + " points at the other options: options are shuffled, so write a real one instead");
      }
    }
    return out;
  }
}
