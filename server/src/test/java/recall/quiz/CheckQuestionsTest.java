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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckQuestionsTest {

  @TempDir
  Path dir;

  private String out;

  private int run(boolean bank, boolean strict) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = CheckQuestions.run(dir, bank, strict, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    out = bytes.toString(StandardCharsets.UTF_8);
    return status;
  }

  private void folder(boolean broken) throws IOException {
    Files.createDirectories(dir.resolve("notes"));
    Files.write(dir.resolve("notes/ussr.txt"), QuizValidatorTest.NOTES);
    Files.writeString(dir.resolve("good.json"), QuizValidatorTest.validDoc().encodePrettily());
    if (broken) Files.writeString(dir.resolve("broken.json"), "{");
  }

  @Test
  @DisplayName("with --bank the check prints refused files and bank problems, a table by kind, and exits 1")
  void reportsProblems() throws IOException {
    folder(true);
    assertEquals(1, run(true, false));
    assertTrue(out.contains("refused broken.json: "), out);
    assertTrue(out.contains("the bank has 1 quizzes, needs at least 10"), out);
    assertTrue(out.matches("(?s).*power-struggle\\s+8\\s+1\\s+1\\s+2\\s+1\\s+1\\s+1\\s+1.*"), out);
    assertTrue(out.contains("refused: broken.json"), out);
  }

  @Test
  @DisplayName("a teacher's folder is not held to the bank's quotas: warnings and figures are printed, and it passes")
  void teacherFolder() throws IOException {
    folder(false);
    assertEquals(0, run(false, false));
    assertFalse(out.contains("the bank has"), out);
    assertTrue(out.contains("warning power-struggle: ps-06 [leaning-stem]"), out);
    assertTrue(out.contains("coverage of notes/ussr.txt: 3 of 3 content lines cited (100%)"), out);
    assertTrue(out.contains("longest key: 0 of 1 single questions"), out);
    assertTrue(out.contains("warnings: "), out);
  }

  @Test
  @DisplayName("--strict fails a folder on any warning not accepted with a reason")
  void strict() throws IOException {
    folder(false);
    assertEquals(1, run(false, true));
    assertTrue(out.contains("item-writing warnings not accepted with a reason"), out);
  }

  @Test
  @DisplayName("with --bank, coverage, longest-key share and unaccepted warnings are part of the verdict")
  void bankThresholds() throws IOException {
    folder(false);
    assertEquals(1, run(true, false));
    assertTrue(out.contains("item-writing warnings not accepted with a reason"), out);
  }
}
