package recall.room;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@DisplayName("An order question is dealt shuffled")
class AskedQuestionTest {

  @Test
  @DisplayName("never in the right order, for two to six items and any seed; always every item once")
  void neverInOrder() {
    for (int n = 2; n <= 6; n++) {
      List<Integer> right = IntStream.range(0, n).boxed().toList();
      for (long seed = 0; seed < 500; seed++) {
        List<Integer> dealt = AskedQuestion.dealt(n, new Random(seed));
        assertNotEquals(right, dealt, n + " items, seed " + seed);
        assertEquals(new HashSet<>(right), new HashSet<>(dealt), "a permutation");
        assertEquals(n, dealt.size());
      }
    }
  }

  @Test
  @DisplayName("two items: always swapped (the only other order)")
  void twoItems() {
    for (long seed = 0; seed < 50; seed++) assertEquals(List.of(1, 0), AskedQuestion.dealt(2, new Random(seed)));
  }
}
