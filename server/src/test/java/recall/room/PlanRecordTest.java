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
    PlanRecord.Restored back = PlanRecord.decode(new JsonObject(PlanRecord.encode(plan, asked).encode()));
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
}
