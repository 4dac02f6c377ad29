package recall.quiz;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON syntax error in the words of a teacher editing a quiz file, in place of the parser's
 * own ("Unexpected character ('}' (code 125)): was expecting double-quote to start field name").
 */
final class JsonSyntax {
  private static final Pattern FOUND = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
  private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']*)'");
  private static final Pattern COLUMN = Pattern.compile("column: (\\d+)");

  private JsonSyntax() {
  }

  /** The plain-words reason for a parser message (its first line is enough), with the column when known. */
  static String describe(String parserMessage) {
    String m = parserMessage == null ? "" : parserMessage;
    Matcher found = FOUND.matcher(m);
    String at = found.find() ? found.group(1) : null;
    Matcher column = COLUMN.matcher(m);
    String where = column.find() ? " (column " + column.group(1) + ")" : "";
    String reason;
    if (m.contains("end-of-input")) {
      reason = "the file ends too early: a { [ or \" is not closed";
      where = "";
    } else if (m.contains("comma to separate Object entries")) {
      reason = "a comma is missing between two fields, before " + quote(at);
    } else if (m.contains("comma to separate Array entries")) {
      reason = "a comma is missing between two items of a list, before " + quote(at);
    } else if (m.contains("double-quote to start field name")) {
      reason = "a field name in double quotes was expected, found " + quote(at) + " (a comma too many before it?)";
    } else if (m.contains("colon to separate field name and value")) {
      reason = "a colon is missing after a field name, before " + quote(at);
    } else if (TOKEN.matcher(m).find()) {
      Matcher t = TOKEN.matcher(m);
      t.find();
      reason = quote(t.group(1)) + " is not a JSON value (text goes in double quotes)";
    } else if (at != null) {
      reason = "unexpected " + quote(at);
    } else {
      String first = m.lines().findFirst().orElse("").replaceFirst("^Failed to decode:\\s*", "");
      reason = first.replaceAll(" \\(code \\d+\\)", "").replaceAll("\\s*at \\[Source.*$", "");
    }
    return reason + where;
  }

  private static String quote(String s) {
    return s == null ? "this" : "'" + s + "'";
  }
}
