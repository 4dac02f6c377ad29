package recall.drafting;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PollRuleTest {

  @Test
  @DisplayName("'Some argue ... others argue' gives the two sides as options")
  void twoSides() {
    List<JsonObject> drafts = RuleTests.run(new PollRule(), Fixtures.analysed("biology.txt"));
    JsonObject sides = drafts.stream().filter(q -> q.getJsonObject("source").getString("quote").startsWith("Some biologists")).findFirst().orElseThrow();
    assertEquals("Viruses are alive", sides.getJsonArray("options").getString(0));
    assertEquals("Viruses are only chemicals", sides.getJsonArray("options").getString(1), sides.encode());
  }

  @Test
  @DisplayName("'Scientists disagree' with no sides named: how far do you agree")
  void generic() {
    List<JsonObject> drafts = RuleTests.run(new PollRule(), Fixtures.analysed("biology.txt"));
    assertTrue(drafts.stream().anyMatch(q -> q.getJsonObject("source").getString("quote").startsWith("Scientists disagree")
        && q.getJsonArray("options").contains("Partly agree")), drafts.toString());
  }

  @Test
  @DisplayName("'Others argued...' on the next lines gives the second side")
  void acrossLines() {
    List<JsonObject> drafts = RuleTests.run(new PollRule(), "Debate\nSome argued that the peasants should be paid fairer prices for grain.\nThe state needed grain.\nOthers argued that collective farms would feed the towns faster.\n");
    assertEquals(1, drafts.size(), drafts.toString());
    assertEquals("Collective farms would feed the towns faster", drafts.get(0).getJsonArray("options").getString(1));
  }

  @Test
  @DisplayName("A plain statement is no debate")
  void noDebate() {
    assertEquals(List.of(), RuleTests.run(new PollRule(), "Notes\nThe heart pumps blood around the body.\n"));
  }
}
