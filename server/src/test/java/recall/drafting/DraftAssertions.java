package recall.drafting;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.quiz.QuizValidator;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every draft must be, whatever rule made it; shared by the rule tests and the drafter's. */
final class DraftAssertions {

  private DraftAssertions() {
  }

  /** A valid question whose quote stands on its line, with its key in the quote and its stem standing alone. */
  static void check(JsonObject q, List<String> lines) {
    String label = q.encode();
    assertEquals(List.of(), QuizValidator.validateQuestion(q, q.getString("id"), lines), label);
    JsonObject source = q.getJsonObject("source");
    String line = lines.get(source.getInteger("line") - 1);
    String quote = source.getString("quote");
    assertTrue(line.contains(quote), "quote not on its line: " + label);
    assertTrue(q.getString("explanation", "").length() > 0, "no explanation: " + label);
    double confidence = q.getJsonObject("draft").getDouble("confidence");
    assertTrue(confidence > 0 && confidence <= 1, label);
    assertFalse(Stem.leans(stemWords(q)), "stem leans on something outside it: " + label);
    switch (q.getString("kind")) {
      case "single" -> {
        String key = q.getJsonArray("options").getString(q.getJsonArray("answer").getInteger(0));
        assertGapHolds(q, quote, key);
        for (int i = 0; i < q.getJsonArray("options").size(); i++) {
          String option = q.getJsonArray("options").getString(i);
          if (option.equals(key)) continue;
          assertFalse(mentions(line, option), "distractor '" + option + "' is on the cited line: " + label);
          assertFalse(option.equalsIgnoreCase(key), label);
        }
      }
      case "text" -> assertGapHolds(q, quote, q.getJsonArray("accept").getString(0));
      case "numeric" -> {
        String[] parts = gapParts(q);
        String middle = quote.substring(parts[0].length(), quote.length() - parts[1].length());
        assertEquals(q.getJsonObject("answer").getDouble("value"), Double.parseDouble(middle.replaceAll("[,\\s]", "")), 1e-9, label);
      }
      case "multiple" -> {
        JsonArray options = q.getJsonArray("options");
        List<Integer> right = q.getJsonArray("answer").stream().map(o -> (Integer) o).toList();
        for (int i = 0; i < options.size(); i++) {
          assertEquals(right.contains(i), mentions(quote, options.getString(i)), "option " + i + " of " + label);
        }
      }
      default -> { }
    }
  }

  /** The gapped sentence of the stem, with the key put back, is the quote. */
  private static void assertGapHolds(JsonObject q, String quote, String key) {
    String[] parts = gapParts(q);
    assertEquals(quote, parts[0] + key + parts[1], "the key does not fill the gap to give the quote: " + q.encode());
  }

  private static String[] gapParts(JsonObject q) {
    String text = q.getString("text");
    String gapped = text.substring(text.indexOf('“') + 1, text.lastIndexOf('”'));
    int gap = gapped.indexOf(Stem.GAP);
    assertTrue(gap >= 0, "no gap in " + text);
    return new String[] {gapped.substring(0, gap), gapped.substring(gap + Stem.GAP.length())};
  }

  /** The words of the stem that come from the notes (what could lean), for leaning-word checks. */
  private static String stemWords(JsonObject q) {
    String text = q.getString("text");
    int open = text.indexOf('“');
    if (open >= 0) return text.substring(open + 1, text.lastIndexOf('”'));
    return text.replaceFirst("^True or false: ", "");
  }

  static boolean mentions(String text, String words) {
    return (" " + Candidate.normal(text) + " ").contains(" " + Candidate.normal(words) + " ");
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
