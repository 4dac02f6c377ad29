package recall.room;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The server-wide budget of wrong PINs is spent by failures only and comes back each minute")
class PinGuessBudgetTest {

  @Test
  @DisplayName("the budget allows its failures, refuses the next, and is full again a minute later")
  void budgetPerMinute() {
    AtomicLong now = new AtomicLong(1_000_000);
    PinGuessBudget budget = new PinGuessBudget(3, now::get);
    for (int i = 0; i < 3; i++) assertTrue(budget.failed());
    assertFalse(budget.failed());
    now.addAndGet(PinGuessBudget.WINDOW_MS - 1);
    assertFalse(budget.failed(), "still the same minute");
    now.addAndGet(1);
    assertTrue(budget.failed(), "a new minute");
  }

  @Test
  @DisplayName("0 means no budget")
  void unlimited() {
    PinGuessBudget budget = new PinGuessBudget(0, () -> 0);
    for (int i = 0; i < 10_000; i++) assertTrue(budget.failed());
  }
}
