package recall.drafting;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SingleRuleTest {

  @Test
  @DisplayName("A year's distractors are other years of the notes, never one on the cited line")
  void yearsFromTheNotes() {
    List<JsonObject> drafts = RuleTests.run(new SingleRule(), Fixtures.analysed("biology.txt"));
    JsonObject fleming = drafts.stream().filter(q -> q.getJsonObject("source").getString("quote").contains("Fleming")
        && q.getString("text").startsWith("Which year")).findFirst().orElseThrow();
    List<String> options = fleming.getJsonArray("options").stream().map(String::valueOf).toList();
    assertEquals("1928", options.get(fleming.getJsonArray("answer").getInteger(0)));
    assertTrue(options.stream().allMatch(o -> List.of("1628", "1665", "1862", "1928").contains(o)), options.toString());
  }

  @Test
  @DisplayName("A person's distractors are other people, not places or years")
  void peopleForPeople() {
    List<JsonObject> drafts = RuleTests.run(new SingleRule(), Fixtures.analysed("chemistry.md"));
    JsonObject dalton = drafts.stream().filter(q -> q.getString("text").startsWith("Which name") && q.getJsonObject("source").getString("quote").contains("atomic theory"))
        .findFirst().orElseThrow();
    List<String> options = dalton.getJsonArray("options").stream().map(String::valueOf).toList();
    assertTrue(options.contains("John Dalton"), options.toString());
    assertFalse(options.stream().anyMatch(o -> o.matches("\\d+")), options.toString());
  }

  @Test
  @DisplayName("No draft when the notes hold too few terms of the type")
  void tooFewDistractors() {
    assertEquals(List.of(), RuleTests.run(new SingleRule(), "Facts\nMendeleev published the periodic table in 1869.\n"));
  }
}
