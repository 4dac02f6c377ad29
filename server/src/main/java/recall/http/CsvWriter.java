package recall.http;

import java.util.List;

/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet. Every text cell is quoted (numbers
 * and booleans are not), so a spreadsheet that splits on {@code ;} or a tab instead of a comma still
 * sees one cell. A formula trigger ({@code = + - @}, tab, carriage return) gets an apostrophe before
 * it at the start of the cell and after any separator ({@code , ; | tab}) or line break inside it:
 * {@code Tom;=1+2} is written {@code "Tom;'=1+2"}, since a spreadsheet that ignored the quotes would
 * read {@code =1+2} as a formula.
 */
final class CsvWriter {
  private static final String TRIGGERS = "=+-@\t\r";
  private static final String SEPARATORS = ",;|\t\r\n";

  private final StringBuilder out = new StringBuilder();

  /** The header row, written bare as the contract spells it (names the server picks, not user text). */
  CsvWriter header(List<String> names) {
    out.append(String.join(",", names)).append("\r\n");
    return this;
  }

  CsvWriter row(List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) out.append(',');
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
    return this;
  }

  static String cell(Object value) {
    if (value == null) return "";
    if (value instanceof Number || value instanceof Boolean) return value.toString();
    return '"' + guard(value.toString()).replace("\"", "\"\"") + '"';
  }

  /** An apostrophe before each formula trigger at the start or right after a separator. */
  static String guard(String s) {
    StringBuilder g = new StringBuilder(s.length() + 2);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean cellStart = i == 0 || SEPARATORS.indexOf(s.charAt(i - 1)) >= 0;
      // A tab or CR that is itself a separator still starts a formula when it opens the cell.
      if (cellStart && TRIGGERS.indexOf(c) >= 0 && (i == 0 || SEPARATORS.indexOf(c) < 0)) g.append('\'');
      g.append(c);
    }
    return g.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
