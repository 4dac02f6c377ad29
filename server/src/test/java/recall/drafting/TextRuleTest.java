package recall.drafting;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRuleTest {

  @Test
  @DisplayName("A full name also accepts the surname alone")
  void surname() {
    List<JsonObject> drafts = RuleTests.run(new TextRule(), Fixtures.analysed("biology.txt"));
    JsonObject harvey = drafts.stream().filter(q -> q.getJsonArray("accept").contains("William Harvey")).findFirst().orElseThrow();
    assertTrue(harvey.getJsonArray("accept").contains("Harvey"), harvey.encode());
  }

  @Test
  @DisplayName("A term also accepts its singular")
  void singular() {
    List<JsonObject> drafts = RuleTests.run(new TextRule(), Fixtures.analysed("biology.txt"));
    JsonObject chloroplasts = drafts.stream().filter(q -> q.getJsonArray("accept").contains("chloroplasts")).findFirst().orElseThrow();
    assertTrue(chloroplasts.getJsonArray("accept").contains("chloroplast"), chloroplasts.encode());
  }

  @Test
  @DisplayName("A key that stands twice in its sentence is not asked: the second would give it away")
  void repeatedKey() {
    List<JsonObject> drafts = RuleTests.run(new TextRule(), "Notes\nKirov met Kirov's guards at the Smolny Institute in Leningrad.\n");
    assertTrue(drafts.stream().noneMatch(q -> q.getJsonArray("accept").contains("Kirov")), drafts.toString());
  }
}
