package recall.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;

/** Homework assignments, by owner, and the progress of their players as saved. */
public final class AssignmentStore {
  private final Pool pool;

  public AssignmentStore(Pool pool) {
    this.pool = pool;
  }

  /** One assignment as stored; {@code classId} null for anyone with the link. */
  public record Assignment(String id, String quizId, String title, List<String> questions, long dueAt, String classId,
                           String scoring, boolean timer, String pin, long createdAt, Long closedAt, String sessionId) {
    public JsonObject toJson() {
      return new JsonObject().put("id", id).put("quiz", quizId).put("title", title).put("questions", new JsonArray(questions))
          .put("dueAt", dueAt).put("class", classId).put("scoring", scoring).put("timer", timer).put("pin", pin)
          .put("createdAt", createdAt).put("closedAt", closedAt).put("sessionId", sessionId);
    }
  }

  /** A player's progress as saved: answers stored, points and right answers. */
  public record Progress(String playerId, String name, String studentId, long joinedAt, int answered, int score, int correct) {
  }

  public Future<Void> create(String owner, Assignment a) {
    Tuple t = Tuple.tuple().addValue(a.id()).addValue(owner).addValue(a.quizId()).addValue(a.title())
        .addValue(new JsonArray(a.questions()).encode()).addValue(a.dueAt()).addValue(a.classId()).addValue(a.scoring())
        .addValue(a.timer()).addValue(a.pin()).addValue(a.createdAt()).addValue(a.sessionId());
    return Tx.one(pool, ClassSql.ASSIGNMENT_INSERT, t).mapEmpty();
  }

  public Future<List<Assignment>> list(String owner) {
    return Tx.one(pool, ClassSql.ASSIGNMENT_LIST, Tuple.of(owner)).map(rows -> {
      List<Assignment> out = new ArrayList<>();
      for (Row r : rows) out.add(of(r));
      return out;
    });
  }

  /** The owner's assignment, or null. */
  public Future<Assignment> get(String id, String owner) {
    return Tx.one(pool, ClassSql.ASSIGNMENT_GET, Tuple.of(id, owner))
        .map(rows -> rows.size() == 0 ? null : of(rows.iterator().next()));
  }

  public Future<Void> closed(String id, long at) {
    return Tx.one(pool, ClassSql.ASSIGNMENT_CLOSE, Tuple.of(at, id)).mapEmpty();
  }

  public Future<List<Progress>> progress(String sessionId) {
    return Tx.one(pool, ClassSql.PROGRESS, Tuple.of(sessionId)).map(rows -> {
      List<Progress> out = new ArrayList<>();
      for (Row r : rows) {
        out.add(new Progress(r.getString(0), r.getString(1), r.getString(2), r.getLong(3),
            count(r, 4), count(r, 5), count(r, 6)));
      }
      return out;
    });
  }

  private static int count(Row r, int i) {
    return r.getValue(i) instanceof Number n ? n.intValue() : 0;
  }

  private static Assignment of(Row r) {
    List<String> questions = new ArrayList<>();
    new JsonArray(r.getString(3)).forEach(q -> questions.add(String.valueOf(q)));
    return new Assignment(r.getString(0), r.getString(1), r.getString(2), questions, r.getLong(4), r.getString(5),
        r.getString(6), Boolean.TRUE.equals(r.getBoolean(7)), r.getString(8), r.getLong(9), r.getLong(10), r.getString(11));
  }
}
