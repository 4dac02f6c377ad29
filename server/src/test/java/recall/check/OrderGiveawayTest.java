package recall.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static recall.check.Items.order;
import static recall.check.Items.run;

class OrderGiveawayTest {
  private final Rule rule = new OrderGiveaway();

  @Test
  @DisplayName("items whose ordinals, leading numbers or years follow the right order are flagged")
  void givenAway() {
    assertEquals(1, run(rule, order("Put the plans in order", "The First Plan begins", "The Second Plan begins", "The Third Plan is cut short")).size());
    assertEquals(1, run(rule, order("Put the steps in order", "1. Requisition", "2. Collective farms", "3. Famine")).size());
    assertEquals(1, run(rule, order("Put the trials in order", "The 1936 trial of Zinoviev", "The 1937 trial of Radek", "The 1938 trial of Bukharin")).size());
  }

  @Test
  @DisplayName("items without such marks, or with marks that do not follow the order, pass")
  void notGivenAway() {
    assertEquals(List.of(), run(rule, order("Put the trials in order", "Zinoviev and Kamenev tried", "Radek tried", "Bukharin tried")));
    assertEquals(List.of(), run(rule, order("Put the events in order", "Stalin's first visit to Siberia", "The grain crisis", "The war scare")));
    assertEquals(List.of(), run(rule, order("Put the events in order", "The last kulaks deported", "The first kolkhoz")));
  }
}
