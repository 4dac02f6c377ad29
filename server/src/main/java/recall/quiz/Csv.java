package recall.quiz;

import java.util.ArrayList;
import java.util.List;

/** An RFC 4180 reader that remembers the physical line where each record starts. */
final class Csv {

  /**
   * One record.
   *
   * @param line the 1-based line of the text where the record starts
   * @param cells its fields, unquoted
   * @param closed false when a quoted field runs to the end of the text
   */
  record Row(int line, List<String> cells, boolean closed) {

    /** The field at {@code index}, or "" past the end. */
    String cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    boolean blank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  private Csv() {
  }

  /**
   * The records of {@code text}: fields split at {@code separator}, a quoted field may hold
   * separators, line breaks and doubled quotes ({@code ""}); a quote inside an unquoted field is kept.
   */
  static List<Row> read(String text, char separator) {
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean fieldStart = true;
    int line = 1;
    int rowLine = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n' || c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n')) line++;
          cell.append(c);
        }
      } else if (c == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
      } else if (c == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
        fieldStart = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
        cells.add(cell.toString());
        rows.add(new Row(rowLine, List.copyOf(cells), true));
        cells.clear();
        cell.setLength(0);
        fieldStart = true;
        rowLine = ++line;
      } else {
        cell.append(c);
        fieldStart = false;
      }
    }
    if (quoted || cell.length() > 0 || !cells.isEmpty()) {
      cells.add(cell.toString());
      rows.add(new Row(rowLine, List.copyOf(cells), !quoted));
    }
    return rows;
  }

  /** The separator a spreadsheet used: the most frequent of {@code , ; TAB} on the first line. */
  static char separator(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    char best = ',';
    long bestCount = first.chars().filter(ch -> ch == ',').count();
    for (char c : new char[] {';', '\t'}) {
      long count = first.chars().filter(ch -> ch == c).count();
      if (count > bestCount) {
        best = c;
        bestCount = count;
      }
    }
    return best;
  }
}
