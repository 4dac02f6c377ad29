package recall.scoring;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract's version 2 scoring modes, extra time and leaderboard modes, on plain numbers. */
@DisplayName("Scoring modes, extra time and leaderboards")
class ScoringModeTest {
  private static final long T = 20_000;

  @Nested
  @DisplayName("speed: the default rule")
  class Speed {
    @Test
    @DisplayName("is the version 1 rule, streak bonus included")
    void sameAsDefault() {
      assertEquals(Scoring.points(Judgement.RIGHT, 5_000, T, 3), ScoringMode.SPEED.points(Judgement.RIGHT, 5_000, T, 3));
      assertEquals(875 + 300, ScoringMode.SPEED.points(Judgement.RIGHT, 5_000, T, 3));
    }
  }

  @Nested
  @DisplayName("speed-no-streak")
  class NoStreak {
    @Test
    @DisplayName("scores speed points and never a streak bonus")
    void noBonus() {
      assertEquals(875, ScoringMode.SPEED_NO_STREAK.points(Judgement.RIGHT, 5_000, T, 3));
      assertEquals(500, ScoringMode.SPEED_NO_STREAK.points(Judgement.RIGHT, T, T, 9));
    }

    @Test
    @DisplayName("a part-right answer scores its fraction of the speed points")
    void partly() {
      assertEquals(438, ScoringMode.SPEED_NO_STREAK.points(Judgement.of(0.5), 5_000, T, 2));
    }
  }

  @Nested
  @DisplayName("accuracy")
  class Accuracy {
    @Test
    @DisplayName("a right answer scores 1000 however slow and whatever the streak")
    void right() {
      assertEquals(1000, ScoringMode.ACCURACY.points(Judgement.RIGHT, 0, T, 0));
      assertEquals(1000, ScoringMode.ACCURACY.points(Judgement.RIGHT, T, T, 5));
    }

    @Test
    @DisplayName("a part-right answer scores its fraction of 1000; a wrong one and a poll nothing")
    void partlyAndWrong() {
      assertEquals(500, ScoringMode.ACCURACY.points(Judgement.of(0.5), 19_000, T, 0));
      assertEquals(667, ScoringMode.ACCURACY.points(Judgement.of(2 / 3.0), 1, T, 0));
      assertEquals(0, ScoringMode.ACCURACY.points(Judgement.WRONG, 0, T, 0));
      assertEquals(0, ScoringMode.ACCURACY.points(Judgement.POLL, 0, T, 0));
    }
  }

  @Test
  @DisplayName("wire names map both ways and an unknown one is refused")
  void wireNames() {
    for (ScoringMode m : ScoringMode.values()) assertEquals(m, ScoringMode.of(m.wire()).orElseThrow());
    assertTrue(ScoringMode.of("fastest").isEmpty());
    assertEquals("speed-no-streak", ScoringMode.SPEED_NO_STREAK.wire());
  }

  @Nested
  @DisplayName("extra time")
  class Extra {
    @Test
    @DisplayName("scales the student's limit, and so the time-based points")
    void scales() {
      assertEquals(30_000, ExtraTime.limitMs(T, 1.5));
      assertEquals(40_000, ExtraTime.limitMs(T, 2));
      // 15 s of a 20 s question with x2 scores as 7.5 s without: 1000 × (1 − 15/80).
      assertEquals(813, ScoringMode.SPEED.points(Judgement.RIGHT, 15_000, ExtraTime.limitMs(T, 2), 0));
      assertEquals(Scoring.points(Judgement.RIGHT, 7_500, T, 0),
          ScoringMode.SPEED.points(Judgement.RIGHT, 15_000, ExtraTime.limitMs(T, 2), 0));
    }

    @Test
    @DisplayName("factors from 1 to 3 are allowed; others are refused and count as 1")
    void range() {
      assertTrue(ExtraTime.valid(1) && ExtraTime.valid(3) && ExtraTime.valid(1.5));
      assertFalse(ExtraTime.valid(0.5) || ExtraTime.valid(3.5) || ExtraTime.valid(Double.NaN));
      assertEquals(T, ExtraTime.limitMs(T, 10));
    }
  }

  @Nested
  @DisplayName("leaderboard modes")
  class Boards {
    @Test
    @DisplayName("full shows the whole top, top5 five, self and off no names on the projector")
    void projected() {
      assertEquals(10, Leaderboard.FULL.projected(10));
      assertEquals(5, Leaderboard.TOP5.projected(10));
      assertEquals(3, Leaderboard.TOP5.projected(3));
      assertEquals(0, Leaderboard.SELF.projected(10));
      assertEquals(0, Leaderboard.OFF.projected(10));
    }

    @Test
    @DisplayName("players see their own rank except when the leaderboard is off")
    void ranks() {
      assertTrue(Leaderboard.FULL.ranksToPlayers() && Leaderboard.TOP5.ranksToPlayers() && Leaderboard.SELF.ranksToPlayers());
      assertFalse(Leaderboard.OFF.ranksToPlayers());
      assertEquals(Leaderboard.SELF, Leaderboard.of("self").orElseThrow());
      assertTrue(Leaderboard.of("everyone").isEmpty());
    }
  }
}
