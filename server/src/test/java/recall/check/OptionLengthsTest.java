package recall.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static recall.check.Items.run;
import static recall.check.Items.single;

class OptionLengthsTest {
  private final Rule rule = new OptionLengths();

  @Test
  @DisplayName("options from a word to a long sentence are flagged, whichever is the key")
  void veryDifferent() {
    assertEquals(1, run(rule, single("What did Stalin do?", 0, "Resign", "Appear as chief mourner at Lenin's funeral", "Leave", "Hide")).size());
  }

  @Test
  @DisplayName("short options a few letters apart, and options of similar length, pass")
  void similar() {
    assertEquals(List.of(), run(rule, single("Who?", 0, "Rykov", "Bukharin", "Tomsky", "Dzerzhinsky")));
    assertEquals(List.of(), run(rule, single("Why?", 0, "Grain was hoarded by kulaks", "The harvest failed badly", "Prices were set too low", "Taxes rose sharply")));
  }
}
