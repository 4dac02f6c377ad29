package recall.drafting;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrueFalseRulesTest {

  @Test
  @DisplayName("As stated: the sentence itself, true")
  void asStated() {
    List<JsonObject> drafts = RuleTests.run(new TrueStatementRule(), Fixtures.analysed("revolution-paragraphs.txt"));
    assertFalse(drafts.isEmpty());
    for (JsonObject q : drafts) {
      assertEquals(0, q.getJsonArray("answer").getInteger(0));
      assertEquals("True or false: " + q.getJsonObject("source").getString("quote"), q.getString("text"));
    }
  }

  @Test
  @DisplayName("Swapped: one key term replaced by another of its type from the notes, false, and the explanation says so")
  void swapped() {
    List<JsonObject> drafts = RuleTests.run(new SwappedStatementRule(), Fixtures.analysed("revolution-paragraphs.txt"));
    assertFalse(drafts.isEmpty());
    for (JsonObject q : drafts) {
      assertEquals(1, q.getJsonArray("answer").getInteger(0));
      String quote = q.getJsonObject("source").getString("quote");
      assertFalse(q.getString("text").endsWith(quote), q.encode());
      assertTrue(q.getString("explanation").startsWith("False: the notes say"), q.encode());
    }
  }

  @Test
  @DisplayName("A swap the notes also state elsewhere is not made")
  void neverAlsoTrue() {
    NotesAnalysis notes = Fixtures.analysedText("Notes\nLouis XVI was executed in Paris in 1793.\nMarie Antoinette was executed in Paris in 1793.\n");
    List<JsonObject> drafts = RuleTests.run(new SwappedStatementRule(), notes);
    assertTrue(drafts.stream().noneMatch(q -> q.getString("text").contains("Marie Antoinette was executed") && q.getJsonObject("source").getInteger("line") == 2), drafts.toString());
  }
}
