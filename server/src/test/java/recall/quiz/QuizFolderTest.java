package recall.quiz;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
class QuizFolderTest {

  @TempDir
  Path dir;

  /** A folder with the valid test document as good.json and its notes. */
  private void goodFolder() throws IOException {
    Files.createDirectories(dir.resolve("notes"));
    Files.write(dir.resolve("notes/ussr.txt"), QuizValidatorTest.NOTES);
    Files.writeString(dir.resolve("good.json"), QuizValidatorTest.validDoc().encodePrettily());
  }

  private void write(String name, JsonObject doc) throws IOException {
    Files.writeString(dir.resolve(name), doc.encodePrettily());
  }

  @Test
  @DisplayName("valid documents load with the notes they name")
  void loadsValid() throws IOException {
    goodFolder();
    QuizFolder.Loaded loaded = QuizFolder.loadBlocking(dir);
    assertEquals(List.of(), loaded.refused());
    assertEquals(List.of("power-struggle"), loaded.quizzes().stream().map(Quiz::id).toList());
    assertEquals(QuizValidatorTest.NOTES, loaded.notes().get("ussr.txt"));
  }

  @Test
  @DisplayName("a file that is not JSON is refused with its name and line; the others still load")
  void badJson() throws IOException {
    goodFolder();
    Files.writeString(dir.resolve("broken.json"), "{\n  \"id\": \"x\",\n  oops\n}");
    QuizFolder.Loaded loaded = QuizFolder.loadBlocking(dir);
    assertEquals(1, loaded.quizzes().size());
    assertEquals(1, loaded.refused().size());
    Problem p = loaded.refused().get(0);
    assertEquals("broken.json", p.file());
    assertEquals(3, p.line());
    assertTrue(p.message().startsWith("not valid JSON"), p.message());
  }

  @Test
  @DisplayName("an invalid document is refused with each problem naming file, question and field")
  void invalidDocument() throws IOException {
    goodFolder();
    JsonObject doc = QuizValidatorTest.validDoc().put("id", "other");
    QuizValidatorTest.question(doc, 2).put("source", new JsonObject().put("line", 1).put("quote", "Kirov was murdered"));
    QuizValidatorTest.question(doc, 0).put("answer", new io.vertx.core.json.JsonArray().add(9));
    write("other.json", doc);
    QuizFolder.Loaded loaded = QuizFolder.loadBlocking(dir);
    assertEquals(List.of("power-struggle"), loaded.quizzes().stream().map(Quiz::id).toList());
    assertEquals(List.of("other.json: ps-01 answer[0]: index 9 is not an option (0 to 3)",
        "other.json: ps-03 source.quote: not found on line 1"), loaded.refused().stream().map(Problem::toString).toList());
    assertEquals(List.of("other.json"), loaded.refusedFiles());
  }

  @Test
  @DisplayName("a second file with a quiz id already loaded is refused")
  void duplicateQuizId() throws IOException {
    goodFolder();
    write("power-struggle-copy.json", QuizValidatorTest.validDoc());
    QuizFolder.Loaded loaded = QuizFolder.loadBlocking(dir);
    assertEquals(1, loaded.quizzes().size());
    assertEquals("power-struggle-copy.json", loaded.refused().get(0).file());
    assertEquals("id", loaded.refused().get(0).field());
  }

  @Test
  @DisplayName("a missing folder gives no quizzes and one problem")
  void missingFolder() {
    QuizFolder.Loaded loaded = QuizFolder.loadBlocking(dir.resolve("nowhere"));
    assertEquals(List.of(), loaded.quizzes());
    assertEquals(1, loaded.refused().size());
    assertTrue(loaded.refused().get(0).message().contains("not found"));
  }

  @Test
  @DisplayName("a document whose notes file is missing loads with its quotes unchecked")
  void missingNotes() throws IOException {
    write("good.json", QuizValidatorTest.validDoc());
    QuizFolder.Loaded loaded = QuizFolder.loadBlocking(dir);
    assertEquals(1, loaded.quizzes().size());
    assertFalse(loaded.notes().containsKey("ussr.txt"));
  }

  @Test
  @DisplayName("a notes name that points outside notes/ is refused")
  void notesOutsideFolder() throws IOException {
    write("sneaky.json", QuizValidatorTest.validDoc().put("notes", "../../etc/passwd"));
    QuizFolder.Loaded loaded = QuizFolder.loadBlocking(dir);
    assertEquals(List.of(), loaded.quizzes());
    assertEquals("notes", loaded.refused().get(0).field());
  }

  @Test
  @DisplayName("files other than *.json directly in the folder are ignored")
  void onlyJsonFiles() throws IOException {
    goodFolder();
    Files.writeString(dir.resolve("README.md"), "# not a quiz");
    Files.createDirectories(dir.resolve("drafts"));
    Files.writeString(dir.resolve("drafts/draft.json"), "{ not even json");
    QuizFolder.Loaded loaded = QuizFolder.loadBlocking(dir);
    assertEquals(1, loaded.quizzes().size());
    assertEquals(List.of(), loaded.refused());
  }

  @Test
  @DisplayName("sourceLine gives the whole notes line, or the quote when the notes are missing")
  void sourceLine() throws IOException {
    goodFolder();
    QuizFolder.Loaded loaded = QuizFolder.loadBlocking(dir);
    Quiz quiz = loaded.quizzes().get(0);
    assertEquals("* Kirov was murdered in December 1934.", QuizFolder.sourceLine(loaded, quiz, quiz.question("ps-03")));
    QuizFolder.Loaded withoutNotes = new QuizFolder.Loaded(loaded.quizzes(), List.of(), java.util.Map.of());
    assertEquals("Kirov was murdered", QuizFolder.sourceLine(withoutNotes, quiz, quiz.question("ps-03")));
  }

  @Test
  @DisplayName("load, called from an event loop, gives the folder's quizzes back on it")
  void loadsFromAnEventLoop(Vertx vertx, VertxTestContext ctx) throws IOException {
    goodFolder();
    vertx.runOnContext(v -> QuizFolder.load(vertx, dir).onComplete(ctx.succeeding(loaded -> ctx.verify(() -> {
      assertTrue(Context.isOnEventLoopThread());
      assertEquals(1, loaded.quizzes().size());
      ctx.completeNow();
    }))));
  }
}
