package recall.check;

import recall.quiz.Kind;
import recall.quiz.Question;

import java.util.List;

/**
 * The right option stands out as the longest (a test-wise student's first guess), or in a
 * {@code multiple} the keyed set is exactly the longest options.
 */
final class LongestOption implements Rule {

  /** The key must beat the next option by this factor to be flagged, so near ties pass. */
  static final double MARGIN = 1.2;

  @Override
  public String id() {
    return "longest-option";
  }

  @Override
  public String description() {
    return "the right option is clearly the longest (in a multiple, the keyed options are exactly the longest)";
  }

  @Override
  public List<String> check(Question q, CheckContext context) {
    if (!Choices.keyed(q) || q.answer().size() >= q.options().size()) return List.of();
    int shortestKey = Choices.keys(q).stream().mapToInt(Choices::length).min().orElse(0);
    int longestOther = Choices.distractors(q).stream().mapToInt(i -> Choices.length(q.options().get(i))).max().orElse(0);
    if (shortestKey < longestOther * MARGIN || shortestKey - longestOther < 3) return List.of();
    if (q.kind() == Kind.SINGLE) {
      return List.of("the right option is the longest (" + shortestKey + " characters, the next " + longestOther
          + "): lengthen a distractor or shorten the key so length gives nothing away");
    }
    return List.of("the right options are exactly the longest ones: make some distractors as long as the keys");
  }

  /** Whether a single question's key is strictly the longest option: the bank's "longest share" counts these. */
  static boolean keyIsLongest(Question q) {
    if (q.kind() != Kind.SINGLE || q.answer().size() != 1 || q.options().size() < 2) return false;
    int key = Choices.length(q.options().get(q.answer().get(0)));
    return Choices.distractors(q).stream().allMatch(i -> Choices.length(q.options().get(i)) < key);
  }
}
