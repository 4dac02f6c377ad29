package recall.quiz;

import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * What an importer made of a file: a quiz document in the contract's format holding every question
 * it could read, and a problem (with its line) for each one it could not.
 */
public record ImportResult(JsonObject doc, List<Problem> problems) {

  public ImportResult {
    problems = List.copyOf(problems);
  }

  /** True when every question of the file was imported. */
  public boolean ok() {
    return problems.isEmpty();
  }

  /** Number of questions imported. */
  public int questionCount() {
    return doc.getJsonArray("questions").size();
  }
}
