package recall.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import recall.quiz.Question;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static recall.check.Items.cite;
import static recall.check.Items.numeric;
import static recall.check.Items.order;
import static recall.check.Items.single;
import static recall.check.Items.text;

class DuplicateQuestionTest {
  private final Rule rule = new DuplicateQuestion();

  private List<String> later(Question first, Question second) {
    return rule.check(second, new CheckContext(List.of(first, second), null));
  }

  @Test
  @DisplayName("the same stem in other words' case and punctuation, or nearly the same words, is flagged on the later question")
  void sameStem() {
    Question a = cite(single("Who was the chief mourner at Lenin's funeral?", 0, "Stalin", "Trotsky"), "a", 5, "");
    Question b = cite(single("who was chief mourner at Lenin's funeral", 1, "Trotsky", "Stalin"), "b", 6, "");
    List<String> found = later(a, b);
    assertEquals(1, found.size());
    assertTrue(found.get(0).contains("a"), found.get(0));
    assertEquals(List.of(), rule.check(a, new CheckContext(List.of(a, b), null)));
  }

  @Test
  @DisplayName("the same line and the same answer across kinds is flagged: the same fact asked twice")
  void sameFact() {
    assertEquals(1, later(numeric("n", "In which year was Kirov murdered?", 1934, 12),
        cite(single("When did Nikolaev kill Kirov?", 1, "1933", "1934", "1935"), "s", 12, "")).size());
    assertEquals(1, later(text("t", "Who wrote One Day in the Life of Ivan Denisovich?", 3, "Solzhenitsyn"),
        cite(single("Which writer described Gulag labour?", 0, "Solzhenitsyn", "Gorky"), "s", 3, "")).size());
  }

  @Test
  @DisplayName("a same-worded order stem over other events, or another question on the same line, passes")
  void different() {
    assertEquals(List.of(), later(cite(order("Put these events in order", "a", "b", "c"), "o1", 1, ""), cite(order("Put these events in order", "c", "d", "e"), "o2", 2, "")));
    assertEquals(1, later(cite(order("Put these events in order", "a", "b", "c"), "o1", 1, ""), cite(order("Put these events in order", "c", "b", "a"), "o2", 2, "")).size());
    assertEquals(List.of(), later(numeric("n", "In which year was Kirov murdered?", 1934, 12),
        text("t", "Who murdered Kirov in 1934?", 12, "Nikolaev")));
    assertEquals(List.of(), later(Items.trueFalse("Lenin died in 1924.", true), cite(Items.trueFalse("Lenin died in 1926.", false), "x", 1, "")));
  }
}
