package recall.http;

import io.vertx.core.Future;
import recall.insight.Sitting;
import recall.notes.NotesDocument;
import recall.notes.NotesShelf;
import recall.store.InsightStore;
import recall.store.NotesLibrary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the insight and revision calls need beyond the common services.
 *
 * @param notes the notes documents, shared and each teacher's own
 * @param clock the server's clock, which the Leitner schedule is read by (tests inject one)
 */
public record InsightServices(InsightStore store, NotesLibrary notes, Clock clock) {

  /** The notes documents the sittings cite that {@code owner} may read, for the report's sections and lines. */
  Future<NotesShelf> shelf(List<Sitting> sittings, String owner) {
    Set<String> ids = new LinkedHashSet<>();
    for (Sitting s : sittings) for (Sitting.Asked a : s.asked()) if (a.notes() != null) ids.add(a.notes());
    List<String> order = new ArrayList<>(ids);
    List<Future<NotesLibrary.Found>> found = new ArrayList<>();
    for (String id : order) found.add(notes.find(id, owner));
    return Future.all(found).map(all -> {
      Map<String, NotesDocument> byId = new HashMap<>();
      for (int i = 0; i < order.size(); i++) {
        NotesLibrary.Found f = all.resultAt(i);
        if (f != null) byId.put(order.get(i), f.doc());
      }
      return new NotesShelf(byId);
    });
  }
}
