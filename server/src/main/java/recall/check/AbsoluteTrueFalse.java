package recall.check;

import recall.quiz.Kind;
import recall.quiz.Question;

import java.util.List;

/** A true/false statement with an absolute word: students guess "false" from the word alone. */
final class AbsoluteTrueFalse implements Rule {

  @Override
  public String id() {
    return "absolute-truefalse";
  }

  @Override
  public String description() {
    return "a true/false statement uses an absolute word (always, never, all, only...)";
  }

  @Override
  public List<String> check(Question q, CheckContext context) {
    if (q.kind() != Kind.TRUEFALSE) return List.of();
    String word = Absolutes.find(q.text());
    if (word == null) return List.of();
    return List.of("the statement says \"" + word + "\": absolute statements are guessed false; state the fact without it");
  }
}
