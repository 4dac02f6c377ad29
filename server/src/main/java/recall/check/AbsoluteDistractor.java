package recall.check;

import recall.quiz.Question;

import java.util.ArrayList;
import java.util.List;

/**
 * A distractor with an absolute word ("always", "never", "only"...) when no key has one: the word
 * marks it as wrong without any knowledge of the subject.
 */
final class AbsoluteDistractor implements Rule {

  @Override
  public String id() {
    return "absolute-distractor";
  }

  @Override
  public String description() {
    return "a wrong option uses an absolute word (always, never, all, none, only, completely...) that no right option uses";
  }

  @Override
  public List<String> check(Question q, CheckContext context) {
    if (!Choices.keyed(q)) return List.of();
    // When a key is absolute too, the word no longer singles out the wrong options.
    if (Choices.keys(q).stream().anyMatch(k -> Absolutes.find(k) != null)) return List.of();
    List<String> out = new ArrayList<>();
    for (int i : Choices.distractors(q)) {
      String word = Absolutes.find(q.options().get(i));
      if (word != null) {
        out.add(Choices.label(q, i) + " says \"" + word + "\": absolute words mark a wrong option; qualify it or use another distractor");
      }
    }
    return out;
  }
}
