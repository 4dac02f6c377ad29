package recall.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static recall.check.Items.cite;
import static recall.check.Items.multiple;
import static recall.check.Items.run;
import static recall.check.Items.single;

class TrueByNotesTest {
  private final Rule rule = new TrueByNotes();

  private static final List<String> NOTES = List.of(
      "The purge of the armed forces",
      "* Three of the five Marshals were shot, and many senior officers were arrested.",
      "* During the Five Year Plans a seven day week was introduced and absence from work became a crime.",
      "* Emphasis was to be on heavy industry and infrastructure, with consumer goods and living standards a long way down the list.",
      "* Lavrenti Beria became the head of the NKVD, and Georgi Malenkov, who was expected to be Stalin's successor.",
      "* In the purge of the armed forces many generals were arrested.",
      "* No junior clerks of the armed forces were arrested.");

  @Test
  @DisplayName("a distractor whose words stand on the cited clause, affirmed, is flagged")
  void trueDistractor() {
    var q = cite(multiple("Who was purged in the armed forces?", List.of(0), "Three of the five Marshals", "Many senior officers arrested",
        "The Navy's cooks"), "pu-1", 2, "Three of the five Marshals were shot");
    List<String> found = run(rule, q, NOTES);
    assertEquals(1, found.size(), found::toString);
    assertTrue(found.get(0).contains("option B") && found.get(0).contains("line 2"), found.get(0));
  }

  @Test
  @DisplayName("a distractor true by another line of the same section, about the same stem, is flagged")
  void trueInSection() {
    var q = cite(single("What did the purge of the armed forces do?", 0, "Three of the five Marshals were shot", "Generals were arrested"),
        "pu-2", 2, "Three of the five Marshals were shot");
    // Line 2 does not name generals; line 6, about the same purge, affirms that they were arrested.
    List<String> found = run(rule, q, NOTES);
    assertEquals(1, found.size(), found::toString);
    assertTrue(found.get(0).contains("line 6"), found.get(0));
  }

  @Test
  @DisplayName("different figures, a contrasting clause, names, negated words and negative stems pass")
  void leftAlone() {
    assertEquals(List.of(), run(rule, cite(multiple("Which TWO measures controlled workers during the Five Year Plans?", List.of(0),
        "Absence from work became a crime", "A five day week was introduced"), "w", 3, "absence from work became a crime"), NOTES));
    assertEquals(List.of(), run(rule, cite(multiple("Which TWO areas were the Five Year Plans meant to emphasise?", List.of(0, 1),
        "Heavy industry", "Infrastructure", "Consumer goods", "Living standards"), "e", 4, "heavy industry and infrastructure"), NOTES));
    assertEquals(List.of(), run(rule, cite(single("Which younger man was expected to be Stalin's successor?", 1,
        "Lavrenti Beria", "Georgi Malenkov"), "s", 5, "Georgi Malenkov, who was expected"), NOTES));
    assertEquals(List.of(), run(rule, cite(single("Who was arrested in the armed forces?", 0, "Many generals", "Junior clerks"), "n", 7,
        "junior clerks"), NOTES));
    assertEquals(List.of(), run(rule, cite(single("Which was NOT done to the armed forces?", 0, "Cooks promoted", "Senior officers arrested"), "x", 2,
        "Three"), NOTES));
  }

  @Test
  @DisplayName("without notes, or without a cited line, there is nothing to compare")
  void noNotes() {
    var q = single("Who was purged?", 0, "Three of the five Marshals", "Many senior officers arrested");
    assertEquals(List.of(), run(rule, q));
  }

  @Test
  @DisplayName("a distractor that is a weaker count of a key (\"One of the five Marshals\" beside \"Three of the five\") is literally true")
  void weakerCount() {
    var q = multiple("Which were purged in the armed forces?", List.of(1), "One of the five Marshals", "Three of the five Marshals", "Four of the five Marshals");
    List<String> found = run(rule, cite(q, "m", 2, "Three of the five Marshals"), NOTES);
    assertEquals(1, found.size(), found::toString);
    assertTrue(found.get(0).startsWith("option A"), found.get(0));
    assertEquals(List.of(), run(rule, cite(single("What reward did informers get?", 1, "10% of any grain found", "25% of any grain found"), "r", 2, "Three"), NOTES));
  }
}
