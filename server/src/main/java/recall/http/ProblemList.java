package recall.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.quiz.Problem;

import java.util.List;

/**
 * A list of problems in an answer, capped: a 4 MB file once produced a 141 MB error answer. The
 * first {@link QuizApi#MAX_PROBLEMS_SHOWN} are listed, {@code problemCount} says how many there were.
 */
final class ProblemList {
  private ProblemList() {
  }

  /** Puts {@code problems} (the first ones) and {@code problemCount} into {@code body}. */
  static JsonObject put(JsonObject body, List<Problem> problems) {
    JsonArray list = new JsonArray();
    problems.stream().limit(QuizApi.MAX_PROBLEMS_SHOWN).forEach(p -> list.add(p.toJson()));
    return body.put("problems", list).put("problemCount", problems.size());
  }
}
