package recall.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static recall.check.Items.poll;
import static recall.check.Items.run;
import static recall.check.Items.single;

class AllNoneOfTheAboveTest {
  private final Rule rule = new AllNoneOfTheAbove();

  @Test
  @DisplayName("\"All of the above\", \"None of these\" and a bare \"Both\" are flagged")
  void flagged() {
    assertEquals(1, run(rule, single("Who?", 3, "Rykov", "Tomsky", "Bukharin", "All of the above")).size());
    assertEquals(1, run(rule, single("Who?", 0, "Rykov", "Tomsky", "none of these")).size());
    assertEquals(1, run(rule, single("Who?", 2, "Rykov", "Tomsky", "Both")).size());
  }

  @Test
  @DisplayName("options that merely contain \"all\" or \"none\", and a poll's \"Both\" position, pass")
  void notFlagged() {
    assertEquals(List.of(), run(rule, single("What?", 0, "All votes went against Trotsky", "None were freed", "Some fled")));
    assertEquals(List.of(), run(rule, poll("Was the cult imposed or believed?", "Imposed", "Believed", "Both")));
    assertEquals(1, run(rule, poll("Was the cult imposed or believed?", "Imposed", "Believed", "All of the above")).size());
  }
}
