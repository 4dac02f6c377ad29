package recall.notes;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Word notes through Apache POI: one line per paragraph or list item (empty paragraphs left out),
 * one line per table row with its cells joined by " | ". Paragraphs in a Heading or Title style,
 * and short paragraphs set wholly in bold, are the sections.
 */
final class DocxNotes {

  private DocxNotes() {
  }

  static NotesDocument read(byte[] bytes, String title) throws BadNotesException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> lines = new ArrayList<>();
      List<NotesDocument.Section> sections = new ArrayList<>();
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          String text = LineText.clean(p.getText().replaceAll("\\s*[\\r\\n]+\\s*", " "));
          if (text.isEmpty()) continue;
          lines.add(text);
          if (isHeading(doc, p, text)) sections.add(new NotesDocument.Section(lines.size(), text));
        } else if (element instanceof XWPFTable table) {
          for (XWPFTableRow row : table.getRows()) {
            String text = row.getTableCells().stream().map(c -> c.getText().strip()).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" | "));
            if (!text.isEmpty()) lines.add(text);
          }
        }
      }
      return new NotesDocument(title, lines, sections);
    } catch (Exception | LinkageError e) {
      // POI reports a broken or foreign zip in many ways (IOException, POIXMLException, NotOfficeXml...).
      throw new BadNotesException("the file is not a readable .docx document", e);
    }
  }

  private static boolean isHeading(XWPFDocument doc, XWPFParagraph p, String text) {
    String style = styleName(doc, p.getStyleID());
    if (style.startsWith("heading") || style.equals("title") || style.equals("subtitle")) return true;
    List<XWPFRun> runs = p.getRuns();
    boolean allBold = !runs.isEmpty() && runs.stream().filter(r -> !r.text().isBlank()).allMatch(XWPFRun::isBold);
    return allBold && p.getNumID() == null && LineText.looksLikeHeading(text);
  }

  /** The style's name ("heading 1"), lower case; its id when it has no name; "" when none. */
  private static String styleName(XWPFDocument doc, String id) {
    if (id == null) return "";
    XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
    String name = style != null && style.getName() != null ? style.getName() : id;
    return name.toLowerCase(Locale.ROOT).replaceAll("^heading(\\d)", "heading $1");
  }
}
