package recall.quiz;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Kahoot!'s quiz spreadsheet template saved as CSV: {@code Question, Answer 1..4, Time limit (sec),
 * Correct answer(s)}, correct answers as numbers ({@code 2} or {@code 1,3}). The template's header
 * row (and the instructions above it) is skipped, and a leading number column is tolerated. One right
 * answer makes a {@code single} question, several a {@code multiple}; answers exactly True and False
 * a {@code truefalse}. Problems name the line where the row starts.
 */
public final class KahootCsv {

  private static final int HEADER_SEARCH_ROWS = 20;

  /** Where each field stands in a row. */
  private record Columns(int question, int[] answers, int time, int correct) {

    /** The template's order from {@code first} on. */
    static Columns from(int first) {
      return new Columns(first, new int[] {first + 1, first + 2, first + 3, first + 4}, first + 5, first + 6);
    }
  }

  private KahootCsv() {
  }

  /** A quiz document (id from the title) holding every row read, and a problem for each row that could not be. */
  public static ImportResult parse(String text, String title) {
    ImportDoc doc = new ImportDoc(title);
    text = text.replaceFirst("^\uFEFF", "");
    List<Csv.Row> rows = Csv.read(text, Csv.separator(text));
    int header = -1;
    Columns columns = null;
    for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS) && header < 0; i++) {
      columns = header(rows.get(i));
      if (columns != null) header = i;
    }
    for (int i = header + 1; i < rows.size(); i++) {
      Csv.Row row = rows.get(i);
      if (!row.closed()) {
        doc.problem(row.line(), null, "a quoted field opened on this line is never closed");
      } else {
        row(doc, row, columns != null ? columns : guess(row));
      }
    }
    return doc.result();
  }

  /** The columns named by a header row, or null when the row is not one. */
  private static Columns header(Csv.Row row) {
    int question = -1;
    int time = -1;
    int correct = -1;
    int[] answers = {-1, -1, -1, -1};
    for (int c = 0; c < row.cells().size(); c++) {
      String name = row.cell(c).strip().toLowerCase(Locale.ROOT);
      if (name.startsWith("question") && question < 0) question = c;
      if (name.startsWith("time limit")) time = c;
      if (name.startsWith("correct answer")) correct = c;
      for (int a = 0; a < 4; a++) {
        if (name.startsWith("answer " + (a + 1))) answers[a] = c;
      }
    }
    if (question < 0 || answers[0] < 0) return null;
    Columns usual = Columns.from(question);
    for (int a = 0; a < 4; a++) {
      if (answers[a] < 0) answers[a] = usual.answers()[a];
    }
    return new Columns(question, answers, time < 0 ? usual.time() : time, correct < 0 ? usual.correct() : correct);
  }

  /** Without a header: the template's order, after a number column when the row starts with one. */
  private static Columns guess(Csv.Row row) {
    boolean numbered = row.cells().size() >= 8 && row.cell(0).strip().matches("#?\\d*");
    return Columns.from(numbered ? 1 : 0);
  }

  private static void row(ImportDoc doc, Csv.Row row, Columns columns) {
    String text = ImportDoc.collapse(row.cell(columns.question()));
    List<String> given = new ArrayList<>();
    for (int column : columns.answers()) given.add(ImportDoc.collapse(row.cell(column)));
    String correct = row.cell(columns.correct()).strip();
    if (text.isEmpty() && given.stream().allMatch(String::isEmpty) && correct.isEmpty()) return;
    int line = row.line();

    // Answers left empty are dropped, so the numbers in "Correct answer(s)" are mapped to what is left.
    List<String> options = new ArrayList<>();
    int[] optionOf = new int[given.size()];
    for (int a = 0; a < given.size(); a++) {
      optionOf[a] = given.get(a).isEmpty() ? -1 : options.size();
      if (!given.get(a).isEmpty()) options.add(given.get(a));
    }
    TreeSet<Integer> right = new TreeSet<>();
    boolean ok = true;
    if (correct.isEmpty()) {
      doc.problem(line, null, "no correct answer: give its number (1 to 4) in \"Correct answer(s)\"");
      ok = false;
    }
    for (String token : correct.isEmpty() ? new String[0] : correct.split("[,;\\s]+")) {
      Integer n = token.matches("\\d{1,2}") ? Integer.valueOf(token) : null;
      if (n == null || n < 1 || n > 4) {
        doc.problem(line, null, "correct answer '" + token + "' is not an answer number from 1 to 4");
        ok = false;
      } else if (optionOf[n - 1] < 0) {
        doc.problem(line, null, "correct answer " + n + " names an empty answer");
        ok = false;
      } else {
        right.add(optionOf[n - 1]);
      }
    }
    Integer seconds = null;
    String time = row.cell(columns.time()).strip();
    if (!time.isEmpty()) {
      if (time.matches("\\d{1,4}")) {
        seconds = Integer.valueOf(time);
      } else {
        doc.problem(line, null, "time limit '" + time + "' is not a whole number of seconds");
        ok = false;
      }
    }
    if (ok) doc.add(shape(options, right), text, null, seconds, line, null);
  }

  private static JsonObject shape(List<String> options, TreeSet<Integer> right) {
    List<String> lower = options.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
    if (right.size() == 1 && lower.size() == 2 && lower.contains("true") && lower.contains("false")) {
      boolean isTrue = lower.get(right.first()).equals("true");
      return new JsonObject().put("kind", "truefalse").put("options", new JsonArray().add("True").add("False"))
          .put("answer", new JsonArray().add(isTrue ? 0 : 1));
    }
    return new JsonObject()
        .put("kind", right.size() == 1 ? "single" : "multiple")
        .put("options", new JsonArray(new ArrayList<>(options)))
        .put("answer", new JsonArray(new ArrayList<>(right)));
  }
}
