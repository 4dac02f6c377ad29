package recall.room;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import recall.quiz.Question;
import recall.scoring.Answer;
import recall.scoring.Leaderboard;
import recall.scoring.ScoringMode;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A room's plan is stored as it is asked and read back the same")
class PlanRecordTest {
  private static final Question ORDER = Question.fromJson(new JsonObject().put("id", "o1").put("kind", "order").put("text", "Put in order")
      .put("items", new JsonArray().add("first").add("second").add("third").add("fourth")).put("timeLimitSeconds", 30));
  private static final Question SINGLE = Question.fromJson(new JsonObject().put("id", "s1").put("kind", "single").put("text", "Pick")
      .put("options", new JsonArray().add("A").add("B")).put("answer", new JsonArray().add(1)));

  @Test
  @DisplayName("shuffled order ids, options, limits, sources and rules survive the round trip, and judge alike")
  void roundTrip() {
    RoomPlan plan = new RoomPlan("q", "Title", List.of(ORDER, SINGLE), null, 20, q -> "line of " + q.id(), "anna",
        new RoomRules(ScoringMode.ACCURACY, Leaderboard.TOP5, Map.of("st-1", 1.5)));
    List<AskedQuestion> asked = AskedQuestion.of(plan);
    PlanRecord.Restored back = PlanRecord.decode(new JsonObject(PlanRecord.encode(plan, asked).encode()), id -> at -> { });
    assertEquals(2, back.asked().size());
    for (int i = 0; i < 2; i++) {
      AskedQuestion a = asked.get(i);
      AskedQuestion b = back.asked().get(i);
      assertEquals(a.message(2, "Title"), b.message(2, "Title"), "the question message is the same");
      assertEquals(a.correct(), b.correct(), "the right answer is the same");
      assertEquals(a.limitMs, b.limitMs);
      assertEquals("line of " + a.question.id(), back.plan().sourceText().apply(b.question));
    }
    assertEquals(30_000, back.asked().get(0).limitMs);
    assertEquals(20_000, back.asked().get(1).limitMs);
    List<String> right = asked.get(0).key.orderIds();
    assertTrue(back.asked().get(0).key.judge(Answer.ofOrder(right)).correct(), "the stored order ids still judge the right order right");
    assertEquals("anna", back.plan().owner());
    assertEquals(ScoringMode.ACCURACY, back.plan().rules().scoring());
    assertEquals(Leaderboard.TOP5, back.plan().rules().leaderboard());
    assertEquals(1.5, back.plan().rules().extraTimeOf("st-1"));
  }

  @Test
  @DisplayName("a class room keeps its roster with the codes, and a homework its deadline, timer and who hears it closed")
  void classAndHomework() {
    recall.classes.SchoolClass roster = new recall.classes.SchoolClass("c1", "9B", 5L,
        List.of(new recall.classes.Student("st-1", "Anna Smith", "ABC234", 1.5), new recall.classes.Student("st-2", "Ben", "XYZ789", 1.0)));
    HomeworkPlan homework = new HomeworkPlan("as-1", 1_000_000L, false, at -> { });
    RoomPlan plan = new RoomPlan("q", "Title", List.of(SINGLE), null, 20, q -> null, "anna", RoomRules.DEFAULT, roster, homework);
    List<AskedQuestion> asked = AskedQuestion.of(plan);
    assertEquals(0, asked.get(0).limitMs, "untimed homework has no limit");
    List<String> heard = new java.util.ArrayList<>();
    PlanRecord.Restored back = PlanRecord.decode(new JsonObject(PlanRecord.encode(plan, asked).encode()),
        id -> at -> heard.add(id + "@" + at));
    assertEquals(roster, back.plan().roster());
    assertEquals("st-1", back.plan().roster().byCode("ABC234").id());
    assertEquals(1_000_000L, back.plan().homework().dueAt());
    assertEquals(false, back.plan().homework().timer());
    back.plan().homework().closed().accept(7L);
    assertEquals(List.of("as-1@7"), heard, "the restored homework's close reaches its assignment");
    assertEquals(0, back.asked().get(0).limitMs);
  }
}
