package recall.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import recall.quiz.Quiz;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The quizzes a teacher can run. The database is the record; the files of {@code questions/} seed
 * it at every start (a file quiz follows its file until a teacher edits or deletes it through the
 * API). A copy is kept in memory because every room start and every list reads it.
 */
public final class QuizStore {
  private final Pool pool;
  private final Map<String, Quiz> quizzes = new ConcurrentHashMap<>();

  public QuizStore(Pool pool) {
    this.pool = pool;
  }

  /** Seeds the database with the quizzes loaded from files, then reads every live quiz. */
  public Future<Void> load(List<Quiz> fromFiles) {
    long now = System.currentTimeMillis();
    return pool.withTransaction(conn -> conn.query(Sql.QUIZ_ALL).execute().compose(rows -> {
      Set<String> known = new HashSet<>();
      for (Row r : rows) known.add(r.getString(0));
      List<Tuple> inserts = new ArrayList<>();
      List<Tuple> refreshes = new ArrayList<>();
      for (Quiz q : fromFiles) {
        String doc = q.toJson().encode();
        if (known.contains(q.id())) refreshes.add(Tuple.of(doc, now, q.id()));
        else inserts.add(Tuple.of(q.id(), doc, "file", now));
      }
      Future<?> chain = Future.succeededFuture();
      if (!inserts.isEmpty()) chain = chain.compose(v -> conn.preparedQuery(Sql.QUIZ_INSERT).executeBatch(inserts));
      if (!refreshes.isEmpty()) chain = chain.compose(v -> conn.preparedQuery(Sql.QUIZ_REFRESH_FILE).executeBatch(refreshes));
      return chain.compose(v -> conn.query(Sql.QUIZ_ALL).execute());
    })).map(rows -> {
      quizzes.clear();
      for (Row r : rows) {
        if (!Boolean.TRUE.equals(r.getBoolean(3))) quizzes.put(r.getString(0), Quiz.fromJson(new JsonObject(r.getString(1))));
      }
      return null;
    });
  }

  /** Every quiz, by section then title. */
  public List<Quiz> all() {
    Collection<Quiz> values = quizzes.values();
    return values.stream()
        .sorted(Quiz.IN_NOTES_ORDER)
        .toList();
  }

  public Quiz get(String id) {
    return quizzes.get(id);
  }

  /** Adds a new quiz; fails with {@link Conflict} when the id is taken. */
  public Future<Void> create(Quiz quiz) {
    if (quizzes.containsKey(quiz.id())) return Future.failedFuture(new Conflict(quiz.id()));
    long now = System.currentTimeMillis();
    String doc = quiz.toJson().encode();
    // A quiz deleted earlier may come back under its id.
    return Tx.one(pool, Sql.QUIZ_REVIVE, Tuple.of(doc, now, quiz.id()))
        .compose(r -> r.rowCount() > 0 ? Future.succeededFuture()
            : Tx.one(pool, Sql.QUIZ_INSERT, Tuple.of(quiz.id(), doc, "api", now)).mapEmpty())
        .onSuccess(v -> quizzes.put(quiz.id(), quiz))
        .mapEmpty();
  }

  /** Replaces a quiz; answers false when there is none with that id. */
  public Future<Boolean> update(Quiz quiz) {
    return Tx.one(pool, Sql.QUIZ_UPDATE, Tuple.of(quiz.toJson().encode(), System.currentTimeMillis(), quiz.id()))
        .map(r -> {
          if (r.rowCount() == 0) return false;
          quizzes.put(quiz.id(), quiz);
          return true;
        });
  }

  /** Deletes a quiz (past sessions keep their own copy of its questions); false when there is none. */
  public Future<Boolean> delete(String id) {
    return Tx.one(pool, Sql.QUIZ_DELETE, Tuple.of(System.currentTimeMillis(), id))
        .map(r -> {
          quizzes.remove(id);
          return r.rowCount() > 0;
        });
  }

  /** A quiz id that is already taken. */
  public static final class Conflict extends RuntimeException {
    public Conflict(String id) {
      super("a quiz with id '" + id + "' exists already");
    }
  }
}
