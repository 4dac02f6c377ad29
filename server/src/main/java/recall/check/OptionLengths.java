package recall.check;

import recall.quiz.Question;

import java.util.List;

/** Options of very different lengths: the odd one out draws the eye, whether it is right or wrong. */
final class OptionLengths implements Rule {

  static final double RATIO = 2.5;
  static final int MIN_GAP = 15;

  @Override
  public String id() {
    return "option-lengths";
  }

  @Override
  public String description() {
    return "the options are of very different lengths (the longest over 2.5 times the shortest)";
  }

  @Override
  public List<String> check(Question q, CheckContext context) {
    if (!Choices.keyed(q)) return List.of();
    int shortest = Integer.MAX_VALUE;
    int longest = 0;
    for (String o : q.options()) {
      shortest = Math.min(shortest, Choices.length(o));
      longest = Math.max(longest, Choices.length(o));
    }
    if (longest < shortest * RATIO || longest - shortest < MIN_GAP) return List.of();
    return List.of("the options run from " + shortest + " to " + longest + " characters: write them to a similar length");
  }
}
