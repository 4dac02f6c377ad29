package recall.quiz;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * How long each field of a quiz document may be, so that one document cannot fill the database or
 * every teacher's screen (a 3.9 MB title was once accepted). Pure: adds a problem per field too long.
 * The limits are in the README's "Quiz document limits".
 */
final class FieldLimits {
  static final int TITLE = 200;
  static final int SECTION = 200;
  static final int NOTES = 200;
  static final int OPTION = 200;
  static final int EXPLANATION = 1000;
  static final int QUOTE = 1000;
  static final int QUESTIONS = 500;

  private FieldLimits() {
  }

  /** The document's own fields and the number of questions. */
  static void checkDocument(JsonObject doc, List<Problem> problems) {
    length(doc.getValue("title"), TITLE, null, "title", problems);
    length(doc.getValue("section"), SECTION, null, "section", problems);
    length(doc.getValue("notes"), NOTES, null, "notes", problems);
    if (doc.getValue("questions") instanceof JsonArray list && list.size() > QUESTIONS) {
      problems.add(Problem.of(null, "questions", "more than " + QUESTIONS + " questions (" + list.size() + "): split the quiz"));
    }
  }

  /** One question's options, items, accepted answers, explanation and quote. */
  static void checkQuestion(JsonObject q, String label, List<Problem> problems) {
    for (String field : List.of("options", "items", "accept")) {
      if (!(q.getValue(field) instanceof JsonArray list)) continue;
      for (int i = 0; i < list.size(); i++) length(list.getValue(i), OPTION, label, field + "[" + i + "]", problems);
    }
    length(q.getValue("explanation"), EXPLANATION, label, "explanation", problems);
    if (q.getValue("source") instanceof JsonObject s) length(s.getValue("quote"), QUOTE, label, "source.quote", problems);
  }

  private static void length(Object value, int max, String label, String field, List<Problem> problems) {
    if (value instanceof String s && s.length() > max) {
      problems.add(Problem.of(label, field, "longer than " + max + " characters (" + s.length() + ")"));
    }
  }
}
