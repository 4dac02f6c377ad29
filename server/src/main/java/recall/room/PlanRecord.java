package recall.room;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.quiz.Question;
import recall.scoring.Leaderboard;
import recall.scoring.ScoringMode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A room's plan as the live-room table stores it: the questions exactly as this room asks them
 * (shuffled order ids, time limits, the notes line shown at the reveal), the owner and the rules.
 * Self-contained, so that a quiz edited or deleted since does not change a game under way.
 */
final class PlanRecord {
  private PlanRecord() {
  }

  /** What a restored room is built from. */
  record Restored(RoomPlan plan, List<AskedQuestion> asked) {
  }

  static JsonObject encode(RoomPlan plan, List<AskedQuestion> asked) {
    JsonArray questions = new JsonArray();
    for (AskedQuestion a : asked) {
      questions.add(new JsonObject().put("asked", a.saved()).put("source", plan.sourceText().apply(a.question)));
    }
    JsonObject extra = new JsonObject();
    plan.rules().extraTime().forEach(extra::put);
    return new JsonObject().put("quiz", plan.quizId()).put("title", plan.title()).put("owner", plan.owner())
        .put("scoring", plan.rules().scoring().wire()).put("leaderboard", plan.rules().leaderboard().wire())
        .put("extraTime", extra).put("questions", questions);
  }

  static Restored decode(JsonObject doc) {
    List<AskedQuestion> asked = new ArrayList<>();
    Map<String, String> sources = new HashMap<>();
    JsonArray questions = doc.getJsonArray("questions");
    for (int i = 0; i < questions.size(); i++) {
      JsonObject q = questions.getJsonObject(i);
      AskedQuestion a = AskedQuestion.restore(i, q.getJsonObject("asked"));
      asked.add(a);
      if (q.getString("source") != null) sources.put(a.question.id(), q.getString("source"));
    }
    Map<String, Double> extra = new HashMap<>();
    doc.getJsonObject("extraTime", new JsonObject()).forEach(e -> extra.put(e.getKey(), ((Number) e.getValue()).doubleValue()));
    RoomRules rules = new RoomRules(ScoringMode.of(doc.getString("scoring")).orElse(ScoringMode.SPEED),
        Leaderboard.of(doc.getString("leaderboard")).orElse(Leaderboard.FULL), extra);
    List<Question> chosen = asked.stream().map(a -> a.question).toList();
    // Each asked question keeps its own limit, so the plan's limits are not read again.
    RoomPlan plan = new RoomPlan(doc.getString("quiz"), doc.getString("title"), chosen, null, 20,
        q -> sources.get(q.id()), doc.getString("owner"), rules);
    return new Restored(plan, asked);
  }
}
