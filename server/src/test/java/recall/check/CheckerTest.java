package recall.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import recall.quiz.Question;
import recall.quiz.Quiz;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static recall.check.Items.accepting;
import static recall.check.Items.cite;
import static recall.check.Items.single;

class CheckerTest {

  private static final Question FLAWED = cite(single("Which was not a cause?", 0, "Many feared a military dictator", "Luck", "Age"), "f", 1, "");

  @Test
  @DisplayName("every rule has a unique id, a description, and is found by its id")
  void registry() {
    assertEquals(Rules.all().size(), new HashSet<>(Rules.ids()).size());
    for (Rule r : Rules.all()) {
      assertTrue(r.id().matches("[a-z]+(-[a-z]+)*"), r.id());
      assertFalse(r.description().isBlank(), r.id());
      assertEquals(r, Rules.byId(r.id()));
    }
    assertEquals(null, Rules.byId("no-such-rule"));
  }

  @Test
  @DisplayName("the checker names the question and the rule of every warning")
  void findings() {
    List<Finding> found = Checker.check(new Quiz("q", "Q", null, null, List.of(FLAWED)), null);
    assertEquals(List.of("longest-option", "negative-stem", "option-lengths"), found.stream().map(Finding::rule).sorted().toList());
    assertTrue(found.stream().allMatch(f -> f.question().equals("f")));
    assertEquals("f", found.get(0).toJson().getString("question"));
  }

  @Test
  @DisplayName("a warning the question accepts with a reason no longer counts, but is still reported as accepted")
  void accepted() {
    Checker.Result result = Checker.run(List.of(accepting(FLAWED, "negative-stem")), null);
    assertEquals(List.of("longest-option", "option-lengths"), result.warnings().stream().map(Finding::rule).toList());
    assertEquals(List.of("negative-stem"), result.accepted().stream().map(Finding::rule).toList());
  }

  @Test
  @DisplayName("over a folder, duplicates are found across quizzes, other rules within each quiz")
  void folder() {
    Question a = cite(single("Who was the chief mourner at Lenin's funeral?", 0, "Stalin", "Trotsky"), "a", 5, "");
    Question b = cite(single("Who was the chief mourner at Lenin's funeral?", 0, "Stalin", "Kamenev"), "b", 9, "");
    Checker.Result result = Checker.runFolder(List.of(new Quiz("one", "One", null, null, List.of(a)), new Quiz("two", "Two", null, null, List.of(b))), quiz -> null);
    assertEquals(List.of("b duplicate-question"), result.warnings().stream().map(f -> f.question() + " " + f.rule()).toList());
  }
}
