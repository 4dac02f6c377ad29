package recall.room;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@DisplayName("The spread of typed answers in a reveal")
class AnswerSpreadTest {

  @Test
  @DisplayName("numbers: each distinct value once with its count and whether it was right, smallest first")
  void numbers() {
    AnswerSpread s = new AnswerSpread();
    s.addValue(1929, true);
    s.addValue(1917, false);
    s.addValue(1928, true);
    s.addValue(1929, true);
    s.addValue(69.6, false);
    assertEquals(new JsonArray()
        .add(entry("value", 69.6, 1, false))
        .add(entry("value", 1917L, 1, false))
        .add(entry("value", 1928L, 1, true))
        .add(entry("value", 1929L, 2, true)), s.values());
  }

  @Test
  @DisplayName("texts: spellings the judge treats alike count as one, shown as first typed; the five most common")
  void texts() {
    AnswerSpread s = new AnswerSpread();
    for (String t : new String[] {" Kirov ", "KÍROV", "kirov", "Zinoviev", "zinoviev", "Beria", "Yagoda", "Ezhov", "Trotsky", "Radek"}) {
      s.addText(t, t.toLowerCase().contains("kirov") || t.contains("ÍR"));
    }
    JsonArray top = s.answers();
    assertEquals(AnswerSpread.TOP_TEXTS, top.size());
    assertEquals(entry("text", "Kirov", 3, true), top.getJsonObject(0));
    assertEquals(entry("text", "Zinoviev", 2, false), top.getJsonObject(1));
    // Equal counts keep the order they were first typed in; the sixth and seventh are left off.
    assertEquals("Beria", top.getJsonObject(2).getString("text"));
    assertEquals("Ezhov", top.getJsonObject(4).getString("text"));
  }

  @Test
  @DisplayName("a reveal gets values for numeric, answers for text, and neither for other kinds")
  void byKind() {
    AnswerSpread s = new AnswerSpread();
    s.addValue(3, true);
    assertEquals(new JsonArray(), new AnswerSpread().addTo(new JsonObject(), "text").getJsonArray("answers"));
    assertEquals(1, s.addTo(new JsonObject(), "numeric").getJsonArray("values").size());
    JsonObject single = s.addTo(new JsonObject(), "single");
    assertFalse(single.containsKey("values") || single.containsKey("answers"));
  }

  private static JsonObject entry(String field, Object v, int count, boolean correct) {
    return new JsonObject().put(field, v).put("count", count).put("correct", correct);
  }
}
