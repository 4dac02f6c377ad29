package recall.scoring;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import recall.quiz.Question;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Judging answers kind by kind, with questions written as the contract's quiz document writes them. */
@DisplayName("AnswerKey: how right an answer is, kind by kind")
class AnswerKeyTest {

  private static AnswerKey key(String json) {
    return new AnswerKey(Question.fromJson(new JsonObject(json).put("id", "q").put("text", "?")
        .put("source", new JsonObject().put("line", 1).put("quote", "q"))), List.of());
  }

  private static AnswerKey orderKey(String... rightIds) {
    JsonArray items = new JsonArray();
    for (int i = 0; i < rightIds.length; i++) items.add("item " + i);
    Question q = Question.fromJson(new JsonObject().put("id", "q").put("kind", "order").put("text", "?").put("items", items)
        .put("source", new JsonObject().put("line", 1).put("quote", "q")));
    return new AnswerKey(q, List.of(rightIds));
  }

  private static Answer choice(Integer... indexes) {
    return Answer.ofChoice(Arrays.asList(indexes));
  }

  private static Answer order(String... ids) {
    return Answer.ofOrder(List.of(ids));
  }

  @Nested
  @DisplayName("single and truefalse")
  class Single {
    private final AnswerKey single = key("{\"kind\":\"single\",\"options\":[\"Trotsky\",\"Zinoviev\",\"Stalin\",\"Bukharin\"],\"answer\":[2]}");
    private final AnswerKey trueFalse = key("{\"kind\":\"truefalse\",\"answer\":[1]}");

    @Test
    @DisplayName("the right option is fully right, any other is wrong")
    void rightOrWrong() {
      assertEquals(Judgement.RIGHT, single.judge(choice(2)));
      assertEquals(Judgement.WRONG, single.judge(choice(0)));
      assertEquals(Judgement.WRONG, single.judge(choice(3)));
    }

    @Test
    @DisplayName("truefalse has the options True and False, answered by index")
    void trueFalse() {
      assertEquals(List.of("True", "False"), trueFalse.question().options());
      assertEquals(Judgement.RIGHT, trueFalse.judge(choice(1)));
      assertEquals(Judgement.WRONG, trueFalse.judge(choice(0)));
    }
  }

  @Nested
  @DisplayName("multiple: right options ticked less wrong ones ticked, over the right options (changed in version 2)")
  class Multiple {
    // Right: options 0 and 3. max(0, right ticked - wrong ticked) / 2.
    private final AnswerKey multiple = key("{\"kind\":\"multiple\",\"options\":[\"Trotsky\",\"Rykov\",\"Tomsky\",\"Zinoviev\"],\"answer\":[0,3]}");

    @Test
    @DisplayName("exactly the right options is fully right, in any order")
    void exactlyRight() {
      assertEquals(Judgement.RIGHT, multiple.judge(choice(0, 3)));
      assertEquals(Judgement.RIGHT, multiple.judge(choice(3, 0)));
    }

    @Test
    @DisplayName("a right option missed, or a wrong one ticked beside right ones, is partly right and not correct")
    void partly() {
      assertJudged(0.5, multiple.judge(choice(0)));
      assertJudged(0.5, multiple.judge(choice(3)));
      assertJudged(0.5, multiple.judge(choice(0, 1, 3)));
      assertJudged(0.5, multiple.judge(choice(0, 2, 3)));
    }

    @Test
    @DisplayName("as many wrong options as right ones ticked scores nothing")
    void cancelled() {
      assertJudged(0, multiple.judge(choice(0, 1)));
      assertJudged(0, multiple.judge(choice(0, 1, 2, 3)));
      assertJudged(0, multiple.judge(choice(1, 2, 3)));
    }

    @Test
    @DisplayName("ticking only wrong options scores nothing (version 1 gave one wrong option of four 25%)")
    void onlyWrong() {
      assertJudged(0, multiple.judge(choice(1, 2)));
      assertJudged(0, multiple.judge(choice(1)));
      assertJudged(0, multiple.judge(choice(2)));
    }
  }

