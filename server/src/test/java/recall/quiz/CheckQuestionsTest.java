package recall.quiz;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckQuestionsTest {

  @TempDir
  Path dir;

  @Test
  @DisplayName("the check prints refused files and bank problems, a table by kind, and exits 1")
  void reportsProblems() throws IOException {
    Files.createDirectories(dir.resolve("notes"));
    Files.write(dir.resolve("notes/ussr.txt"), QuizValidatorTest.NOTES);
    Files.writeString(dir.resolve("good.json"), QuizValidatorTest.validDoc().encodePrettily());
    Files.writeString(dir.resolve("broken.json"), "{");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = CheckQuestions.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(1, status);
    assertTrue(out.contains("refused broken.json: "), out);
    assertTrue(out.contains("the bank has 1 quizzes, needs at least 10"), out);
    assertTrue(out.matches("(?s).*power-struggle\\s+8\\s+1\\s+1\\s+2\\s+1\\s+1\\s+1\\s+1.*"), out);
    assertTrue(out.contains("refused: broken.json"), out);
  }
}
