package recall.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static recall.check.Items.multiple;
import static recall.check.Items.run;
import static recall.check.Items.single;

class LongestOptionTest {
  private final Rule rule = new LongestOption();

  @Test
  @DisplayName("a single whose key is clearly the longest option is flagged")
  void longKey() {
    List<String> found = run(rule, single("Why was Trotsky distrusted?", 2, "He was lazy", "He was old",
        "Many feared he would become a military dictator", "He was Georgian"));
    assertEquals(1, found.size());
    assertTrue(found.get(0).contains("longest"), found.get(0));
  }

  @Test
  @DisplayName("a key about as long as the others, or shorter, passes")
  void similarLengths() {
    assertEquals(List.of(), run(rule, single("Who?", 0, "Stalin", "Trotsky", "Kamenev", "Zinoviev")));
    assertEquals(List.of(), run(rule, single("Where?", 3, "Along the western border", "Around Moscow and Leningrad",
        "In Ukraine and the south", "In the East, beyond the Urals")));
  }

  @Test
  @DisplayName("a multiple whose keyed options are exactly the longest is flagged; a mixed one passes")
  void multipleKeys() {
    assertEquals(1, run(rule, multiple("Which TWO?", List.of(1, 2), "Roads", "Heavy industry projects", "Infrastructure works", "Oil")).size());
    assertEquals(List.of(), run(rule, multiple("Which TWO?", List.of(0, 1), "Roads", "Heavy industry projects", "Infrastructure works", "Oil")));
  }

  @Test
  @DisplayName("the bank's share counts a key that is strictly longest, even by one letter, and not a tie")
  void strictlyLongest() {
    assertTrue(LongestOption.keyIsLongest(single("?", 1, "abcd", "abcde", "abc")));
    assertFalse(LongestOption.keyIsLongest(single("?", 1, "1924", "1926", "1927")));
  }
}
