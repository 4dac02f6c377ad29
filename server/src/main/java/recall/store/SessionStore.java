package recall.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Saved game sessions: what the rooms write as a game goes on, and what teachers read after. */
public final class SessionStore {
  private final Pool pool;
  private final Clock clock;

  public SessionStore(Pool pool) {
    this(pool, Clock.systemUTC());
  }

  /** @param clock the clock that dates sessions (the spaced schedule counts from it; tests inject one) */
  public SessionStore(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** Now, by the clock that dates sessions. */
  public long now() {
    return clock.millis();
  }

  /** A question as it was asked (its JSON, correct answer included). */
  public record AskedQuestion(int index, String questionId, String kind, JsonObject doc) {
  }

  /** A player as saved. */
  public record SavedPlayer(String id, String name, long joinedAt, String studentId) {
    /** A player who joined with a nickname, not a class code. */
    public SavedPlayer(String id, String name, long joinedAt) {
      this(id, name, joinedAt, null);
    }

    Tuple tuple(String sessionId) {
      return Tuple.of(sessionId, id, name, joinedAt, studentId);
    }
  }

  /** Saves a new session with the questions it will ask and the players already in the lobby. */
  public Future<Void> create(String sessionId, String quizId, String title, String pin, long startedAt,
                             List<AskedQuestion> questions, List<SavedPlayer> players, String owner) {
    return create(sessionId, quizId, title, pin, startedAt, questions, players, owner, "live", null);
  }

  /** As above, with the session's mode ("live" or "homework") and the class it is for (or null). */
  public Future<Void> create(String sessionId, String quizId, String title, String pin, long startedAt,
                             List<AskedQuestion> questions, List<SavedPlayer> players, String owner, String mode, String classId) {
    return pool.withTransaction(conn -> {
      Future<?> chain = conn.preparedQuery(Sql.SESSION_INSERT).execute(Tuple.of(sessionId, quizId, title, pin, startedAt, owner, mode, classId));
      List<Tuple> qs = questions.stream()
          .map(q -> Tuple.of(sessionId, q.index(), q.questionId(), q.kind(), q.doc().encode())).toList();
      if (!qs.isEmpty()) chain = chain.compose(r -> conn.preparedQuery(Sql.QUESTION_INSERT).executeBatch(qs));
      List<Tuple> ps = players.stream().map(p -> p.tuple(sessionId)).toList();
      if (!ps.isEmpty()) chain = chain.compose(r -> conn.preparedQuery(Sql.PLAYER_INSERT).executeBatch(ps));
      return chain.mapEmpty();
    });
  }

  public Future<Void> addPlayer(String sessionId, SavedPlayer p) {
    return Tx.one(pool, Sql.PLAYER_INSERT, p.tuple(sessionId)).mapEmpty();
  }

  public Future<Void> kicked(String sessionId, String playerId) {
    return Tx.one(pool, Sql.PLAYER_KICKED, Tuple.of(sessionId, playerId)).mapEmpty();
  }

  public Future<Void> questionOpened(String sessionId, int index, long at) {
    return Tx.one(pool, Sql.QUESTION_OPENED, Tuple.of(at, sessionId, index)).mapEmpty();
  }

  public Future<Void> finish(String sessionId, long at) {
    return finish(sessionId, at, false);
  }

  /** Saves the end; {@code endedEarly} when the host ended the game before its last question was revealed. */
  public Future<Void> finish(String sessionId, long at, boolean endedEarly) {
    return Tx.one(pool, Sql.SESSION_FINISH, Tuple.of(at, endedEarly, sessionId)).mapEmpty();
  }

  /** {@code GET /api/sessions}: the owner's, newest first. */
  public Future<JsonArray> list(String owner) {
    return Tx.one(pool, Sql.SESSION_LIST, Tuple.of(owner)).map(rows -> {
      JsonArray out = new JsonArray();
      for (Row r : rows) {
        out.add(new JsonObject()
            .put("id", r.getString(0))
            .put("quiz", r.getString(1))
            .put("title", r.getString(2))
            .put("startedAt", iso(r.getLong(3)))
            .put("finishedAt", iso(r.getLong(4)))
            .put("mode", r.getString(5))
            .put("endedEarly", Boolean.TRUE.equals(r.getBoolean(6)))
            .put("class", r.getString(7))
            .put("players", r.getLong(8))
            .put("questions", r.getLong(9)));
      }
      return out;
    });
  }

  /** Everything saved of one of the owner's sessions, or null when the owner has no such session. */
  public Future<SessionRecord> get(String sessionId, String owner) {
    Tuple id = Tuple.of(sessionId);
    return Tx.one(pool, Sql.SESSION_GET, Tuple.of(sessionId, owner)).compose(head -> {
      if (head.size() == 0) return Future.succeededFuture(null);
      Row s = head.iterator().next();
      Future<RowSet<Row>> players = Tx.one(pool, Sql.SESSION_PLAYERS, id);
      Future<RowSet<Row>> questions = Tx.one(pool, Sql.SESSION_QUESTIONS, id);
      Future<RowSet<Row>> answers = Tx.one(pool, Sql.SESSION_ANSWERS, id);
      return Future.all(players, questions, answers).map(all -> new SessionRecord(
          s.getString(0), s.getString(1), s.getString(2), s.getLong(4), s.getLong(5),
          playersOf(players.result()), questionsOf(questions.result()), answersOf(answers.result()),
          s.getString(6), Boolean.TRUE.equals(s.getBoolean(7)), s.getString(8)));
    });
  }

  private static List<SessionRecord.Player> playersOf(RowSet<Row> rows) {
    List<SessionRecord.Player> out = new ArrayList<>();
    for (Row r : rows) out.add(new SessionRecord.Player(r.getString(0), r.getString(1), Boolean.TRUE.equals(r.getBoolean(3)), r.getString(4)));
    return out;
  }

  private static List<SessionRecord.Question> questionsOf(RowSet<Row> rows) {
    List<SessionRecord.Question> out = new ArrayList<>();
    for (Row r : rows) out.add(new SessionRecord.Question(r.getInteger(0), r.getString(1), r.getString(2), new JsonObject(r.getString(3))));
    return out;
  }

  private static List<SessionRecord.Answer> answersOf(RowSet<Row> rows) {
    List<SessionRecord.Answer> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(new SessionRecord.Answer(r.getString(0), r.getInteger(1), new JsonObject(r.getString(2)),
          Boolean.TRUE.equals(r.getBoolean(3)), r.getDouble(4), r.getInteger(5), r.getInteger(6)));
    }
    return out;
  }

  static String iso(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis).toString();
  }
}
