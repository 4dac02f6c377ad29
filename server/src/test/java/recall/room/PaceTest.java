package recall.room;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** One player's way through a homework, with times passed in by hand (no clock, no sleeping). */
@DisplayName("Pace: a homework player's next question, answers and time limit")
class PaceTest {
  @Test
  @DisplayName("next opens the questions in turn, asks for an answer first, and finishes after the last")
  void inTurn() {
    Pace p = new Pace(2);
    assertEquals(Pace.Step.OPEN, p.next(0));
    p.opened(0, 20_000);
    assertEquals(Pace.Step.ANSWER_FIRST, p.next(5_000));
    assertNull(p.refusal(0, 5_000));
    assertEquals("not-open", p.refusal(1, 5_000));
    p.saving = true;
    assertEquals(Pace.Step.WAIT, p.next(5_000));
    assertEquals("already-answered", p.refusal(0, 5_000));
    p.done();
    assertEquals("already-answered", p.refusal(0, 6_000), "an answered question stays answered");
    assertEquals(Pace.Step.OPEN, p.next(6_000));
    p.opened(6_000, 0);
    assertNull(p.refusal(1, 10_000_000), "no time limit: an answer a day later is taken");
    p.done();
    assertEquals(Pace.Step.FINISH, p.next(10_000_001));
  }

  @Test
  @DisplayName("past its limit a question is too late to answer, and next counts it as missed")
  void timeLimit() {
    Pace p = new Pace(3);
    p.opened(1_000, 20_000);
    assertNull(p.refusal(0, 21_000), "at the limit exactly");
    assertEquals("too-late", p.refusal(0, 21_001));
    assertEquals(Pace.Step.MISSED, p.next(21_001));
    assertEquals(5_000, p.remaining(16_000));
  }
}
