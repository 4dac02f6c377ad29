package recall.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static recall.check.Items.run;
import static recall.check.Items.single;

class NumericOrderTest {
  private final Rule rule = new NumericOrder();

  @Test
  @DisplayName("years, percentages, figures with magnitudes and dates out of order are flagged")
  void outOfOrder() {
    assertEquals(1, run(rule, single("When?", 0, "1927", "1924", "1929")).size());
    assertEquals(1, run(rule, single("How much?", 0, "100%", "200%", "400%", "50%")).size());
    assertEquals(1, run(rule, single("How many?", 0, "About 5,000", "About 50,000", "About 5 million", "About 500,000")).size());
    assertEquals(1, run(rule, single("When?", 0, "August 1939", "September 1938", "June 1941")).size());
  }

  @Test
  @DisplayName("ascending figures pass, and so do options that are words, or figures of different things")
  void inOrderOrNotFigures() {
    assertEquals(List.of(), run(rule, single("How many?", 0, "About 5,000", "About 50,000", "About 500,000", "About 5 million")));
    assertEquals(List.of(), run(rule, single("How early?", 0, "Nine months early", "Six months early", "Exactly on time")));
    assertEquals(List.of(), run(rule, single("Who?", 0, "Men aged 18-40", "Women aged 16-45", "Men aged 16-55")));
    assertEquals(List.of(), run(rule, single("Why?", 0, "In 1928 the harvest failed", "Prices fell in 1925")));
  }
}
