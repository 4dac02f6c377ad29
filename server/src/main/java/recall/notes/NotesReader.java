package recall.notes;

import java.util.Locale;

/**
 * Reads an uploaded notes file into a {@link NotesDocument}. The format is told by the file name's
 * ending and, when that is missing or wrong, by the first bytes: a zip is a {@code .docx}, {@code %PDF}
 * a PDF, anything else must be UTF-8 text (plain or Markdown). Blocking work: call it off the event loop.
 */
public final class NotesReader {

  /** The largest notes file accepted (5 MiB). */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private NotesReader() {
  }

  /** The formats Recall reads. */
  public enum Format { TEXT, MARKDOWN, DOCX, PDF }

  /**
   * @param filename the uploaded file's name (may be null); its ending picks the format
   * @param title the document's title; blank: taken from the file name
   * @throws NotesTooLargeException over {@link #MAX_BYTES}
   * @throws BadNotesException not readable as notes in the format found, or no text in it
   */
  public static NotesDocument read(byte[] bytes, String filename, String title) throws BadNotesException {
    if (bytes == null || bytes.length == 0) throw new BadNotesException("the notes file is empty");
    if (bytes.length > MAX_BYTES) throw new NotesTooLargeException(bytes.length);
    String name = title == null || title.isBlank() ? titleFrom(filename) : title.strip();
    NotesDocument doc = switch (format(bytes, filename)) {
      case TEXT -> TextNotes.read(bytes, name, false);
      case MARKDOWN -> TextNotes.read(bytes, name, true);
      case DOCX -> DocxNotes.read(bytes, name);
      case PDF -> PdfNotes.read(bytes, name);
    };
    if (doc.lines().stream().allMatch(String::isBlank)) throw new BadNotesException("the notes hold no text");
    return doc;
  }

  /** The format of a file: its first bytes win over a name that says otherwise. */
  public static Format format(byte[] bytes, String filename) {
    if (startsWith(bytes, "PK")) return Format.DOCX;
    if (startsWith(bytes, "%PDF")) return Format.PDF;
    String lower = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".md") || lower.endsWith(".markdown")) return Format.MARKDOWN;
    return Format.TEXT;
  }

  private static boolean startsWith(byte[] bytes, String magic) {
    if (bytes.length < magic.length()) return false;
    for (int i = 0; i < magic.length(); i++) {
      if (bytes[i] != magic.charAt(i)) return false;
    }
    return true;
  }

  /** "ussr-1924-1941.txt" gives "ussr-1924-1941"; no name gives "Notes". */
  static String titleFrom(String filename) {
    if (filename == null || filename.isBlank()) return "Notes";
    String base = filename.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    if (dot > 0) base = base.substring(0, dot);
    return base.isBlank() ? "Notes" : base.strip();
  }
}
