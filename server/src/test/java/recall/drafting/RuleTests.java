package recall.drafting;

import io.vertx.core.json.JsonObject;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Runs one rule over small notes and checks every draft it makes as every draft must be. */
final class RuleTests {

  private RuleTests() {
  }

  static List<JsonObject> run(DraftRule rule, NotesAnalysis notes) {
    List<JsonObject> out = rule.draft(Fixtures.scope(notes)).stream().map(d -> d.toJson("t-" + d.line(), "n")).toList();
    for (JsonObject q : out) {
      DraftAssertions.check(q, notes.notes().lines());
      assertEquals(rule.id(), q.getJsonObject("draft").getString("rule"));
      assertEquals(rule.kind().wire(), q.getString("kind"));
    }
    assertNotNull(rule.description());
    return out;
  }

  static List<JsonObject> run(DraftRule rule, String notes) {
    return run(rule, Fixtures.analysedText(notes));
  }

  static List<JsonObject> onLine(List<JsonObject> drafts, int line) {
    return drafts.stream().filter(q -> q.getJsonObject("source").getInteger("line") == line).toList();
  }
}
