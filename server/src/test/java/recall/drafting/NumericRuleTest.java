package recall.drafting;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumericRuleTest {

  private static final String NOTES = """
      Population
      The city had 250,000 people in 1900.
      About 40% of workers were farmers.
      The 1930s were hard and 1927-8 was a crisis.
      It grew to 300,000 people by 1950.
      """;

  @Test
  @DisplayName("Years have no tolerance, big figures 5%, percentages none under 100")
  void tolerances() {
    List<JsonObject> drafts = RuleTests.run(new NumericRule(), NOTES);
    JsonObject year = RuleTests.onLine(drafts, 2).stream().filter(q -> q.getString("text").startsWith("Which year")).findFirst().orElseThrow();
    assertEquals(1900, year.getJsonObject("answer").getInteger("value"));
    assertEquals(0, year.getJsonObject("answer").getInteger("tolerance"));
    JsonObject figure = RuleTests.onLine(drafts, 2).stream().filter(q -> q.getString("text").startsWith("What number")).findFirst().orElseThrow();
    assertEquals(250000, figure.getJsonObject("answer").getInteger("value"));
    assertEquals(12000, figure.getJsonObject("answer").getInteger("tolerance"));
    JsonObject percent = RuleTests.onLine(drafts, 3).get(0);
    assertEquals(40, percent.getJsonObject("answer").getInteger("value"));
    assertTrue(percent.getString("text").contains("____%"), percent.getString("text"));
  }

  @Test
  @DisplayName("Decades and ranges are left alone, and so is a sentence that leans on the one before")
  void leavesAlone() {
    List<JsonObject> drafts = RuleTests.run(new NumericRule(), NOTES);
    assertEquals(List.of(), RuleTests.onLine(drafts, 4));
    assertEquals(List.of(), RuleTests.onLine(drafts, 5));
  }
}
