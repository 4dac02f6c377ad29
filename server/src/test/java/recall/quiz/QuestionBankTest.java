package recall.quiz;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real question bank in the repo's {@code questions/} folder (tests run in {@code server/}). */
class QuestionBankTest {

  static final Path BANK = Path.of("..", "questions");
  static QuizFolder.Loaded loaded;

  @BeforeAll
  static void load() {
    loaded = QuizFolder.loadBlocking(BANK);
  }

  @Test
  @DisplayName("every file of the bank loads: none is refused")
  void noRefusedFiles() {
    assertEquals(List.of(), loaded.refused().stream().map(Problem::toString).toList());
  }

  @Test
  @DisplayName("every quiz's notes file is in questions/notes, so every quote was checked on its line")
  void notesPresent() {
    List<String> missing = loaded.quizzes().stream()
        .filter(q -> q.notes() == null || !loaded.notes().containsKey(q.notes()))
        .map(Quiz::id).toList();
    assertEquals(List.of(), missing);
  }

  @Test
  @DisplayName("the bank passes the bank checks: unique ids, counts by kind, answer positions spread")
  void bankCheckPasses() {
    assertEquals(List.of(), BankCheck.check(loaded.quizzes()));
  }

  @Test
  @DisplayName("every question of the bank has an explanation")
  void explanations() {
    List<String> without = loaded.quizzes().stream().flatMap(q -> q.questions().stream())
        .filter(q -> q.explanation() == null || q.explanation().isBlank()).map(Question::id).toList();
    assertTrue(without.isEmpty(), "questions without an explanation: " + without);
  }
}
