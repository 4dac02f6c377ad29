package recall.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import recall.notes.NotesDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * The teachers' notes documents in the database (migration 3). Every query takes the owner, so
 * another teacher's notes are simply not there. A document is inserted once and never updated:
 * a question that cites line {@code n} keeps citing the same words. Deleting hides it.
 */
public final class NotesStore {

  private final Pool pool;

  public NotesStore(Pool pool) {
    this.pool = pool;
  }

  /** A stored document with what the list shows. */
  public record Stored(String id, String owner, String filename, long createdAt, NotesDocument doc) {
  }

  /** One row of a teacher's list. */
  public record Summary(String id, String title, int lineCount, long createdAt) {
  }

  /** A document too long for its column, even under the upload limit (a docx of compressed text). */
  public static final class TooLong extends RuntimeException {
    public TooLong() {
      super("the notes hold more text than Recall stores for one document");
    }
  }

  /** Stores a new document of the owner's. */
  public Future<Stored> insert(String id, String owner, String filename, NotesDocument doc) {
    String lines = new JsonArray(doc.lines()).encode();
    JsonArray sections = new JsonArray();
    doc.sections().forEach(s -> sections.add(new JsonObject().put("line", s.line()).put("title", s.title())));
    String sectionsJson = sections.encode();
    if (lines.length() > Dialect.LONG_TEXT_MAX || sectionsJson.length() > Dialect.LONG_TEXT_MAX) {
      return Future.failedFuture(new TooLong());
    }
    long now = System.currentTimeMillis();
    String title = doc.title().length() > 500 ? doc.title().substring(0, 500) : doc.title();
    String file = filename != null && filename.length() > 500 ? filename.substring(0, 500) : filename;
    return Tx.one(pool, Sql.NOTES_INSERT, Tuple.of(id, owner, title, file, doc.lineCount(), lines, sectionsJson, now))
        .map(r -> new Stored(id, owner, file, now, new NotesDocument(title, doc.lines(), doc.sections())));
  }

  /** The owner's documents, newest first. */
  public Future<List<Summary>> list(String owner) {
    return Tx.one(pool, Sql.NOTES_LIST, Tuple.of(owner)).map(rows -> {
      List<Summary> out = new ArrayList<>();
      for (Row r : rows) out.add(new Summary(r.getString(0), r.getString(1), r.getInteger(2), r.getLong(3)));
      return out;
    });
  }

  /** One of the owner's documents, or null. */
  public Future<Stored> get(String id, String owner) {
    return Tx.one(pool, Sql.NOTES_GET, Tuple.of(id, owner)).map(rows -> {
      if (!rows.iterator().hasNext()) return null;
      Row r = rows.iterator().next();
      List<String> lines = new JsonArray(r.getString(3)).stream().map(String::valueOf).toList();
      List<NotesDocument.Section> sections = new ArrayList<>();
      for (Object o : new JsonArray(r.getString(4))) {
        JsonObject s = (JsonObject) o;
        sections.add(new NotesDocument.Section(s.getInteger("line"), s.getString("title")));
      }
      return new Stored(r.getString(0), owner, r.getString(2), r.getLong(5), new NotesDocument(r.getString(1), lines, sections));
    });
  }

  /** Hides one of the owner's documents; false when it was not there. */
  public Future<Boolean> delete(String id, String owner) {
    return Tx.one(pool, Sql.NOTES_DELETE, Tuple.of(id, owner)).map(r -> r.rowCount() > 0);
  }
}
