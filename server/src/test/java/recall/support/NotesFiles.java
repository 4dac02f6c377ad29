package recall.support;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Notes for the workshop's tests: science notes (not history, so drafting is seen to work on any
 * subject), written as a .docx with POI and a .pdf with PDFBox, and uploaded through the real API.
 */
public final class NotesFiles {
  /** A heading, then one fact a line. */
  public static final List<String> SCIENCE = List.of(
      "Cells and the human body",
      "The heart pumps blood around the body through arteries and veins.",
      "Photosynthesis takes place in the chloroplasts of plant cells.",
      "An adult human skeleton has 206 bones.",
      "Alexander Fleming discovered penicillin in 1928 in London.",
      "Frederick Banting isolated insulin in 1921 in Toronto.",
      "The liver stores glycogen and makes bile.",
      "Louis Pasteur showed in 1862 that microbes make milk go sour.",
      "Red blood cells carry oxygen, white blood cells fight infection and platelets help blood to clot.",
      "Scientists disagree about how much screen time harms the sleep of teenagers.",
      "Charles Darwin published On the Origin of Species in 1859.",
      "Gregor Mendel studied inheritance in pea plants in 1856.",
      "Water boils at 100 degrees Celsius at sea level.");

  private NotesFiles() {
  }

  /** The science notes as plain text, one line each. */
  public static String text() {
    return String.join("\n", SCIENCE) + "\n";
  }

  /** Uploads a file's bytes as the teacher with {@code token}. */
  public static Future<HttpResponse<Buffer>> upload(WebClient http, String token, String filename, String type, Buffer body) {
    String path = "/api/notes?title=" + URLEncoder.encode("Notes " + filename, StandardCharsets.UTF_8)
        + "&filename=" + URLEncoder.encode(filename, StandardCharsets.UTF_8);
    return Staffroom.as(http, token, HttpMethod.POST, path).putHeader("Content-Type", type).sendBuffer(body);
  }

  /** A .docx with one paragraph a line, the first a heading style. */
  public static byte[] docx(List<String> lines) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : lines) doc.createParagraph().createRun().setText(line);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF with one printed line, and a blank line between, per line of notes. */
  public static byte[] pdf(List<String> lines) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
        s.setLeading(24);
        s.newLineAtOffset(40, 740);
        for (String line : lines) {
          s.showText(line);
          s.newLine();
        }
        s.endText();
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
