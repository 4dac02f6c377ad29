package recall.room;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.classes.SchoolClass;
import recall.classes.Student;
import recall.quiz.Question;
import recall.scoring.Leaderboard;
import recall.scoring.ScoringMode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;

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
    JsonObject doc = new JsonObject().put("quiz", plan.quizId()).put("title", plan.title()).put("owner", plan.owner())
        .put("scoring", plan.rules().scoring().wire()).put("leaderboard", plan.rules().leaderboard().wire())
        .put("extraTime", extra).put("questions", questions);
    // A class room keeps its roster as it was opened, codes included: its students join and resume by them.
    if (plan.roster() != null) doc.put("roster", roster(plan.roster()));
    HomeworkPlan hw = plan.homework();
    if (hw != null) doc.put("homework", new JsonObject().put("assignment", hw.assignmentId()).put("dueAt", hw.dueAt()).put("timer", hw.timer()));
    return doc;
  }

  private static JsonObject roster(SchoolClass c) {
    JsonArray students = new JsonArray();
    for (Student st : c.students()) students.add(st.toJson());
    return new JsonObject().put("id", c.id()).put("name", c.name()).put("createdAt", c.createdAt()).put("students", students);
  }

  private static SchoolClass roster(JsonObject doc) {
    if (doc == null) return null;
    List<Student> students = new ArrayList<>();
    for (Object o : doc.getJsonArray("students")) {
      JsonObject st = (JsonObject) o;
      students.add(new Student(st.getString("id"), st.getString("name"), st.getString("code"), st.getDouble("extraTime", 1.0)));
    }
    return new SchoolClass(doc.getString("id"), doc.getString("name"), doc.getLong("createdAt", 0L), students);
  }

  /**
   * @param closers for a homework, who hears that it closed, by assignment id (the assignment's
   *     record, as when it was set)
   */
  static Restored decode(JsonObject doc, Function<String, LongConsumer> closers) {
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
    JsonObject hw = doc.getJsonObject("homework");
    HomeworkPlan homework = hw == null ? null : new HomeworkPlan(hw.getString("assignment"), hw.getLong("dueAt"),
        hw.getBoolean("timer", true), closers.apply(hw.getString("assignment")));
    RoomPlan plan = new RoomPlan(doc.getString("quiz"), doc.getString("title"), chosen, null, 20,
        q -> sources.get(q.id()), doc.getString("owner"), rules, roster(doc.getJsonObject("roster")), homework);
    return new Restored(plan, asked);
  }
}
