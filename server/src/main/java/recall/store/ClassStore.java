package recall.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import recall.classes.JoinCodes;
import recall.classes.RosterEdit;
import recall.classes.SchoolClass;
import recall.classes.Student;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Classes and their rosters, always by owner: another teacher's class is not there. A student keeps
 * its id (and so its history) while it stays on the roster; its code is drawn once, unique on the
 * server by the database's index, and drawn again on the rare clash.
 */
public final class ClassStore {
  private static final int CODE_ATTEMPTS = 5;

  private final Pool pool;
  private final JoinCodes codes;

  public ClassStore(Pool pool, JoinCodes codes) {
    this.pool = pool;
    this.codes = codes;
  }

  public ClassStore(Pool pool) {
    this(pool, new JoinCodes());
  }

  public Future<SchoolClass> create(String owner, RosterEdit edit, long now) {
    String id = UUID.randomUUID().toString();
    return retryingCodes(0, () -> pool.withTransaction(conn ->
        conn.preparedQuery(ClassSql.CLASS_INSERT).execute(Tuple.of(id, owner, edit.name(), now))
            .compose(r -> write(conn, id, edit.students(), Map.of()))))
        .compose(v -> get(id, owner));
  }

  public Future<List<SchoolClass>> list(String owner) {
    return Tx.one(pool, ClassSql.CLASS_LIST, Tuple.of(owner)).compose(heads ->
        Tx.one(pool, ClassSql.STUDENTS_OF_OWNER, Tuple.of(owner)).map(rows -> {
          Map<String, List<Student>> byClass = new HashMap<>();
          for (Row r : rows) byClass.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(student(r, 1));
          List<SchoolClass> out = new ArrayList<>();
          for (Row h : heads) out.add(new SchoolClass(h.getString(0), h.getString(1), h.getLong(2), byClass.getOrDefault(h.getString(0), List.of())));
          return out;
        }));
  }

  /** The owner's class, or null. */
  public Future<SchoolClass> get(String id, String owner) {
    return Tx.one(pool, ClassSql.CLASS_GET, Tuple.of(id, owner)).compose(head -> {
      if (head.size() == 0) return Future.succeededFuture(null);
      Row h = head.iterator().next();
      return Tx.one(pool, ClassSql.STUDENTS_OF, Tuple.of(id)).map(rows -> {
        List<Student> students = new ArrayList<>();
        for (Row r : rows) students.add(student(r, 0));
        return new SchoolClass(h.getString(0), h.getString(1), h.getLong(2), students);
      });
    });
  }

  /**
   * The roster as edited: students given by id keep id, code and history (and their extra time unless
   * given), students without id are new, students left out are removed. Null when the owner has no
   * such class; fails with {@link RosterEdit.Invalid} for an id that is not this class's.
   */
  public Future<SchoolClass> update(String id, String owner, RosterEdit edit) {
    return get(id, owner).compose(current -> {
      if (current == null) return Future.succeededFuture(null);
      Map<String, Student> kept = new LinkedHashMap<>();
      current.students().forEach(s -> kept.put(s.id(), s));
      for (RosterEdit.Entry e : edit.students()) {
        if (e.id() != null && !kept.containsKey(e.id())) {
          return Future.failedFuture(new RosterEdit.Invalid("students: '" + e.id() + "' is not a student of this class."));
        }
      }
      return retryingCodes(0, () -> pool.withTransaction(conn ->
          conn.preparedQuery(ClassSql.CLASS_RENAME).execute(Tuple.of(edit.name(), id, owner))
              .compose(r -> write(conn, id, edit.students(), kept))))
          .compose(v -> get(id, owner));
    });
  }

  /** True when the owner had the class; its students give their codes up. */
  public Future<Boolean> delete(String id, String owner) {
    return pool.withTransaction(conn -> conn.preparedQuery(ClassSql.CLASS_DELETE).execute(Tuple.of(id, owner))
        .compose(r -> r.rowCount() == 0 ? Future.succeededFuture(false)
            : conn.preparedQuery(ClassSql.STUDENTS_REMOVE_ALL).execute(Tuple.of(id)).map(true)));
  }

  private Future<Void> write(SqlConnection conn, String classId, List<RosterEdit.Entry> entries, Map<String, Student> kept) {
    List<Tuple> inserts = new ArrayList<>();
    List<Tuple> updates = new ArrayList<>();
    java.util.Set<String> listed = new java.util.HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      RosterEdit.Entry e = entries.get(i);
      if (e.id() != null && listed.add(e.id())) {
        double extra = e.extraTime() != null ? e.extraTime() : kept.get(e.id()).extraTime();
        updates.add(Tuple.of(e.name(), extra, i, e.id(), classId));
      } else if (e.id() == null) {
        inserts.add(Tuple.of(UUID.randomUUID().toString(), classId, e.name(), codes.next(),
            e.extraTime() != null ? e.extraTime() : 1.0, i));
      }
    }
    List<Tuple> removals = new ArrayList<>();
    for (String old : kept.keySet()) if (!listed.contains(old)) removals.add(Tuple.of(old, classId));
    Future<?> chain = Future.succeededFuture();
    if (!removals.isEmpty()) chain = chain.compose(v -> conn.preparedQuery(ClassSql.STUDENT_REMOVE).executeBatch(removals));
    if (!updates.isEmpty()) chain = chain.compose(v -> conn.preparedQuery(ClassSql.STUDENT_UPDATE).executeBatch(updates));
    if (!inserts.isEmpty()) chain = chain.compose(v -> conn.preparedQuery(ClassSql.STUDENT_INSERT).executeBatch(inserts));
    return chain.mapEmpty();
  }

  /** Runs a write again (with fresh codes) when a drawn code clashed with one already on the server. */
  private Future<Void> retryingCodes(int attempt, java.util.function.Supplier<Future<?>> write) {
    return write.get().<Void>mapEmpty().recover(err -> attempt + 1 < CODE_ATTEMPTS && isDuplicate(err)
        ? retryingCodes(attempt + 1, write) : Future.failedFuture(err));
  }

  private static boolean isDuplicate(Throwable err) {
    String m = String.valueOf(err.getMessage()).toLowerCase(java.util.Locale.ROOT);
    return m.contains("unique") || m.contains("integrity constraint violation") || m.contains("duplicate key");
  }

  private static Student student(Row r, int from) {
    return new Student(r.getString(from), r.getString(from + 1), r.getString(from + 2), r.getDouble(from + 3));
  }
}
