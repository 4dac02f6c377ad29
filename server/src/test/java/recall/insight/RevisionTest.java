package recall.insight;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A revision quiz document from the picks")
class RevisionTest {
  @Test
  @DisplayName("each pick keeps its source, what the session added is taken off, and ids stay unique")
  void document() {
    JsonObject single = new JsonObject().put("id", "q1").put("kind", "single").put("text", "Who?")
        .put("options", new JsonArray().add("A").add("B")).put("answer", new JsonArray().add(1))
        .put("source", new JsonObject().put("line", 12).put("quote", "words")).put("correct", new JsonObject()).put("timeLimitMs", 20000);
    JsonObject order = new JsonObject().put("id", "q1").put("kind", "order").put("text", "Order")
        .put("items", new JsonArray().add("x").add("y")).put("options", new JsonArray().add(new JsonObject().put("id", "a")))
        .put("source", new JsonObject().put("line", 3).put("quote", "x y"));
    Map<String, JsonObject> docs = Map.of("a/q1", single, "b/q1", order);
    JsonObject quiz = Revision.quiz("rev", "Revision", "ussr.txt",
        List.of(new RevisionPlan.Pick("a/q1", "missed"), new RevisionPlan.Pick("b/q1", "due"), new RevisionPlan.Pick("gone/x", "missed")),
        docs::get);
    JsonArray qs = quiz.getJsonArray("questions");
    assertEquals(2, qs.size(), "a question that is nowhere any more is left out");
    assertEquals("q1", qs.getJsonObject(0).getString("id"));
    assertEquals("q1-2", qs.getJsonObject(1).getString("id"));
    assertEquals(12, qs.getJsonObject(0).getJsonObject("source").getInteger("line"));
    assertFalse(qs.getJsonObject(0).containsKey("correct"));
    assertFalse(qs.getJsonObject(0).containsKey("timeLimitMs"));
    assertFalse(qs.getJsonObject(1).containsKey("options"), "order items are listed in their right order, not as shuffled");
    assertTrue(single.containsKey("correct"), "the saved document is not changed");
    assertEquals("ussr.txt", quiz.getString("notes"));
  }

  @Test
  @DisplayName("the plan reads each question's meetings with the class: a missed one first, then one due again")
  void plan() {
    long day = 24L * 3600 * 1000;
    var missed = new Insights.QuestionStat("quiz", "m", "M", "single", "ussr", 4, "q", 10, 2, null,
        List.of(new Leitner.Attempt(0, 0.2)));
    var due = new Insights.QuestionStat("quiz", "d", "D", "single", "ussr", 5, "q", 10, 9, null,
        List.of(new Leitner.Attempt(0, 0.9)));
    var fresh = new Insights.QuestionStat("quiz", "f", "F", "single", "ussr", 6, "q", 10, 9, null,
        List.of(new Leitner.Attempt(9 * day, 0.9)));
    var byLine = Map.of("ussr#4", List.of(new RevisionPlan.Candidate("quiz/m", "single"), new RevisionPlan.Candidate("bank/n", "numeric")));
    List<RevisionPlan.Pick> picks = Revision.plan(List.of(missed, due, fresh), byLine, 10, 10 * day);
    assertEquals(List.of("bank/n", "quiz/d"), picks.stream().map(RevisionPlan.Pick::key).toList());
  }
}
