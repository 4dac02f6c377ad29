package recall.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static recall.check.Items.order;
import static recall.check.Items.run;
import static recall.check.Items.single;
import static recall.check.Items.trueFalse;

class LeaningStemTest {
  private final Rule rule = new LeaningStem();

  private List<String> stem(String text) {
    return run(rule, single(text, 0, "a", "b", "c"));
  }

  @Test
  @DisplayName("stems that carry on from another question are flagged")
  void carryOn() {
    for (String text : List.of("At first, who did the purges target?", "Then what happened to the kulaks?",
        "Why did many of the trees planted under the plan die?", "What did this policy replace?",
        "Why did these measures fail?", "What did he claim about the funeral?", "How did the previous answer change?",
        "They were expelled in 1927: from what?")) {
      List<String> found = stem(text);
      assertEquals(1, found.size(), text);
      assertTrue(found.get(0).contains("stand alone"), found.get(0));
    }
    assertEquals(1, run(rule, trueFalse("This was the beginning of the cult of Lenin.", true)).size());
  }

  @Test
  @DisplayName("order stems that say only how to order are flagged; naming the topic passes")
  void orderTopic() {
    assertEquals(1, run(rule, order("Put these in order, earliest first", "a", "b")).size());
    assertEquals(1, run(rule, order("Put these events in chronological order", "a", "b")).size());
    assertEquals(List.of(), run(rule, order("Put these stages of collectivisation in order, earliest first", "a", "b")));
    assertEquals(List.of(), run(rule, order("Put the show trials of the Terror in order", "a", "b")));
  }

  @Test
  @DisplayName("stems that name their topic pass: 'which of these', a name before 'this', plural 'their', 'the plan to'")
  void standAlone() {
    for (String text : List.of("Which of these was Stalin's first post?", "Which TWO composers found to their cost that music had to uplift?",
        "Stalin launched the purges in 1936; what was this campaign called?", "When private plots were allowed in 1935, what could peasants grow on them?",
        "After all votes went against him at the 1925 Congress, which post did Trotsky lose?",
        "What was the plan to transform nature called?", "How early was the First Five Year Plan declared reached?",
        "Why did factory managers cheat in any way they could?", "Which body set targets from 1924 onwards?")) {
      assertEquals(List.of(), stem(text), text);
    }
  }
}
