package recall.quiz;

import io.vertx.core.json.JsonObject;

import java.util.StringJoiner;

/**
 * One thing wrong with a quiz document or an imported file, as the contract's {@code problems}
 * list carries it. Every part but the message may be null.
 *
 * @param file the file it was found in ({@code power-struggle.json}), or null for a posted document
 * @param question the question's id, {@code #3} (1-based) when it has none, or an imported question's name
 * @param field the field at fault, dotted ({@code source.quote}, {@code options[2]})
 * @param line the line of an imported file (GIFT, CSV) where the question starts
 * @param message what is wrong, in words a teacher understands
 */
public record Problem(String file, String question, String field, Integer line, String message) {

  /** A problem in a document, not tied to a line. */
  public static Problem of(String question, String field, String message) {
    return new Problem(null, question, field, null, message);
  }

  /** A problem at a line of an imported file. */
  public static Problem atLine(int line, String question, String message) {
    return new Problem(null, question, null, line, message);
  }

  /** The same problem, found in this file. */
  public Problem inFile(String fileName) {
    return new Problem(fileName, question, field, line, message);
  }

  /** The same problem, at this line of an imported file. */
  public Problem atLine(int lineNumber) {
    return new Problem(file, question, field, lineNumber, message);
  }

  /** {@code {"file"?, "question"?, "field"?, "line"?, "message"}}, without the null parts. */
  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    if (file != null) json.put("file", file);
    if (question != null) json.put("question", question);
    if (field != null) json.put("field", field);
    if (line != null) json.put("line", line);
    return json.put("message", message);
  }

  /** For a console: {@code power-struggle.json: ps-03 source.quote: not found on line 12}. */
  @Override
  public String toString() {
    StringJoiner where = new StringJoiner(" ");
    if (line != null) where.add("line " + line);
    if (question != null) where.add(question);
    if (field != null) where.add(field);
    String prefix = file == null ? "" : file + ": ";
    return where.length() == 0 ? prefix + message : prefix + where + ": " + message;
  }
}