  @Nested
  @DisplayName("numeric: right within the tolerance")
  class Numeric {
    @Test
    @DisplayName("tolerance 0 takes the exact value only")
    void exact() {
      AnswerKey k = key("{\"kind\":\"numeric\",\"answer\":{\"value\":1934,\"tolerance\":0}}");
      assertEquals(Judgement.RIGHT, k.judge(Answer.ofValue(1934)));
      assertEquals(Judgement.WRONG, k.judge(Answer.ofValue(1935)));
      assertEquals(Judgement.WRONG, k.judge(Answer.ofValue(1933.9)));
    }

    @Test
    @DisplayName("a tolerance takes values up to that far on either side, edges included")
    void withinTolerance() {
      AnswerKey k = key("{\"kind\":\"numeric\",\"answer\":{\"value\":1934,\"tolerance\":2}}");
      assertEquals(Judgement.RIGHT, k.judge(Answer.ofValue(1932)));
      assertEquals(Judgement.RIGHT, k.judge(Answer.ofValue(1935.5)));
      assertEquals(Judgement.RIGHT, k.judge(Answer.ofValue(1936)));
      assertEquals(Judgement.WRONG, k.judge(Answer.ofValue(1936.01)));
      assertEquals(Judgement.WRONG, k.judge(Answer.ofValue(1931)));
    }

    @Test
    @DisplayName("fractional values and tolerances work")
    void fractional() {
      AnswerKey k = key("{\"kind\":\"numeric\",\"answer\":{\"value\":0.3,\"tolerance\":0.1}}");
      assertEquals(Judgement.RIGHT, k.judge(Answer.ofValue(0.2)));
      assertEquals(Judgement.RIGHT, k.judge(Answer.ofValue(0.4)));
      assertEquals(Judgement.WRONG, k.judge(Answer.ofValue(0.45)));
    }
  }

  @Nested
  @DisplayName("order: the fraction of items in their right place")
  class Order {
    private final AnswerKey order = orderKey("c", "a", "d", "b");

    @Test
    @DisplayName("every item in place is fully right")
    void allInPlace() {
      assertEquals(Judgement.RIGHT, order.judge(order("c", "a", "d", "b")));
    }

    @Test
    @DisplayName("two of four in place is half right, one of four a quarter, and not correct")
    void partly() {
      assertJudged(0.5, order.judge(order("a", "c", "d", "b")));
      assertJudged(0.25, order.judge(order("a", "d", "c", "b")));
    }

    @Test
    @DisplayName("no item in place scores nothing")
    void noneInPlace() {
      assertJudged(0, order.judge(order("b", "d", "a", "c")));
    }
  }

  @Nested
  @DisplayName("text: compared ignoring case, accents and spacing")
  class Text {
    private final AnswerKey text = key("{\"kind\":\"text\",\"accept\":[\"Kirov\",\"Sergei Kirov\"]}");

    @Test
    @DisplayName("\"  sérgei KIROV \" matches \"Sergei Kirov\"")
    void caseAccentsSpacing() {
      assertEquals(Judgement.RIGHT, text.judge(Answer.ofText("  sérgei KIROV ")));
    }

    @Test
    @DisplayName("any accepted answer matches, with extra spaces, tabs or accents")
    void anyAccepted() {
      assertEquals(Judgement.RIGHT, text.judge(Answer.ofText("kirov")));
      assertEquals(Judgement.RIGHT, text.judge(Answer.ofText("KÍROV")));
      assertEquals(Judgement.RIGHT, text.judge(Answer.ofText("Sergei   Kirov")));
      assertEquals(Judgement.RIGHT, text.judge(Answer.ofText("sergei\tkirov\n")));
    }

    @Test
    @DisplayName("anything else is wrong")
    void otherWrong() {
      assertEquals(Judgement.WRONG, text.judge(Answer.ofText("Zinoviev")));
      assertEquals(Judgement.WRONG, text.judge(Answer.ofText("Kirova")));
      assertEquals(Judgement.WRONG, text.judge(Answer.ofText("Sergei")));
    }

    @Test
    @DisplayName("an accepted answer written with accents matches the plain spelling")
    void acceptedWithAccents() {
      AnswerKey k = key("{\"kind\":\"text\",\"accept\":[\"Lev Kámenev\"]}");
      assertEquals(Judgement.RIGHT, k.judge(Answer.ofText("lev kamenev")));
    }
  }

