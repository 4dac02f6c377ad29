package recall.quiz;

import io.vertx.core.json.JsonArray;

import java.util.List;

/** A quiz document that breaks the contract; it carries every problem found, not just the first. */
public class InvalidQuizException extends RuntimeException {

  private final transient List<Problem> problems;

  public InvalidQuizException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in document order. */
  public List<Problem> problems() {
    return problems;
  }

  /** The contract's {@code problems} array. */
  public JsonArray problemsJson() {
    JsonArray array = new JsonArray();
    problems.forEach(p -> array.add(p.toJson()));
    return array;
  }

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) return "invalid quiz";
    String first = problems.get(0).toString();
    return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
  }
}
