package recall.drafting;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class MultipleRuleTest {

  @Test
  @DisplayName("A list of three or more on one line: its items right, others of the same type from the notes wrong")
  void listOnALine() {
    List<JsonObject> drafts = RuleTests.run(new MultipleRule(), Fixtures.analysed("chemistry.md"));
    assertFalse(drafts.isEmpty());
    JsonObject metals = drafts.stream().filter(q -> q.getJsonObject("source").getString("quote").startsWith("Sodium")).findFirst().orElseThrow();
    assertEquals(3, metals.getJsonArray("answer").size(), metals.encode());
  }

  @Test
  @DisplayName("Two items are no list")
  void twoItems() {
    assertEquals(List.of(), RuleTests.run(new MultipleRule(), "Notes\nSodium and potassium are metals.\nChlorine is a gas.\n"));
  }
}
