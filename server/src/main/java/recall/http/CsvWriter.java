package recall.http;

import java.util.List;

/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet: a cell that a spreadsheet would
 * read as a formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe.
 */
final class CsvWriter {
  private final StringBuilder out = new StringBuilder();

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
    String s = value.toString();
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      s = '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
