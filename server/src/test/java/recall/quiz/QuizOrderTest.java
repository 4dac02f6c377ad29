package recall.quiz;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("The teacher's quiz list follows the notes")
class QuizOrderTest {

  @Test
  @DisplayName("by section, then by the earliest line of the notes a quiz's questions come from, not by name")
  void inNotesOrder() {
    Quiz late = quiz("a-terror", "B: Control", 250, 300);
    Quiz early = quiz("z-collectivisation", "B: Control", 120, 90);
    Quiz noLines = quiz("b-extra", "B: Control", 0);
    Quiz first = quiz("y-power", "A: Power", 400);
    List<String> ids = Stream.of(late, noLines, early, first).sorted(Quiz.IN_NOTES_ORDER).map(Quiz::id).toList();
    assertEquals(List.of("y-power", "z-collectivisation", "a-terror", "b-extra"), ids);
  }

  private static Quiz quiz(String id, String section, int... lines) {
    List<Question> qs = java.util.Arrays.stream(lines).mapToObj(l -> new Question(id + l, Kind.TEXT, "Who?", null, null,
        null, null, null, List.of("Kirov"), null, l, "quote", null)).toList();
    return new Quiz(id, id, section, "notes.txt", qs);
  }
}
