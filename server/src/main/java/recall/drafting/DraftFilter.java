package recall.drafting;

import io.vertx.core.json.JsonObject;
import recall.notes.NotesDocument;

/**
 * Where the item-writing checks (recall.check) plug into drafting: every draft goes through the
 * same checks a teacher's question gets, before ranking. A filter weighs a draft: 1 keeps it as it
 * is, less lowers its rank, 0 drops it.
 */
@FunctionalInterface
public interface DraftFilter {

  /**
   * @param question the draft in the quiz document's shape, with {@code source} and {@code draft}
   * @param notes the notes it was drafted from
   * @return a factor from 0 (drop) to 1 (keep as ranked)
   */
  double weigh(JsonObject question, NotesDocument notes);

  /** Keeps everything: drafting before the checks are wired in. */
  DraftFilter NONE = (question, notes) -> 1.0;
}
