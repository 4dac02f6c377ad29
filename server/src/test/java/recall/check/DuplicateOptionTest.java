package recall.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static recall.check.Items.order;
import static recall.check.Items.run;
import static recall.check.Items.single;

class DuplicateOptionTest {
  private final Rule rule = new DuplicateOption();

  @Test
  @DisplayName("options equal but for articles, case, punctuation or a thousands separator are flagged")
  void same() {
    assertEquals(1, run(rule, single("Who?", 0, "The NKVD", "NKVD.", "The Cheka")).size());
    assertEquals(1, run(rule, single("How many?", 0, "1,000", "1000", "10,000")).size());
    assertEquals(1, run(rule, order("Put these trials in order", "Radek's trial", "radeks trial")).size());
  }

  @Test
  @DisplayName("different options pass, even when one contains another")
  void different() {
    assertEquals(List.of(), run(rule, single("Who?", 0, "Stalin", "Stalin and Trotsky", "Trotsky")));
  }
}
