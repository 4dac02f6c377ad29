package recall.drafting;

import recall.notes.NotesDocument;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last few notes documents read for drafting, by notes id: reading 500 lines with OpenNLP takes
 * seconds, and a teacher drafts from one document several times (a section, then another). Notes
 * never change after upload, so an entry never goes stale; the oldest is dropped past the bound.
 * One cache serves every event loop (it is thread-safe).
 * Blocking: call it off the event loop.
 */
public final class AnalysisCache {

  private final int size;
  private final Map<String, NotesAnalysis> analyses;

  public AnalysisCache(int size) {
    this.size = size;
    this.analyses = new LinkedHashMap<>(size, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, NotesAnalysis> eldest) {
        return size() > AnalysisCache.this.size;
      }
    };
  }

  /** The analysis of a document, read now or kept from before. */
  public NotesAnalysis of(String notesId, NotesDocument doc) {
    synchronized (analyses) {
      NotesAnalysis known = analyses.get(notesId);
      // The same id on another server in this JVM (tests) may name other notes: the lines must match.
      if (known != null && known.notes().lines().equals(doc.lines())) return known;
    }
    // Read outside the lock: two documents can be read at once; a race reads one twice, harmlessly.
    NotesAnalysis fresh = NotesAnalysis.of(doc, Nlp.get().analyzer());
    synchronized (analyses) {
      analyses.put(notesId, fresh);
    }
    return fresh;
  }

  /**
   * Drafts from a document's analysis. An analysis keeps the distractors it has worked out, in a
   * map that is not for several threads at once, so one drafting run at a time uses it.
   */
  public java.util.List<io.vertx.core.json.JsonObject> draft(String notesId, NotesDocument doc, DraftRequest request) {
    NotesAnalysis analysis = of(notesId, doc);
    synchronized (analysis) {
      return CheckFilter.drafter().draft(analysis, notesId, request);
    }
  }

  /** Forgets a deleted document. */
  public void forget(String notesId) {
    synchronized (analyses) {
      analyses.remove(notesId);
    }
  }
}
