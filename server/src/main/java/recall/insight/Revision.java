package recall.insight;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A revision quiz from what a class did: {@link RevisionPlan#choose} picks the questions (most
 * missed, then due again on the {@link Leitner} schedule, a missed line asked in another form where
 * another question cites it), and this turns the picks into a quiz document the teacher owns.
 */
public final class Revision {
  private Revision() {
  }

  /** The picks for these questions' histories. */
  public static List<RevisionPlan.Pick> plan(List<Insights.QuestionStat> questions,
                                             Map<String, List<RevisionPlan.Candidate>> byLine, int size, long now) {
    List<RevisionPlan.History> histories = questions.stream()
        .map(q -> new RevisionPlan.History(q.key(), q.lineKey(), q.kind(), q.attempts())).toList();
    return RevisionPlan.choose(histories, byLine, size, now);
  }

  /**
   * The quiz document: each picked question as its quiz holds it (or as it was last asked, if that
   * quiz is gone), keeping its source; ids made unique where two quizzes used the same one.
   *
   * @param question the question document for a key "quiz/questionId", or null when it is nowhere
   */
  public static JsonObject quiz(String id, String title, String notes, List<RevisionPlan.Pick> picks,
                                Function<String, JsonObject> question) {
    JsonArray questions = new JsonArray();
    Set<String> ids = new HashSet<>();
    for (RevisionPlan.Pick p : picks) {
      JsonObject q = question.apply(p.key());
      if (q == null) continue;
      q = asDocument(q);
      String qid = q.getString("id");
      for (int n = 2; !ids.add(qid); n++) qid = q.getString("id") + "-" + n;
      questions.add(q.put("id", qid));
    }
    JsonObject doc = new JsonObject().put("id", id).put("title", title).put("section", "Revision").put("questions", questions);
    if (notes != null) doc.put("notes", notes);
    return doc;
  }

  /** A question as a quiz document holds it: what a session added when it was asked taken off. */
  static JsonObject asDocument(JsonObject asked) {
    JsonObject q = asked.copy();
    q.remove("correct");
    q.remove("timeLimitMs");
    // An order question was saved with its items shuffled under letter ids; the document lists them in order.
    if ("order".equals(q.getString("kind"))) q.remove("options");
    return q;
  }
}
