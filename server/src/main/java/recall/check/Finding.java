package recall.check;

import io.vertx.core.json.JsonObject;

/**
 * One item-writing warning, as {@code POST /api/quizzes/check} answers it.
 *
 * @param question the question's id
 * @param rule the id of the rule that raised it ({@code longest-option})
 * @param message what is wrong and how to fix it, in a teacher's words
 */
public record Finding(String question, String rule, String message) {

  /** {@code {"question","rule","message"}}. */
  public JsonObject toJson() {
    return new JsonObject().put("question", question).put("rule", rule).put("message", message);
  }

  @Override
  public String toString() {
    return question + " [" + rule + "] " + message;
  }
}
