package recall.notes;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text and Markdown notes. Line {@code n} of the document is line {@code n} of the file, blank
 * lines kept as empty lines, so that citations by file line number (the shipped bank's) stay true.
 * Bullets and list numbers are taken off; headings become sections ({@code #} lines in Markdown,
 * short heading-like lines in plain text).
 */
final class TextNotes {

  private TextNotes() {
  }

  static NotesDocument read(byte[] bytes, String title, boolean markdown) throws BadNotesException {
    String text = decode(bytes);
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    String[] raw = text.split("\r\n|\r|\n", -1);
    int end = raw.length;
    while (end > 0 && raw[end - 1].isBlank()) end--;
    List<String> lines = new ArrayList<>(end);
    List<NotesDocument.Section> sections = new ArrayList<>();
    String previous = "";
    for (int i = 0; i < end; i++) {
      String line = raw[i];
      String heading = markdown ? LineText.markdownHeading(line) : null;
      String clean = heading != null ? LineText.unmark(heading).strip() : LineText.clean(markdown ? LineText.unmark(line) : line);
      boolean isHeading = heading != null
          || !markdown && !LineText.isListItem(line) && LineText.looksLikeHeading(clean) && !LineText.isDateOnly(previous);
      if (isHeading && !clean.isEmpty()) sections.add(new NotesDocument.Section(i + 1, clean));
      lines.add(clean);
      if (!clean.isEmpty()) previous = clean;
    }
    return new NotesDocument(title, lines, sections);
  }

  /** UTF-8 when the bytes are UTF-8; else Windows-1252 text (older notes); never binary. */
  private static String decode(byte[] bytes) throws BadNotesException {
    for (byte b : bytes) {
      if (b == 0) throw new BadNotesException("the file is not text, a .docx or a .pdf");
    }
    try {
      return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      try {
        return strict(Charset.forName("windows-1252")).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        throw new BadNotesException("the file is not readable text (UTF-8 expected)", e);
      }
    }
  }

  private static java.nio.charset.CharsetDecoder strict(Charset charset) {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
