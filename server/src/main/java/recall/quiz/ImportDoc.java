package recall.quiz;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the quiz document of an import (GIFT, CSV): numbers the questions it accepts
 * ({@code q-01}, ...), checks each one with {@link QuizValidator}, and keeps a problem with its line
 * for each one it refuses.
 *
 * <p>Imported questions are drawn from no notes, so they have no {@code source} (the quiz names no
 * notes): a reveal shows no notes line rather than the question's own words passed off as one.
 */
final class ImportDoc {

  static final String DEFAULT_TITLE = "Imported quiz";

  private final String title;
  private String section;
  private final JsonArray questions = new JsonArray();
  private final List<Problem> problems = new ArrayList<>();

  ImportDoc(String title) {
    this.title = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
  }

  /** The section the file names (a GIFT {@code $CATEGORY}); the first one wins. */
  void section(String name) {
    if (section == null && name != null && !name.isBlank()) section = name.strip();
  }

  /**
   * Adds a question, or its problems when it breaks the contract.
   *
   * @param shape the kind and its fields ({@code options}, {@code answer}, ...)
   * @param line the line of the imported file where the question starts
   * @param name the question's name in the file, for problems; may be null
   */
  void add(JsonObject shape, String text, String explanation, Integer timeLimitSeconds, int line, String name) {
    if (text == null || text.isBlank()) {
      problems.add(new Problem(null, name, "text", line, "missing: the question has no text"));
      return;
    }
    JsonObject q = new JsonObject()
        .put("id", String.format(Locale.ROOT, "q-%02d", questions.size() + 1))
        .put("kind", shape.getString("kind"))
        .put("text", text);
    shape.forEach(e -> {
      if (!e.getKey().equals("kind")) q.put(e.getKey(), e.getValue());
    });
    if (timeLimitSeconds != null) q.put("timeLimitSeconds", timeLimitSeconds);
    if (explanation != null && !explanation.isBlank()) q.put("explanation", explanation);
    List<Problem> found = QuizValidator.validateQuestion(q, name, null, false);
    if (found.isEmpty()) {
      questions.add(q);
    } else {
      found.forEach(p -> problems.add(p.atLine(line)));
    }
  }

  void problem(int line, String name, String message) {
    problems.add(Problem.atLine(line, name, message));
  }

  ImportResult result() {
    if (questions.isEmpty() && problems.isEmpty()) problems.add(Problem.of(null, null, "no questions found in the file"));
    JsonObject doc = new JsonObject().put("id", slug(title)).put("title", title);
    if (section != null) doc.put("section", section);
    return new ImportResult(doc.put("questions", questions), problems);
  }

  /** A quiz id from a title: {@code "Stalin's Russia, 1924-41"} gives {@code stalin-s-russia-1924-41}. */
  static String slug(String title) {
    String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 64) slug = slug.substring(0, 64).replaceAll("-+$", "");
    return slug.isEmpty() ? "imported" : slug;
  }

  /** Runs of spaces and line breaks as one space, trimmed. */
  static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
