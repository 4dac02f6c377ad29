package recall.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import recall.quiz.Quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The quizzes teachers can run. The database is the record; the files of {@code questions/} seed
 * it at every start as the shared bank (owner NULL, read-only through the API). Every other quiz
 * belongs to the teacher who made it, and every read here takes that owner. A copy is kept in
 * memory because every room start and every list reads it.
 */
public final class QuizStore {
  private static final Logger LOG = LoggerFactory.getLogger(QuizStore.class);

  private final Pool pool;
  /** Longest stored document; the column holds 4,000,000 characters. */
  public static final int MAX_DOC_CHARS = 3_900_000;
  private final Map<String, Stored> quizzes = new ConcurrentHashMap<>();
  /** Ids being inserted right now, so that two racing creates cannot both take one id. */
  private final Set<String> pending = ConcurrentHashMap.newKeySet();

  public QuizStore(Pool pool) {
    this.pool = pool;
  }

  /** A quiz with its owner; {@code owner} is null for the shared bank. */
  public record Stored(Quiz quiz, String owner) {
    public boolean shared() {
      return owner == null;
    }
  }

  /** What an edit did. */
  public enum Edit { DONE, NOT_FOUND, READ_ONLY }

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
        else inserts.add(Tuple.of(q.id(), doc, "file", now, null));
      }
      Future<?> chain = Future.succeededFuture();
      if (!inserts.isEmpty()) chain = chain.compose(v -> conn.preparedQuery(Sql.QUIZ_INSERT).executeBatch(inserts));
      if (!refreshes.isEmpty()) chain = chain.compose(v -> conn.preparedQuery(Sql.QUIZ_REFRESH_FILE).executeBatch(refreshes));
      return chain.compose(v -> conn.query(Sql.QUIZ_ALL).execute());
    })).map(rows -> {
      quizzes.clear();
      for (Row r : rows) {
        if (Boolean.TRUE.equals(r.getBoolean(3))) continue;
        quizzes.put(r.getString(0), new Stored(Quiz.fromJson(new JsonObject(r.getString(1))), r.getString(4)));
      }
      for (Quiz q : fromFiles) {
        Stored s = quizzes.get(q.id());
        if (s != null && !s.shared()) LOG.warn("The bank's quiz '{}' is not shared: a teacher's quiz has that id", q.id());
      }
      return null;
    });
  }

  /** The shared bank and the owner's own quizzes, by section, then in the order of the notes. */
  public List<Stored> visibleTo(String owner) {
    return quizzes.values().stream()
        .filter(s -> s.shared() || s.owner().equals(owner))
        .sorted(Comparator.comparing(Stored::quiz, Quiz.IN_NOTES_ORDER))
        .toList();
  }

  /** A quiz the owner may read and play (shared or its own), or null: another teacher's is not there. */
  public Stored get(String id, String owner) {
    Stored s = id == null ? null : quizzes.get(id);
    return s != null && (s.shared() || s.owner().equals(owner)) ? s : null;
  }

  /** {@code id}, or {@code id-2}, {@code id-3}... : the first id neither stored nor being stored, by anyone. */
  public String freeId(String id) {
    String free = id;
    for (int n = 2; quizzes.containsKey(free) || pending.contains(free); n++) free = id + "-" + n;
    return free;
  }

  /** How many quizzes the owner has (the cap on quizzes per teacher counts them). */
  public long countOf(String owner) {
    return quizzes.values().stream().filter(s -> owner.equals(s.owner())).count();
  }

  /**
   * Adds a new quiz of the owner's; fails with {@link Conflict} when the id is taken (or being
   * taken by a racing create), {@link TooLarge} past the column.
   */
  public Future<Void> create(Quiz quiz, String owner) {
    String doc = quiz.toJson().encode();
    if (doc.length() > MAX_DOC_CHARS) return Future.failedFuture(new TooLarge());
    if (quizzes.containsKey(quiz.id()) || !pending.add(quiz.id())) return Future.failedFuture(new Conflict(quiz.id()));
    long now = System.currentTimeMillis();
    // A quiz deleted earlier may come back under its id.
    return Tx.one(pool, Sql.QUIZ_REVIVE, Tuple.of(doc, now, owner, quiz.id()))
        .compose(r -> r.rowCount() > 0 ? Future.succeededFuture()
            : Tx.one(pool, Sql.QUIZ_INSERT, Tuple.of(quiz.id(), doc, "api", now, owner)).mapEmpty())
        .onSuccess(v -> quizzes.put(quiz.id(), new Stored(quiz, owner)))
        .eventually(() -> {
          pending.remove(quiz.id());
          return Future.succeededFuture();
        })
        .mapEmpty();
  }

  /** Replaces one of the owner's quizzes. */
  public Future<Edit> update(Quiz quiz, String owner) {
    Edit check = editable(quiz.id(), owner);
    if (check != Edit.DONE) return Future.succeededFuture(check);
    if (quiz.toJson().encode().length() > MAX_DOC_CHARS) return Future.failedFuture(new TooLarge());
    return Tx.one(pool, Sql.QUIZ_UPDATE, Tuple.of(quiz.toJson().encode(), System.currentTimeMillis(), quiz.id(), owner))
        .map(r -> {
          if (r.rowCount() == 0) return Edit.NOT_FOUND;
          quizzes.put(quiz.id(), new Stored(quiz, owner));
          return Edit.DONE;
        });
  }

  /** Deletes one of the owner's quizzes (past sessions keep their own copy of its questions). */
  public Future<Edit> delete(String id, String owner) {
    Edit check = editable(id, owner);
    if (check != Edit.DONE) return Future.succeededFuture(check);
    return Tx.one(pool, Sql.QUIZ_DELETE, Tuple.of(System.currentTimeMillis(), id, owner))
        .map(r -> {
          quizzes.remove(id);
          return r.rowCount() > 0 ? Edit.DONE : Edit.NOT_FOUND;
        });
  }

  private Edit editable(String id, String owner) {
    Stored s = get(id, owner);
    if (s == null) return Edit.NOT_FOUND;
    return s.shared() ? Edit.READ_ONLY : Edit.DONE;
  }

  /** A document longer than the database keeps. */
  public static final class TooLarge extends RuntimeException {
    public TooLarge() {
      super("the quiz document is longer than " + MAX_DOC_CHARS + " characters", null, false, false);
    }
  }

  /** A quiz id that is already taken. */
  public static final class Conflict extends RuntimeException {
    public Conflict(String id) {
      super("a quiz with id '" + id + "' exists already");
    }
  }
}
