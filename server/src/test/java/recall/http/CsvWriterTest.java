package recall.http;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("CSV cells are quoted as RFC 4180 says and never read as formulas")
class CsvWriterTest {

  @Test
  @DisplayName("numbers and booleans are written as they are, every text cell in quotes")
  void plainCells() {
    assertEquals("\"Anna\"", CsvWriter.cell("Anna"));
    assertEquals("873", CsvWriter.cell(873));
    assertEquals("true", CsvWriter.cell(true));
    assertEquals("\"Kirov was murdered in 1934.\"", CsvWriter.cell("Kirov was murdered in 1934."));
  }

  @Test
  @DisplayName("a missing value is an empty cell")
  void nullIsEmpty() {
    assertEquals("", CsvWriter.cell(null));
    assertEquals("\"\"", CsvWriter.cell(""));
  }

  @Test
  @DisplayName("a comma, a quote or a line break puts the cell in quotes, with quotes doubled")
  void quoting() {
    assertEquals("\"Smith, Jo\"", CsvWriter.cell("Smith, Jo"));
    assertEquals("\"say \"\"hi\"\"\"", CsvWriter.cell("say \"hi\""));
    assertEquals("\"two\nlines\"", CsvWriter.cell("two\nlines"));
    assertEquals("\"two\r\nlines\"", CsvWriter.cell("two\r\nlines"));
  }

  @Test
  @DisplayName("a cell starting with =, +, -, @, tab or carriage return gets a leading apostrophe")
  void formulaPrefixes() {
    assertEquals("\"'=1+1\"", CsvWriter.cell("=1+1"));
    assertEquals("\"'+1\"", CsvWriter.cell("+1"));
    assertEquals("\"'-1\"", CsvWriter.cell("-1"));
    assertEquals("\"'@SUM(A1)\"", CsvWriter.cell("@SUM(A1)"));
    assertEquals("\"'\tx\"", CsvWriter.cell("\tx"));
    assertEquals("\"'\rx\"", CsvWriter.cell("\rx"));
  }

  @Test
  @DisplayName("a formula with quotes gets both the apostrophe and RFC 4180 quoting")
  void formulaWithQuotes() {
    assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", CsvWriter.cell("=HYPERLINK(\"http://evil.example\",\"x\")"));
  }

  @Test
  @DisplayName("a sign or at-sign inside a cell is left alone")
  void prefixOnlyAtStart() {
    assertEquals("\"1-2\"", CsvWriter.cell("1-2"));
    assertEquals("\"a=b\"", CsvWriter.cell("a=b"));
    assertEquals("\"anna@school\"", CsvWriter.cell("anna@school"));
  }

  @Test
  @DisplayName("a formula after a separator a spreadsheet might split on (; , | tab, line break) is guarded too")
  void formulaAfterSeparator() {
    assertEquals("\"Tom;'=1+2\"", CsvWriter.cell("Tom;=1+2"));
    assertEquals("\"a,'+b|'@c\t'-d\"", CsvWriter.cell("a,+b|@c\t-d"));
    assertEquals("\"x\n'=y\"", CsvWriter.cell("x\n=y"));
    assertEquals("\"Tom; =1\"", CsvWriter.cell("Tom; =1"));
  }

  @Test
  @DisplayName("a row joins its cells with commas and ends with CRLF")
  void rows() {
    String csv = new CsvWriter().header(List.of("player", "points")).row(Arrays.asList("=cmd", null)).row(List.of("A, B", 5)).toString();
    assertEquals("player,points\r\n\"'=cmd\",\r\n\"A, B\",5\r\n", csv);
  }
}
