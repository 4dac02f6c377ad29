package recall.scoring;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The contract's "Scoring" section, rule by rule, on plain numbers. */
@DisplayName("Scoring: the default rule")
class ScoringTest {
  private static final long T = 20_000;

  private static Judgement partly(double fraction) {
    return Judgement.of(fraction);
  }

  @Nested
  @DisplayName("speed points for a right answer")
  class Speed {
    @Test
    @DisplayName("an instant right answer scores 1000")
    void instant() {
      assertEquals(1000, Scoring.points(Judgement.RIGHT, 0, T, 0));
    }

    @Test
    @DisplayName("a right answer at the last moment scores 500")
    void lastMoment() {
      assertEquals(500, Scoring.points(Judgement.RIGHT, T, T, 0));
    }

    @Test
    @DisplayName("halfway through the time scores 750")
    void halfway() {
      assertEquals(750, Scoring.points(Judgement.RIGHT, T / 2, T, 0));
    }

    @Test
    @DisplayName("points are round(1000 × (1 − t / 2T)), rounded to the nearest point")
    void rounding() {
      // 7001 ms of 20 s: 824.975 -> 825; 7030 ms: 824.25 -> 824; 3 s of 7 s: 785.714 -> 786
      assertEquals(825, Scoring.points(Judgement.RIGHT, 7001, T, 0));
      assertEquals(824, Scoring.points(Judgement.RIGHT, 7030, T, 0));
      assertEquals(786, Scoring.points(Judgement.RIGHT, 3000, 7000, 0));
    }

    @Test
    @DisplayName("a wrong answer scores 0 however fast it came")
    void wrong() {
      assertEquals(0, Scoring.points(Judgement.WRONG, 0, T, 4));
    }
  }

  @Nested
  @DisplayName("the streak bonus")
  class Streak {
    @Test
    @DisplayName("adds 100 per earlier right answer in the streak")
    void perEarlierAnswer() {
      assertEquals(1000, Scoring.points(Judgement.RIGHT, 0, T, 0));
      assertEquals(1100, Scoring.points(Judgement.RIGHT, 0, T, 1));
      assertEquals(1300, Scoring.points(Judgement.RIGHT, 0, T, 3));
      assertEquals(500 + 200, Scoring.points(Judgement.RIGHT, T, T, 2));
    }

    @Test
    @DisplayName("is at most 500")
    void capped() {
      assertEquals(1500, Scoring.points(Judgement.RIGHT, 0, T, 5));
      assertEquals(1500, Scoring.points(Judgement.RIGHT, 0, T, 6));
      assertEquals(1500, Scoring.points(Judgement.RIGHT, 0, T, 40));
      assertEquals(500, Scoring.streakBonus(9));
    }

    @Test
    @DisplayName("a fully right answer extends the streak")
    void rightExtends() {
      assertEquals(1, Scoring.streakAfter(0, Judgement.RIGHT, true));
      assertEquals(4, Scoring.streakAfter(3, Judgement.RIGHT, true));
    }

    @Test
    @DisplayName("a wrong answer or none ends the streak")
    void wrongOrNoneEnds() {
      assertEquals(0, Scoring.streakAfter(3, Judgement.WRONG, true));
      assertEquals(0, Scoring.streakAfter(3, null, true));
    }

    @Test
    @DisplayName("a partly right answer ends the streak")
    void partlyRightEnds() {
      assertEquals(0, Scoring.streakAfter(3, partly(0.75), true));
    }

    @Test
    @DisplayName("a poll neither extends nor ends it, answered or not")
    void pollLeavesIt() {
      assertEquals(3, Scoring.streakAfter(3, Judgement.POLL, false));
      assertEquals(3, Scoring.streakAfter(3, null, false));
    }
  }

  @Nested
  @DisplayName("partial credit")
  class Partial {
    @Test
    @DisplayName("a partly right answer scores its fraction of the speed points")
    void fractionOfSpeedPoints() {
      assertEquals(750, Scoring.points(partly(0.75), 0, T, 0));
      assertEquals(375, Scoring.points(partly(0.75), T, T, 0));
      assertEquals(250, Scoring.points(partly(0.25), 0, T, 0));
      // two thirds of 1000 is 666.67 -> 667
      assertEquals(667, Scoring.points(partly(2.0 / 3), 0, T, 0));
    }

    @Test
    @DisplayName("a partly right answer earns no streak bonus")
    void noBonus() {
      assertEquals(500, Scoring.points(partly(0.5), 0, T, 4));
    }

    @Test
    @DisplayName("a partly right answer is not correct; a fully right one is")
    void onlyFullyRightIsCorrect() {
      assertEquals(false, partly(0.99).correct());
      assertEquals(true, partly(1.0).correct());
    }
  }

  @Test
  @DisplayName("a poll answer scores nothing")
  void pollScoresNothing() {
    assertEquals(0, Scoring.points(Judgement.POLL, 0, T, 3));
  }
}
