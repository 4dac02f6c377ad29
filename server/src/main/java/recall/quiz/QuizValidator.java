package recall.quiz;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a quiz document against the contract's "Quiz document" shape. Pure: plain JSON in, every
 * problem found out, each naming the question and the field. Fields the contract does not name are
 * allowed (forward compatible); a field it names for another kind is not.
 */
public final class QuizValidator {

  static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");
  static final int MAX_TEXT = 500;
  static final int MAX_CHOICES = 10;
  static final int MIN_SECONDS = 5;
  static final int MAX_SECONDS = 300;

  private QuizValidator() {
  }

  /**
   * Every problem of the document; empty when it is valid.
   *
   * @param notesLines the notes file's lines (index 0 is line 1) to check each {@code source} against,
   *     or null when the notes are not at hand
   */
  public static List<Problem> validate(JsonObject doc, List<String> notesLines) {
    // A quiz that names no notes (an import) may have questions with no source.
    return validate(doc, notesLines, doc != null && doc.getValue("notes") != null);
  }

  /**
   * As above, saying whether every question must have a {@code source} (the bank's always must).
   */
  public static List<Problem> validate(JsonObject doc, List<String> notesLines, boolean sourcesRequired) {
    List<Problem> problems = new ArrayList<>();
    if (doc == null) {
      problems.add(Problem.of(null, null, "the document is empty"));
      return problems;
    }
    Object id = doc.getValue("id");
    if (!isText(id)) {
      problems.add(Problem.of(null, "id", "missing: the quiz needs an id"));
    } else if (!ID.matcher((String) id).matches()) {
      problems.add(Problem.of(null, "id", "must be 1 to 64 lowercase letters, digits or dashes"));
    }
    if (!isText(doc.getValue("title"))) problems.add(Problem.of(null, "title", "missing: the quiz needs a title"));
    for (String field : List.of("section", "notes")) {
      Object value = doc.getValue(field);
      if (value != null && !(value instanceof String)) problems.add(Problem.of(null, field, "must be a string"));
    }
    FieldLimits.checkDocument(doc, problems);
    Object questions = doc.getValue("questions");
    if (!(questions instanceof JsonArray list) || list.isEmpty()) {
      problems.add(Problem.of(null, "questions", "must be a non-empty array of questions"));
      return problems;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Object q = list.getValue(i);
      String label = label(q, i);
      if (!(q instanceof JsonObject question)) {
        problems.add(Problem.of(label, null, "must be an object"));
        continue;
      }
      problems.addAll(validateQuestion(question, label, notesLines, sourcesRequired));
      Integer earlier = seen.putIfAbsent(label, i);
      if (earlier != null && isText(question.getValue("id"))) {
        problems.add(Problem.of(label, "id", "also the id of question #" + (earlier + 1) + ": ids must be unique"));
      }
    }
    return problems;
  }

  /** The quiz, or an {@link InvalidQuizException} with every problem of the document. */
  public static Quiz parse(JsonObject doc, List<String> notesLines) {
    List<Problem> problems = validate(doc, notesLines);
    if (!problems.isEmpty()) throw new InvalidQuizException(problems);
    return Quiz.fromJson(doc);
  }

  /**
   * Every problem of one question.
   *
   * @param label how problems name the question (its id, or {@code #3}); may be null
   * @param notesLines as in {@link #validate}, or null
   */
  public static List<Problem> validateQuestion(JsonObject q, String label, List<String> notesLines) {
    return validateQuestion(q, label, notesLines, true);
  }

  /** As above; with {@code sourceRequired} false, a question with no {@code source} is allowed. */
  public static List<Problem> validateQuestion(JsonObject q, String label, List<String> notesLines, boolean sourceRequired) {
    List<Problem> problems = new ArrayList<>();
    Object id = q.getValue("id");
    if (!isText(id)) {
      problems.add(Problem.of(label, "id", "missing: every question needs an id"));
    } else if (((String) id).length() > 64) {
      problems.add(Problem.of(label, "id", "longer than 64 characters"));
    }
    Object kindName = q.getValue("kind");
    Kind kind = kindName instanceof String s ? Kind.fromWire(s) : null;
    if (kindName == null) {
      problems.add(Problem.of(label, "kind", "missing: one of single, multiple, truefalse, numeric, order, text, poll"));
    } else if (kind == null) {
      problems.add(Problem.of(label, "kind", "unknown kind '" + kindName + "': one of single, multiple, truefalse, numeric, order, text, poll"));
    }
    Object text = q.getValue("text");
    if (!isText(text)) {
      problems.add(Problem.of(label, "text", "missing: the question needs its text"));
    } else if (((String) text).length() > MAX_TEXT) {
      problems.add(Problem.of(label, "text", "longer than " + MAX_TEXT + " characters"));
    }
    if (kind != null) new KindShape(q, label, problems).check(kind);
    Object seconds = q.getValue("timeLimitSeconds");
    if (seconds != null && !(isWhole(seconds) && inRange((Number) seconds, MIN_SECONDS, MAX_SECONDS))) {
      problems.add(Problem.of(label, "timeLimitSeconds", "must be a whole number from " + MIN_SECONDS + " to " + MAX_SECONDS));
    }
    if (sourceRequired || q.getValue("source") != null) checkSource(q.getValue("source"), label, notesLines, problems);
    FieldLimits.checkQuestion(q, label, problems);
    Object explanation = q.getValue("explanation");
    if (explanation != null && !(explanation instanceof String)) {
      problems.add(Problem.of(label, "explanation", "must be a string"));
    }
    AcceptedWarning.validate(q.getValue("acceptedWarnings"), label, problems);
    return problems;
  }

  private static void checkSource(Object source, String label, List<String> notesLines, List<Problem> problems) {
    if (!(source instanceof JsonObject s)) {
      problems.add(Problem.of(label, "source", source == null ? "missing: {\"line\", \"quote\"} from the notes" : "must be an object {\"line\", \"quote\"}"));
      return;
    }
    Object line = s.getValue("line");
    boolean lineOk = isWhole(line) && ((Number) line).longValue() >= 1;
    if (!lineOk) problems.add(Problem.of(label, "source.line", "must be a line number from 1"));
    Object quote = s.getValue("quote");
    boolean quoteOk = isText(quote);
    if (!quoteOk) problems.add(Problem.of(label, "source.quote", "missing: words that stand on that line of the notes"));
    if (notesLines == null || !lineOk) return;
    long n = ((Number) line).longValue();
    if (n > notesLines.size()) {
      problems.add(Problem.of(label, "source.line", "line " + n + " is past the end of the notes (" + notesLines.size() + " lines)"));
    } else if (quoteOk && !notesLines.get((int) n - 1).contains((String) quote)) {
      problems.add(Problem.of(label, "source.quote", "not found on line " + n));
    }
  }

  private static String label(Object q, int index) {
    if (q instanceof JsonObject o && isText(o.getValue("id"))) return o.getString("id");
    return "#" + (index + 1);
  }

  static boolean isText(Object o) {
    return o instanceof String s && !s.isBlank();
  }

  static boolean isWhole(Object o) {
    return o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte || o instanceof BigInteger;
  }

  static boolean isFinite(Object o) {
    return o instanceof Number n && Double.isFinite(n.doubleValue());
  }

  static boolean inRange(Number n, long min, long max) {
    if (n instanceof BigInteger) return false;
    long v = n.longValue();
    return v >= min && v <= max;
  }
}
