package recall.quiz;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BankCheckTest {

  private static int next;

  static Question question(Kind kind, int rightOption) {
    String id = "q-" + (next++);
    List<String> options = switch (kind) {
      case SINGLE, MULTIPLE, POLL -> List.of("a", "b", "c", "d");
      case TRUEFALSE -> List.of("True", "False");
      default -> List.of();
    };
    List<Integer> answer = kind == Kind.POLL || options.isEmpty() ? List.of() : List.of(rightOption % options.size());
    return new Question(id, kind, "Text?", options, answer, kind == Kind.NUMERIC ? 1934.0 : null, 0.0,
        kind == Kind.ORDER ? List.of("x", "y") : null, kind == Kind.TEXT ? List.of("Kirov") : null, 20, 1, "quote", null);
  }

  /** A bank that passes: ten quizzes of 27 questions (the mix, one more single), right options spread evenly. */
  static List<Quiz> passingBank() {
    List<Quiz> bank = new ArrayList<>();
    for (int quiz = 0; quiz < 10; quiz++) {
      List<Question> qs = new ArrayList<>();
      for (int i = 0; i < 12; i++) qs.add(question(Kind.SINGLE, i));
      for (int i = 0; i < 3; i++) qs.add(question(Kind.MULTIPLE, i));
      for (int i = 0; i < 3; i++) qs.add(question(Kind.TRUEFALSE, i));
      for (int i = 0; i < 3; i++) qs.add(question(Kind.NUMERIC, 0));
      for (int i = 0; i < 2; i++) qs.add(question(Kind.ORDER, 0));
      for (int i = 0; i < 3; i++) qs.add(question(Kind.TEXT, 0));
      qs.add(question(Kind.POLL, 0));
      bank.add(new Quiz("quiz-" + quiz, "Quiz " + quiz, null, null, qs));
    }
    return bank;
  }

  /** The bank with one quiz's questions replaced. */
  static List<Quiz> withQuiz(List<Quiz> bank, int index, List<Question> questions) {
    List<Quiz> copy = new ArrayList<>(bank);
    Quiz q = copy.get(index);
    copy.set(index, new Quiz(q.id(), q.title(), null, null, questions));
    return copy;
  }

  @Test
  @DisplayName("a bank with enough of every kind and an even spread passes")
  void passes() {
    assertEquals(List.of(), BankCheck.check(passingBank()));
  }

  @Test
  @DisplayName("fewer than ten quizzes is a problem")
  void tooFewQuizzes() {
    List<String> problems = BankCheck.counts(passingBank().subList(0, 9));
    assertTrue(problems.contains("the bank has 9 quizzes, needs at least 10"), problems.toString());
  }

  @Test
  @DisplayName("fewer than 250 questions is a problem")
  void tooFewQuestions() {
    List<Quiz> bank = passingBank();
    for (int i = 0; i < 3; i++) {
      List<Question> fewerSingles = new ArrayList<>(bank.get(i).questions().subList(0, 4));
      fewerSingles.addAll(bank.get(i).questions().subList(12, 27));
      bank = withQuiz(bank, i, fewerSingles);
    }
    assertEquals(List.of("the bank has 246 questions, needs at least 250"), BankCheck.counts(bank));
  }

  @Test
  @DisplayName("too few questions of a kind is a problem naming the kind")
  void tooFewOfAKind() {
    List<Quiz> bank = passingBank();
    for (int i = 0; i < 5; i++) {
      List<Question> noPoll = bank.get(i).questions().stream().map(q -> q.kind() == Kind.POLL ? question(Kind.SINGLE, 0) : q).toList();
      bank = withQuiz(bank, i, noPoll);
    }
    assertEquals(List.of("the bank has 5 poll questions, needs at least 6"), BankCheck.counts(bank));
  }

  @Test
  @DisplayName("a repeated quiz id and a question id used in two quizzes are problems")
  void duplicateIds() {
    List<Quiz> bank = passingBank();
    Question shared = bank.get(0).questions().get(0);
    List<Question> qs = new ArrayList<>(bank.get(1).questions());
    qs.set(0, shared);
    bank = withQuiz(bank, 1, qs);
    bank.set(2, bank.get(2).withId("quiz-3"));
    List<String> problems = BankCheck.uniqueIds(bank);
    assertEquals(List.of("quiz id 'quiz-3' is used by 2 quizzes",
        "question id '" + shared.id() + "' is used 2 times, in quiz-0, quiz-1"), problems);
  }

  @Test
  @DisplayName("right options bunched on one letter fail the A-D spread, naming the letters")
  void unevenSpread() {
    List<Question> qs = new ArrayList<>();
    for (int right : new int[] {0, 1, 1, 1, 1, 1, 2, 2, 3, 3}) qs.add(question(Kind.SINGLE, right));
    List<Quiz> bank = List.of(new Quiz("bunched", "B", null, null, qs));
    assertArrayEquals(new int[] {1, 5, 2, 2}, BankCheck.answerPositions(bank));
    List<String> problems = BankCheck.spread(bank);
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("is A in 10% of them (1 of 10)"), problems.toString());
    assertTrue(problems.get(1).contains("is B in 50% of them (5 of 10)"), problems.toString());
  }

  @Test
  @DisplayName("the spread counts only four-option single questions")
  void spreadIgnoresOthers() {
    List<Question> qs = new ArrayList<>();
    for (int i = 0; i < 4; i++) qs.add(question(Kind.SINGLE, i));
    for (int i = 0; i < 8; i++) qs.add(question(Kind.MULTIPLE, 0));
    qs.add(new Question("three", Kind.SINGLE, "T?", List.of("a", "b", "c"), List.of(0), null, null, null, null, null, 1, "q", null));
    assertEquals(List.of(), BankCheck.spread(List.of(new Quiz("mixed", "M", null, null, qs))));
  }
}
