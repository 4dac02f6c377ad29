package recall.store;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import recall.quiz.Quiz;
import recall.quiz.QuizFolder;
import recall.quiz.QuizValidator;
import recall.support.TestServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("The shipped notes are a shared notes document that the bank's citations stand on")
class NotesLibraryTest {
  private static final NotesLibrary LIBRARY = new NotesLibrary(NotesLibrary.readShared(TestServer.QUESTIONS), null);

  @Test
  @DisplayName("the shared notes are found by id and by the version 1 file name, and are the same document")
  void idAndFileName() {
    NotesLibrary.Found byId = LIBRARY.shared("ussr-1924-1941");
    assertNotNull(byId);
    assertEquals("ussr-1924-1941", LIBRARY.shared("ussr-1924-1941.txt").id());
    assertEquals(byId.doc(), LIBRARY.shared("ussr-1924-1941.txt").doc());
    assertNull(LIBRARY.shared("ussr-1924-1941.pdf.txt"));
    assertNull(LIBRARY.shared("n-abc"));
  }

  @Test
  @DisplayName("every quote of the bank (and of the browser tests' quiz) stands on its line of the shared document")
  void bankQuotesStandOnTheSharedLines() throws Exception {
    for (Quiz quiz : QuizFolder.loadBlocking(TestServer.QUESTIONS).quizzes()) {
      List<String> lines = LIBRARY.shared(quiz.notes()).doc().lines();
      assertEquals(List.of(), QuizValidator.validate(quiz.toJson(), lines, true), quiz.id());
    }
    Path e2e = Path.of("..", "webclient", "src", "test", "resources", "e2e-quiz.json");
    JsonObject doc = new JsonObject(Files.readString(e2e));
    assertEquals(List.of(), QuizValidator.validate(doc, LIBRARY.shared(doc.getString("notes")).doc().lines()));
  }
}
