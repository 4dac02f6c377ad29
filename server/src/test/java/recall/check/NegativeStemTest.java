package recall.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static recall.check.Items.multiple;
import static recall.check.Items.run;
import static recall.check.Items.single;
import static recall.check.Items.trueFalse;

class NegativeStemTest {
  private final Rule rule = new NegativeStem();

  @Test
  @DisplayName("a lower-case not, except, never or didn't in a choice stem is flagged")
  void flagged() {
    for (String stem : List.of("Which was not a member of the Politburo?", "All were purged except whom?",
        "Who never joined the Left?", "Which policy didn't Bukharin support?", "Which statement is false?")) {
      List<String> found = run(rule, single(stem, 0, "a", "b", "c"));
      assertEquals(1, found.size(), stem);
      assertTrue(found.get(0).contains("capitals"), found.get(0));
    }
    assertEquals(1, run(rule, multiple("Which TWO were not purged?", List.of(0, 1), "a", "b", "c")).size());
  }

  @Test
  @DisplayName("an emphasised negative (NOT, *not*, _except_) passes, as do \"at least\" and \"false security\"")
  void emphasised() {
    for (String stem : List.of("Which was NOT a member of the Politburo?", "Which was *not* a member?", "All _except_ whom?",
        "At least how many died?", "What lulled Stalin into false security?", "Who led the Left?")) {
      assertEquals(List.of(), run(rule, single(stem, 0, "a", "b", "c")), stem);
    }
  }

  @Test
  @DisplayName("a true/false statement is not a question stem: left to the other rules")
  void trueFalseLeftAlone() {
    assertEquals(List.of(), run(rule, trueFalse("Trotsky did not attend Lenin's funeral.", true)));
  }
}
