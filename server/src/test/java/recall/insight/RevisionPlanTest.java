package recall.insight;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The revision plan: most missed first, then due again on Leitner boxes")
class RevisionPlanTest {
  private static final long DAY = 24L * 3600 * 1000;
  private static final long NOW = 100 * DAY;

  private static Leitner.Attempt at(long day, double rate) {
    return new Leitner.Attempt(day * DAY, rate);
  }

  @Test
  @DisplayName("a class that knew a question moves it up a box; a miss sends it back to box 1")
  void boxes() {
    assertEquals(new Leitner.State(2, 12 * DAY), Leitner.replay(List.of(at(10, 0.9))));
    assertEquals(new Leitner.State(4, 20 * DAY + 8 * DAY), Leitner.replay(List.of(at(10, 0.9), at(20, 0.85), at(15, 0.95))));
    assertEquals(new Leitner.State(1, 21 * DAY), Leitner.replay(List.of(at(10, 0.9), at(15, 0.9), at(20, 0.5))));
    assertEquals(5, Leitner.replay(List.of(at(1, 1), at(2, 1), at(3, 1), at(4, 1), at(5, 1), at(6, 1))).box());
    assertThrows(IllegalArgumentException.class, () -> Leitner.replay(List.of()));
  }

  @Test
  @DisplayName("the most missed come first, weakest first, then the questions due, most overdue first")
  void order() {
    var h = List.of(
        new RevisionPlan.History("q/a", null, "single", List.of(at(99, 0.5))),
        new RevisionPlan.History("q/b", null, "single", List.of(at(99, 0.2))),
        new RevisionPlan.History("q/c", null, "single", List.of(at(90, 0.9))),      // box 2, due day 92
        new RevisionPlan.History("q/d", null, "single", List.of(at(95, 0.9))),      // box 2, due day 97
        new RevisionPlan.History("q/e", null, "single", List.of(at(99, 0.9))),      // box 2, due day 101: not yet
        new RevisionPlan.History("q/f", null, "single", List.of(at(80, 1), at(90, 1), at(98, 1)))); // box 4, due day 106
    List<RevisionPlan.Pick> picks = RevisionPlan.choose(h, Map.of(), 10, NOW);
    assertEquals(List.of("q/b", "q/a", "q/c", "q/d"), picks.stream().map(RevisionPlan.Pick::key).toList());
    assertTrue(picks.get(0).reason().startsWith("missed: 20% right"));
    assertTrue(picks.get(2).reason().startsWith("due again (box 2)"));
    assertEquals(List.of("q/b", "q/a"), RevisionPlan.choose(h, Map.of(), 2, NOW).stream().map(RevisionPlan.Pick::key).toList());
  }

  @Test
  @DisplayName("a missed line is asked in another form when another question cites it, and never twice")
  void otherForm() {
    var byLine = Map.of("ussr#12", List.of(new RevisionPlan.Candidate("q/a", "single"),
        new RevisionPlan.Candidate("r/n", "numeric"), new RevisionPlan.Candidate("r/m", "single")));
    var one = List.of(new RevisionPlan.History("q/a", "ussr#12", "single", List.of(at(99, 0.1))));
    List<RevisionPlan.Pick> picks = RevisionPlan.choose(one, byLine, 10, NOW);
    assertEquals(List.of("r/n"), picks.stream().map(RevisionPlan.Pick::key).toList());
    assertTrue(picks.get(0).reason().endsWith("asked in another form"));

    // Two missed questions on one line: each is asked as the other form once, none twice.
    var two = List.of(one.get(0), new RevisionPlan.History("r/n", "ussr#12", "numeric", List.of(at(99, 0.3))));
    List<String> keys = RevisionPlan.choose(two, byLine, 10, NOW).stream().map(RevisionPlan.Pick::key).toList();
    assertEquals(List.of("r/n", "q/a"), keys);
    assertFalse(keys.stream().distinct().count() < keys.size());
  }
}
