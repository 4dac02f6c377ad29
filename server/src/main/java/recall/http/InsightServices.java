package recall.http;

import recall.notes.NotesShelf;
import recall.store.InsightStore;

import java.time.Clock;

/**
 * What the insight and revision calls need beyond the common services.
 *
 * @param clock the server's clock, which the Leitner schedule is read by (tests inject one)
 */
public record InsightServices(InsightStore store, NotesShelf notes, Clock clock) {
}
