package recall.notes;

import io.vertx.core.json.JsonObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotesReaderTest {

  private static final Path QUESTIONS = Path.of("..", "questions");

  private static NotesDocument read(String text, String name) throws BadNotesException {
    return NotesReader.read(text.getBytes(StandardCharsets.UTF_8), name, null);
  }

  @Test
  @DisplayName("The shipped notes keep the file's line numbers, so every quote of the bank stands on its line")
  void shippedNotesLineForLine() throws Exception {
    byte[] bytes = Files.readAllBytes(QUESTIONS.resolve("notes/ussr-1924-1941.txt"));
    NotesDocument doc = NotesReader.read(bytes, "ussr-1924-1941.txt", null);
    List<String> file = Files.readAllLines(QUESTIONS.resolve("notes/ussr-1924-1941.txt"));
    assertEquals("ussr-1924-1941", doc.title());
    assertTrue(doc.lineCount() >= file.size() - 1 && doc.lineCount() <= file.size(), "lines: " + doc.lineCount());
    assertEquals("Lenin died January 1924. The Politburo – Rykov, Tomsky, Kamenev, Zinoviev, Trotsky and Stalin announced their intention of ruling as a collective leadership.", doc.line(4));
    int quotes = 0;
    try (Stream<Path> quizzes = Files.list(QUESTIONS)) {
      for (Path quiz : quizzes.filter(p -> p.toString().endsWith(".json")).toList()) {
        for (Object o : new JsonObject(Files.readString(quiz)).getJsonArray("questions")) {
          JsonObject source = ((JsonObject) o).getJsonObject("source");
          String line = doc.line(source.getInteger("line"));
          assertTrue(line.contains(source.getString("quote")), quiz.getFileName() + ": " + source.encode());
          quotes++;
        }
      }
    }
    assertTrue(quotes >= 250, "quotes checked: " + quotes);
  }

  @Test
  @DisplayName("Headings of the shipped notes are sections; bullets, dates of the chronology and tables are not")
  void shippedSections() throws Exception {
    NotesDocument doc = NotesReader.read(Files.readAllBytes(QUESTIONS.resolve("notes/ussr-1924-1941.txt")), "ussr.txt", "USSR");
    List<String> titles = doc.sections().stream().map(NotesDocument.Section::title).toList();
    assertTrue(titles.contains("B: Transforming the Soviet Union"), titles.toString());
    assertTrue(titles.contains("Why did Stalin win?"));
    assertEquals(new NotesDocument.Section(10, "Why was Trotsky unpopular?"), doc.sections().get(0));
    assertTrue(titles.stream().noneMatch(t -> t.matches("\\d{4}.*|.*\\d+\\. \\d.*")), titles.toString());
    assertTrue(titles.stream().noneMatch(t -> t.startsWith("Lenin")), titles.toString());
    assertEquals("The debate about agricultural change", doc.sectionOf(110).title());
  }

  @Test
  @DisplayName("Plain text keeps blank lines as empty lines and takes bullets and list numbers off")
  void plainText() throws Exception {
    NotesDocument doc = read("Cells\n• Mitochondria release energy.\n\n- The heart pumps blood.\n2. Veins carry blood back.\r\n", "bio.txt");
    assertEquals(List.of("Cells", "Mitochondria release energy.", "", "The heart pumps blood.", "Veins carry blood back."), doc.lines());
    assertEquals(List.of(new NotesDocument.Section(1, "Cells")), doc.sections());
  }

  @Test
  @DisplayName("Markdown: # headings are sections, emphasis marks are dropped, line numbers are the file's")
  void markdown() throws Exception {
    NotesDocument doc = read("# Atoms\n\n- **Dalton** proposed atomic theory in 1803.\n## The nucleus\nRutherford found it.\n", "chem.md");
    assertEquals(List.of("Atoms", "", "Dalton proposed atomic theory in 1803.", "The nucleus", "Rutherford found it."), doc.lines());
    assertEquals(List.of(new NotesDocument.Section(1, "Atoms"), new NotesDocument.Section(4, "The nucleus")), doc.sections());
  }

  @Test
  @DisplayName("A .docx: one line per paragraph or list item, Heading styles as sections, table rows as lines")
  void docx() throws Exception {
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph title = doc.createParagraph();
      title.setStyle("Heading1");
      title.createRun().setText("The heart");
      doc.createParagraph().createRun().setText("The heart pumps blood around the body.");
      doc.createParagraph();
      XWPFParagraph bold = doc.createParagraph();
      var run = bold.createRun();
      run.setBold(true);
      run.setText("Blood vessels");
      doc.createParagraph().createRun().setText("Arteries carry blood away from the heart.");
      XWPFTable table = doc.createTable(1, 2);
      table.getRow(0).getCell(0).setText("Vein");
      table.getRow(0).getCell(1).setText("carries blood to the heart");
      doc.write(out);
      bytes = out.toByteArray();
    }
    NotesDocument notes = NotesReader.read(bytes, "heart.docx", "Heart");
    assertEquals(List.of("The heart", "The heart pumps blood around the body.", "Blood vessels",
        "Arteries carry blood away from the heart.", "Vein | carries blood to the heart"), notes.lines());
    assertEquals(List.of(new NotesDocument.Section(1, "The heart"), new NotesDocument.Section(3, "Blood vessels")), notes.sections());
  }

  @Test
  @DisplayName("A .pdf: printed lines joined into paragraphs, bullets each a line, larger type as sections")
  void pdf() throws Exception {
    byte[] bytes = pdf(List.of(
        new Printed(18, "Photosynthesis", 760),
        new Printed(11, "Photosynthesis takes place in the chloroplasts and makes", 730),
        new Printed(11, "glucose from carbon dioxide and water.", 716),
        new Printed(11, "• Light is needed.", 690),
        new Printed(11, "• Chlorophyll absorbs light.", 676)));
    NotesDocument notes = NotesReader.read(bytes, "plants.pdf", null);
    assertEquals(List.of("Photosynthesis",
        "Photosynthesis takes place in the chloroplasts and makes glucose from carbon dioxide and water.",
        "Light is needed.", "Chlorophyll absorbs light."), notes.lines());
    assertEquals(List.of(new NotesDocument.Section(1, "Photosynthesis")), notes.sections());
  }

  private record Printed(float size, String text, float y) {
  }

  private static byte[] pdf(List<Printed> lines) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        for (Printed p : lines) {
          content.beginText();
          content.setFont(font, p.size());
          content.newLineAtOffset(72, p.y());
          content.showText(p.text().replace("•", "-"));
          content.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  @DisplayName("Binary, a broken .docx or .pdf, an empty file: bad notes with a reason")
  void unreadable() {
    assertThrows(BadNotesException.class, () -> NotesReader.read(new byte[] {1, 0, 2, 3}, "x.txt", null));
    assertThrows(BadNotesException.class, () -> NotesReader.read("PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1), "x.docx", null));
    assertThrows(BadNotesException.class, () -> NotesReader.read("%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII), "x.pdf", null));
    assertThrows(BadNotesException.class, () -> NotesReader.read(new byte[0], "x.txt", null));
    BadNotesException blank = assertThrows(BadNotesException.class, () -> read("\n  \n", "x.txt"));
    assertTrue(blank.getMessage().contains("no text"));
  }

  @Test
  @DisplayName("Over 5 MiB: too large")
  void tooLarge() {
    BadNotesException e = assertThrows(BadNotesException.class, () -> NotesReader.read(new byte[NotesReader.MAX_BYTES + 1], "big.txt", null));
    assertInstanceOf(NotesTooLargeException.class, e);
  }

  @Test
  @DisplayName("Windows-1252 text is read too")
  void windows1252() throws Exception {
    NotesDocument doc = NotesReader.read("Caf\u00e9 \u2013 notes".getBytes("windows-1252"), "old.txt", null);
    assertEquals("Caf\u00e9 \u2013 notes", doc.line(1));
  }
}
