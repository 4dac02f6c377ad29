package recall.notes;

import recall.insight.NotesSections;

import java.util.Map;

/**
 * The notes documents one insight report looks headings and lines up in: a snapshot, by notes id,
 * of the documents its sessions cite (shared or the teacher's own), fetched before the report is
 * computed so that the computing itself stays plain and synchronous.
 */
public final class NotesShelf implements NotesSections {
  private final Map<String, NotesDocument> byId;

  /** @param byId the documents by notes id (a version 1 file name is looked up without its extension) */
  public NotesShelf(Map<String, NotesDocument> byId) {
    this.byId = Map.copyOf(byId);
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
