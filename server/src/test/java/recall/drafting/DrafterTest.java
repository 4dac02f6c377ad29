package recall.drafting;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import recall.quiz.Kind;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DrafterTest {

  private static List<JsonObject> drafts(String notes, DraftRequest request) {
    return Drafter.standard().draft(Fixtures.analysed(notes), "test-notes", request);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ussr-1924-1941.txt", "biology.txt", "chemistry.md", "revolution-paragraphs.txt"})
  @DisplayName("Every draft is a valid question citing its line exactly, its key in the quote, no distractor on the line, no leaning stem")
  void everyDraftHolds(String notes) {
    List<JsonObject> drafts = drafts(notes, new DraftRequest(null, null, null, 200));
    assertFalse(drafts.isEmpty());
    List<String> lines = Fixtures.analysed(notes).notes().lines();
    for (JsonObject q : drafts) {
      DraftAssertions.check(q, lines);
      assertEquals("test-notes", q.getJsonObject("source").getString("notes"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ussr-1924-1941.txt", "biology.txt", "chemistry.md", "revolution-paragraphs.txt"})
  @DisplayName("No two drafts ask the same thing: no repeated text, no two with the same answer on the same line")
  void noDuplicates(String notes) {
    List<JsonObject> drafts = drafts(notes, new DraftRequest(null, null, null, 200));
    Set<String> texts = new HashSet<>();
    Set<String> asked = new HashSet<>();
    for (JsonObject q : drafts) {
      assertTrue(texts.add(q.getString("text")), "asked twice: " + q.getString("text"));
      String answer = answerOf(q);
      if (answer != null) assertTrue(asked.add(q.getJsonObject("source").getInteger("line") + "|" + answer), "same answer twice on one line: " + q.encode());
      assertTrue(texts.size() <= 200);
    }
    Set<String> ids = drafts.stream().map(q -> q.getString("id")).collect(Collectors.toSet());
    assertEquals(drafts.size(), ids.size());
  }

  /** The answer of a cloze-like draft, or null for kinds that ask a whole line. */
  private static String answerOf(JsonObject q) {
    return switch (q.getString("kind")) {
      case "single" -> q.getJsonArray("options").getString(q.getJsonArray("answer").getInteger(0)).toLowerCase();
      case "text" -> q.getJsonArray("accept").getString(0).toLowerCase();
      case "numeric" -> String.valueOf(q.getJsonObject("answer").getValue("value"));
      default -> null;
    };
  }

  @Test
  @DisplayName("The USSR notes give drafts of every kind")
  void everyKindFromHistory() {
    Set<String> kinds = drafts("ussr-1924-1941.txt", new DraftRequest(null, null, null, 60)).stream()
        .map(q -> q.getString("kind")).collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(Kind.class).stream().map(Kind::wire).collect(Collectors.toSet()), kinds);
  }

  @Test
  @DisplayName("Science notes give every kind their text allows: gaps, lists, dates in order, true/false, a debate")
  void everyKindFromBiology() {
    Set<String> kinds = drafts("biology.txt", new DraftRequest(null, null, null, 60)).stream()
        .map(q -> q.getString("kind")).collect(Collectors.toSet());
    assertEquals(Set.of("single", "multiple", "truefalse", "numeric", "order", "text", "poll"), kinds);
  }

  @Test
  @DisplayName("A range of lines and a list of kinds limit the drafts; max caps their number")
  void requestLimits() {
    List<JsonObject> drafts = drafts("ussr-1924-1941.txt", new DraftRequest(30, 50, EnumSet.of(Kind.NUMERIC, Kind.TEXT), 5));
    assertFalse(drafts.isEmpty());
    assertTrue(drafts.size() <= 5);
    for (JsonObject q : drafts) {
      int line = q.getJsonObject("source").getInteger("line");
      assertTrue(line >= 30 && line <= 50, q.encode());
      assertTrue(Set.of("numeric", "text").contains(q.getString("kind")), q.encode());
    }
  }

  @Test
  @DisplayName("A check plugged in as a DraftFilter can drop drafts")
  void filtersDrop() {
    Drafter noNumbers = new Drafter(Rules.all(), List.of((q, notes) -> q.getString("kind").equals("numeric") ? 0 : 1));
    List<JsonObject> drafts = noNumbers.draft(Fixtures.analysed("chemistry.md"), "c", new DraftRequest(null, null, null, 100));
    assertFalse(drafts.isEmpty());
    assertTrue(drafts.stream().noneMatch(q -> q.getString("kind").equals("numeric")));
  }

  @Test
  @DisplayName("Drafting the same notes twice gives the same drafts")
  void deterministic() {
    assertEquals(drafts("biology.txt", DraftRequest.all()), drafts("biology.txt", DraftRequest.all()));
  }
}
