package recall.support;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV as RFC 4180 writes it: quoted fields may hold commas, doubled quotes and line breaks. */
public final class CsvRows {
  private CsvRows() {
  }

  /** The rows of a CSV text (CRLF or LF line ends), each a list of unquoted fields. */
  public static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c != '"') field.append(c);
        else if (i + 1 < text.length() && text.charAt(i + 1) == '"') field.append(text.charAt(++i));
        else quoted = false;
      } else if (c == '"') {
        if (field.length() > 0) throw new IllegalArgumentException("a quote inside an unquoted field at " + i);
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (quoted) throw new IllegalArgumentException("an unclosed quote");
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
