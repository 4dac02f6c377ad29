package recall.notes;

import recall.insight.NotesSections;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The notes documents the insight can look headings up in: today the shipped bank's notes
 * ({@code questions/notes/*.txt}), read once at start with {@link NotesReader}. Uploaded notes can
 * answer here too once they are stored, without the insight changing.
 */
public final class NotesShelf implements NotesSections {
  private final Map<String, NotesDocument> byId = new HashMap<>();

  /** @param files the bank's notes: file name to lines (index 0 = line 1), as the quiz folder read them */
  public static NotesShelf ofBank(Map<String, List<String>> files) {
    NotesShelf shelf = new NotesShelf();
    files.forEach((name, lines) -> {
      try {
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        shelf.byId.put(idOf(name), NotesReader.read(bytes, name, name));
      } catch (BadNotesException e) {
        // The quiz folder read it as text already; a file it could read and this cannot has no headings.
      }
    });
    return shelf;
  }

  /** A notes id from a quiz's {@code notes} field: the version 1 file name names the same document. */
  public static String idOf(String notes) {
    if (notes == null) return null;
    int dot = notes.lastIndexOf('.');
    return dot > 0 && notes.length() - dot <= 5 ? notes.substring(0, dot) : notes;
  }

  @Override
  public String sectionOf(String notes, int line) {
    NotesDocument doc = byId.get(idOf(notes));
    if (doc == null || line < 1 || line > doc.lineCount()) return null;
    NotesDocument.Section s = doc.sectionOf(line);
    return s == null ? null : s.title();
  }

  /** Line {@code line} of the notes, or null. */
  public String line(String notes, int line) {
    NotesDocument doc = byId.get(idOf(notes));
    return doc == null || line < 1 || line > doc.lineCount() ? null : doc.line(line);
  }
}
