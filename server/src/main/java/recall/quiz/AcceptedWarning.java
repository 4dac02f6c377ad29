package recall.quiz;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.check.Rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An item-writing warning that a question's author has looked at and kept on purpose, with the
 * reason, as the question's {@code "acceptedWarnings":[{"rule","reason"}]} holds it. An accepted
 * warning is still known but no longer counts against the question.
 *
 * @param rule the id of the rule whose warnings are accepted ({@code longest-option})
 * @param reason why the question is right as it is
 */
public record AcceptedWarning(String rule, String reason) {

  public JsonObject toJson() {
    return new JsonObject().put("rule", rule).put("reason", reason);
  }

  /**
   * The problems of a question's {@code acceptedWarnings} field (null: left out, fine): an array of
   * {@code {"rule","reason"}}, each rule a known rule id, each with a reason, no rule twice.
   */
  static void validate(Object value, String label, List<Problem> problems) {
    if (value == null) return;
    if (!(value instanceof JsonArray list)) {
      problems.add(Problem.of(label, "acceptedWarnings", "must be an array of {\"rule\", \"reason\"}"));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String field = "acceptedWarnings[" + i + "]";
      if (!(list.getValue(i) instanceof JsonObject a)) {
        problems.add(Problem.of(label, field, "must be an object {\"rule\", \"reason\"}"));
        continue;
      }
      Object rule = a.getValue("rule");
      if (!QuizValidator.isText(rule)) {
        problems.add(Problem.of(label, field + ".rule", "missing: the id of the rule whose warning is accepted"));
      } else if (Rules.byId((String) rule) == null) {
        problems.add(Problem.of(label, field + ".rule", "unknown rule '" + rule + "': one of " + String.join(", ", Rules.ids())));
      } else if (!seen.add((String) rule)) {
        problems.add(Problem.of(label, field + ".rule", "'" + rule + "' is already accepted above"));
      }
      if (!QuizValidator.isText(a.getValue("reason"))) {
        problems.add(Problem.of(label, field + ".reason", "missing: say why the question is right as it is"));
      } else if (a.getString("reason").length() > QuizValidator.MAX_TEXT) {
        problems.add(Problem.of(label, field + ".reason", "longer than " + QuizValidator.MAX_TEXT + " characters"));
      }
    }
  }

  static AcceptedWarning fromJson(JsonObject json) {
    return new AcceptedWarning(json.getString("rule"), json.getString("reason"));
  }
}
