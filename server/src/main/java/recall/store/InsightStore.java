package recall.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The saved sessions an insight reads: every one of the owner's that matches, in full, oldest first. */
public final class InsightStore {
  private final Pool pool;
  private final SessionStore sessions;

  public InsightStore(Pool pool, SessionStore sessions) {
    this.pool = pool;
    this.sessions = sessions;
  }

  /** The owner's sessions of a quiz, of a class (played in its rooms or set as its homework), or of both. */
  public Future<List<SessionRecord>> sessions(String owner, String quiz, String classId) {
    if (quiz == null && classId == null) throw new IllegalArgumentException("a quiz or a class");
    Future<io.vertx.sqlclient.RowSet<Row>> ids = classId == null ? Tx.one(pool, Sql.INSIGHT_SESSIONS_OF_QUIZ, Tuple.of(owner, quiz))
        : quiz == null ? Tx.one(pool, Sql.INSIGHT_SESSIONS_OF_CLASS, Tuple.of(owner, classId))
        : Tx.one(pool, Sql.INSIGHT_SESSIONS_OF_QUIZ_AND_CLASS, Tuple.of(owner, quiz, classId));
    return ids.compose(rows -> {
      // One after the other: a term of sessions is a few dozen reads, and the pool serves the rooms too.
      Future<List<SessionRecord>> all = Future.succeededFuture(new ArrayList<>());
      for (Row r : rows) {
        String id = r.getString(0);
        all = all.compose(list -> sessions.get(id, owner).map(s -> {
          list.add(s);
          return list;
        }));
      }
      return all.map(list -> list.stream().filter(Objects::nonNull).toList());
    });
  }
}
