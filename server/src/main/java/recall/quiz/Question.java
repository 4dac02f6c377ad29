package recall.quiz;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * One question of a quiz document, as the contract shapes it. Fields that a kind does not use are
 * empty lists or null. Built from an already validated document ({@link QuizValidator}).
 */
public record Question(
    String id,
    Kind kind,
    String text,
    List<String> options,
    List<Integer> answer,
    Double value,
    Double tolerance,
    List<String> items,
    List<String> accept,
    Integer timeLimitSeconds,
    int sourceLine,
    String sourceQuote,
    String explanation,
    List<AcceptedWarning> acceptedWarnings) {

  public Question {
    acceptedWarnings = acceptedWarnings == null ? List.of() : List.copyOf(acceptedWarnings);
    options = options == null ? List.of() : List.copyOf(options);
    answer = answer == null ? List.of() : List.copyOf(answer);
    items = items == null ? List.of() : List.copyOf(items);
    accept = accept == null ? List.of() : List.copyOf(accept);
  }

  /** A question that accepts no item-writing warning. */
  public Question(String id, Kind kind, String text, List<String> options, List<Integer> answer, Double value, Double tolerance,
      List<String> items, List<String> accept, Integer timeLimitSeconds, int sourceLine, String sourceQuote, String explanation) {
    this(id, kind, text, options, answer, value, tolerance, items, accept, timeLimitSeconds, sourceLine, sourceQuote, explanation, List.of());
  }

  /** Reads a question from its JSON form; the document must have passed validation. */
  public static Question fromJson(JsonObject q) {
    Kind kind = Kind.fromWire(q.getString("kind"));
    List<Integer> answer = null;
    Double value = null;
    Double tolerance = null;
    Object a = q.getValue("answer");
    if (a instanceof JsonArray arr) {
      answer = arr.stream().map(o -> ((Number) o).intValue()).toList();
    } else if (a instanceof JsonObject num) {
      value = num.getNumber("value").doubleValue();
      Number tol = num.getNumber("tolerance");
      tolerance = tol == null ? 0.0 : tol.doubleValue();
    }
    if (kind == Kind.TRUEFALSE && !q.containsKey("options")) {
      q = q.copy().put("options", new JsonArray().add("True").add("False"));
    }
    JsonObject source = q.getJsonObject("source", new JsonObject());
    return new Question(
        q.getString("id"),
        kind,
        q.getString("text"),
        strings(q.getJsonArray("options")),
        answer,
        value,
        tolerance,
        strings(q.getJsonArray("items")),
        strings(q.getJsonArray("accept")),
        q.getInteger("timeLimitSeconds"),
        source.getInteger("line", 0),
        source.getString("quote", ""),
        q.getString("explanation"),
        accepted(q.getJsonArray("acceptedWarnings")));
  }

  private static List<AcceptedWarning> accepted(JsonArray arr) {
    return arr == null ? List.of() : arr.stream().map(o -> AcceptedWarning.fromJson((JsonObject) o)).toList();
  }

  private static List<String> strings(JsonArray arr) {
    return arr == null ? List.of() : arr.stream().map(String::valueOf).toList();
  }

  /** The question as a quiz document holds it, correct answer included. */
  public JsonObject toJson() {
    JsonObject q = new JsonObject().put("id", id).put("kind", kind.wire()).put("text", text);
    if (!options.isEmpty()) q.put("options", new JsonArray(options));
    switch (kind) {
      case SINGLE, MULTIPLE, TRUEFALSE -> q.put("answer", new JsonArray(answer));
      case NUMERIC -> q.put("answer", new JsonObject().put("value", number(value)).put("tolerance", number(tolerance)));
      case ORDER -> q.put("items", new JsonArray(items));
      case TEXT -> q.put("accept", new JsonArray(accept));
      case POLL -> { }
    }
    if (timeLimitSeconds != null) q.put("timeLimitSeconds", timeLimitSeconds);
    if (hasSource()) q.put("source", new JsonObject().put("line", sourceLine).put("quote", sourceQuote));
    if (explanation != null) q.put("explanation", explanation);
    if (!acceptedWarnings.isEmpty()) q.put("acceptedWarnings", new JsonArray(acceptedWarnings.stream().map(AcceptedWarning::toJson).toList()));
    return q;
  }

  /** Whether the question cites a line of notes (an imported one does not). */
  public boolean hasSource() {
    return sourceLine > 0;
  }

  /** Whole numbers go out as integers ({@code 1934}, not {@code 1934.0}). */
  static Number number(Double d) {
    if (d == null) return null;
    if (d == Math.rint(d) && Math.abs(d) < 1e15) return d.longValue();
    return d;
  }
}
