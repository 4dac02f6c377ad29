package recall.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static recall.check.Items.run;
import static recall.check.Items.single;

class AbsoluteDistractorTest {
  private final Rule rule = new AbsoluteDistractor();

  @Test
  @DisplayName("each distractor with always, never, all, only or completely is named")
  void flagged() {
    List<String> found = run(rule, single("Why did peasants hold back grain?", 0, "Prices were low",
        "The harvest had failed completely", "Nepmen had bought all of it", "They always did"));
    assertEquals(3, found.size(), found::toString);
    assertTrue(found.get(0).startsWith("option B"), found.get(0));
  }

  @Test
  @DisplayName("no absolute word, or an absolute key as well, passes; words like 'overall' or 'alone' are not absolutes")
  void notFlagged() {
    assertEquals(List.of(), run(rule, single("Why?", 0, "Prices were low", "Overall output fell", "He stood alone", "Whether to industrialise at all")));
    assertEquals(List.of(), run(rule, single("Who?", 0, "Stalin was the only member of both", "Trotsky never was")));
  }
}
