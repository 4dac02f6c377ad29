package recall.drafting;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderRuleTest {

  @Test
  @DisplayName("Dated events of one section in order, with no year left in the items, and the section named")
  void inOrder() {
    List<JsonObject> drafts = RuleTests.run(new OrderRule(), Fixtures.analysed("biology.txt"));
    assertEquals(1, drafts.size(), drafts.toString());
    JsonObject q = drafts.get(0);
    List<String> items = q.getJsonArray("items").stream().map(String::valueOf).toList();
    assertEquals(4, items.size(), items.toString());
    assertTrue(items.get(0).startsWith("William Harvey"), items.toString());
    assertTrue(items.get(3).startsWith("Alexander Fleming"), items.toString());
    assertTrue(items.stream().noneMatch(i -> i.matches(".*\\d{4}.*")), items.toString());
    assertTrue(q.getString("text").contains("“Discoveries”"), q.getString("text"));
  }

  @Test
  @DisplayName("Two dated events are too few")
  void tooFew() {
    assertEquals(List.of(), RuleTests.run(new OrderRule(), "Dates\nDalton proposed atomic theory in 1803.\nMendeleev published the periodic table in 1869.\n"));
  }

  @Test
  @DisplayName("Items never give their order away")
  void noOrdinals() {
    List<JsonObject> drafts = RuleTests.run(new OrderRule(), "Plans\nThe first plan began in 1928 in Moscow.\nThe second plan began in 1933 in Moscow.\nThe third plan began in 1938 in Moscow.\n");
    for (JsonObject q : drafts) assertFalse(q.getJsonArray("items").encode().matches("(?i).*\"(first|second|third).*"), q.encode());
  }
}
