package recall.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static recall.check.Items.run;
import static recall.check.Items.single;
import static recall.check.Items.trueFalse;

class AbsoluteTrueFalseTest {
  private final Rule rule = new AbsoluteTrueFalse();

  @Test
  @DisplayName("a true/false statement with all, never or only is flagged, true or false")
  void flagged() {
    assertEquals(1, run(rule, trueFalse("All films in Stalin's USSR were made by the state.", true)).size());
    assertEquals(1, run(rule, trueFalse("Stalin never left Moscow.", false)).size());
  }

  @Test
  @DisplayName("a plain statement passes, and other kinds are left to other rules")
  void notFlagged() {
    assertEquals(List.of(), run(rule, trueFalse("Kirov was murdered in December 1934.", true)));
    assertEquals(List.of(), run(rule, single("Who was always late?", 0, "a", "b")));
  }
}