  @Nested
  @DisplayName("poll")
  class Poll {
    private final AnswerKey poll = key("{\"kind\":\"poll\",\"options\":[\"Trotsky\",\"Stalin\",\"Bukharin\"]}");

    @Test
    @DisplayName("no answer to a poll is right or wrong, and a poll does not score")
    void neitherRightNorWrong() {
      Judgement j = poll.judge(choice(1));
      assertFalse(j.correct());
      assertEquals(0, Scoring.points(j, 0, 20_000, 3));
      assertFalse(poll.scores());
      assertTrue(key("{\"kind\":\"single\",\"options\":[\"a\",\"b\"],\"answer\":[0]}").scores());
    }
  }

  @Nested
  @DisplayName("fits: an answer of the wrong shape is refused, not judged")
  class Fits {
    private final AnswerKey single = key("{\"kind\":\"single\",\"options\":[\"a\",\"b\",\"c\",\"d\"],\"answer\":[2]}");
    private final AnswerKey multiple = key("{\"kind\":\"multiple\",\"options\":[\"a\",\"b\",\"c\",\"d\"],\"answer\":[0,3]}");
    private final AnswerKey trueFalse = key("{\"kind\":\"truefalse\",\"answer\":[0]}");
    private final AnswerKey numeric = key("{\"kind\":\"numeric\",\"answer\":{\"value\":1934,\"tolerance\":0}}");
    private final AnswerKey text = key("{\"kind\":\"text\",\"accept\":[\"Kirov\"]}");
    private final AnswerKey poll = key("{\"kind\":\"poll\",\"options\":[\"a\",\"b\"]}");
    private final AnswerKey order = orderKey("c", "a", "b");

    @Test
    @DisplayName("well-formed answers fit")
    void wellFormed() {
      assertTrue(single.fits(choice(3)));
      assertTrue(multiple.fits(choice(1, 2)));
      assertTrue(trueFalse.fits(choice(1)));
      assertTrue(numeric.fits(Answer.ofValue(12.5)));
      assertTrue(text.fits(Answer.ofText("anything")));
      assertTrue(poll.fits(choice(0)));
      assertTrue(order.fits(order("a", "b", "c")));
    }

    @Test
    @DisplayName("single, truefalse and poll take exactly one option index in range")
    void oneIndexInRange() {
      assertFalse(single.fits(choice()));
      assertFalse(single.fits(choice(0, 1)));
      assertFalse(single.fits(choice(4)));
      assertFalse(single.fits(choice(-1)));
      assertFalse(trueFalse.fits(choice(2)));
      assertFalse(poll.fits(choice(2)));
    }

    @Test
    @DisplayName("multiple takes one or more distinct option indexes in range")
    void distinctIndexes() {
      assertFalse(multiple.fits(choice()));
      assertFalse(multiple.fits(choice(0, 0)));
      assertFalse(multiple.fits(choice(0, 4)));
    }

    @Test
    @DisplayName("numeric takes a finite number")
    void finiteNumber() {
      assertFalse(numeric.fits(Answer.ofValue(Double.NaN)));
      assertFalse(numeric.fits(Answer.ofValue(Double.POSITIVE_INFINITY)));
    }

    @Test
    @DisplayName("order takes every item id exactly once")
    void permutation() {
      assertFalse(order.fits(order("a", "b")));
      assertFalse(order.fits(order("a", "b", "c", "d")));
      assertFalse(order.fits(order("a", "a", "b")));
      assertFalse(order.fits(order("a", "b", "x")));
    }

    @Test
    @DisplayName("text takes a non-blank string")
    void nonBlankText() {
      assertFalse(text.fits(Answer.ofText("   ")));
      assertFalse(text.fits(Answer.ofText("")));
    }

    @Test
    @DisplayName("an answer in another kind's field does not fit")
    void wrongField() {
      assertFalse(single.fits(Answer.ofValue(2)));
      assertFalse(numeric.fits(choice(1)));
      assertFalse(order.fits(Answer.ofText("c a b")));
      assertFalse(text.fits(choice(0)));
    }
  }

  private static void assertJudged(double fraction, Judgement j) {
    assertEquals(fraction, j.fraction(), 1e-9, "fraction");
    assertFalse(j.correct(), "a partly right answer is not correct");
  }
}
