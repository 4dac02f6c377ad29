package recall.notes;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * PDF notes through PDFBox's text stripper. The printed lines are joined back into paragraphs: a new
 * line of notes starts where PDFBox sees a paragraph start, at a bullet or list number, and at a
 * heading. A heading is a short line set larger than the body text (the most used font size).
 */
final class PdfNotes {

  private static final Pattern LIST_START = Pattern.compile("^\\s*(?:[*\\-+•◦▪‣●○■□–—]|\\d{1,2}[.)])\\s+");
  private static final double HEADING_SCALE = 1.15;

  private PdfNotes() {
  }

  /** One printed line: its text, its largest font size, and whether a paragraph starts with it. */
  private record Printed(String text, float size, boolean paragraphStart) {
  }

  static NotesDocument read(byte[] bytes, String title) throws BadNotesException {
    List<Printed> printed;
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
        throw new BadNotesException("the PDF does not allow its text to be copied");
      }
      Collector collector = new Collector();
      collector.setSortByPosition(true);
      collector.setAddMoreFormatting(true);
      collector.writeText(pdf, new StringWriter());
      collector.flush(false);
      printed = collector.lines;
    } catch (IOException e) {
      throw new BadNotesException("the file is not a readable PDF", e);
    }
    return assemble(title, printed);
  }

  private static NotesDocument assemble(String title, List<Printed> printed) {
    float body = bodySize(printed);
    List<String> lines = new ArrayList<>();
    List<NotesDocument.Section> sections = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean open = false;
    for (Printed p : printed) {
      String text = p.text().strip();
      boolean heading = p.size() > body * HEADING_SCALE && text.length() <= 90;
      if (!open || heading || p.paragraphStart() || LIST_START.matcher(text).find()) {
        if (open) lines.add(LineText.clean(current.toString()));
        current.setLength(0);
        current.append(text);
        open = true;
      } else if (current.length() > 1 && current.charAt(current.length() - 1) == '-' && Character.isLowerCase(current.charAt(current.length() - 2))) {
        current.setLength(current.length() - 1);
        current.append(text);
      } else {
        current.append(' ').append(text);
      }
      if (heading) {
        lines.add(LineText.clean(current.toString()));
        sections.add(new NotesDocument.Section(lines.size(), lines.get(lines.size() - 1)));
        open = false;
      }
    }
    if (open) lines.add(LineText.clean(current.toString()));
    lines.removeIf(String::isEmpty);
    return new NotesDocument(title, lines, renumber(sections, lines));
  }

  /** Sections found before empty lines were dropped keep pointing at their text. */
  private static List<NotesDocument.Section> renumber(List<NotesDocument.Section> found, List<String> lines) {
    List<NotesDocument.Section> result = new ArrayList<>();
    int from = 0;
    for (NotesDocument.Section s : found) {
      int at = lines.subList(from, lines.size()).indexOf(s.title());
      if (at < 0) continue;
      result.add(new NotesDocument.Section(from + at + 1, s.title()));
      from += at + 1;
    }
    return result;
  }

  /** The font size that most characters are set in. */
  private static float bodySize(List<Printed> printed) {
    Map<Float, Integer> chars = new HashMap<>();
    printed.forEach(p -> chars.merge(p.size(), p.text().length(), Integer::sum));
    return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
  }

  /** Collects printed lines and their font sizes instead of writing plain text. */
  private static final class Collector extends PDFTextStripper {
    private final List<Printed> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private float size;
    private boolean paragraphStart = true;

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      line.append(text);
      for (TextPosition t : positions) size = Math.max(size, Math.round(t.getFontSizeInPt() * 10) / 10f);
    }

    @Override
    protected void writeWordSeparator() {
      line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
      flush(false);
    }

    @Override
    protected void writeParagraphStart() {
      flush(true);
    }

    @Override
    protected void writeParagraphEnd() {
      flush(true);
    }

    @Override
    protected void writePageEnd() {
      flush(false);
    }

    void flush(boolean paragraphBreak) {
      if (!line.toString().isBlank()) {
        lines.add(new Printed(line.toString(), size, paragraphStart));
        paragraphStart = false;
      }
      if (paragraphBreak) paragraphStart = true;
      line.setLength(0);
      size = 0;
    }
  }
}
