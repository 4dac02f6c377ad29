package recall.quiz;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import recall.check.Coverage;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bank as an examiner would publish it (issue 12): the notes' content lines asked about, keys
 * not given away by their length, and no item-writing warning that a question has not accepted with
 * a reason. Tagged {@code bank-quality} and left out of the build (server/pom.xml,
 * {@code recall.excludedGroups}) until the rewritten bank lands; run it with
 * {@code mvn -pl server test -Dtest=BankQualityTest -Drecall.excludedGroups=none}.
 */
@Tag("bank-quality")
@DisplayName("The question bank passes the item-writing checks and the coverage thresholds")
class BankQualityTest {

  static FolderReport report;

  @BeforeAll
  static void check() {
    report = FolderReport.of(QuestionBankTest.BANK);
    report.coverage.forEach((name, c) -> System.out.println("coverage of notes/" + name + ": " + c));
    System.out.println("longest key: " + report.keyLengths);
    System.out.println("warnings: " + report.checks.warnings().size() + " (" + FolderReport.perRule(report.checks.warnings()) + ")");
  }

  @Test
  @DisplayName("at least 80% of the notes' content lines are cited by some question")
  void coverage() {
    assertFalse(report.coverage.isEmpty(), "the bank's notes were found");
    report.coverage.forEach((name, c) -> assertTrue(c.share() >= FolderReport.MIN_COVERAGE, name + ": " + c));
  }

  @Test
  @DisplayName("at most 30% of the single questions have the longest option as their key")
  void longestKeys() {
    Coverage.KeyLengths k = report.keyLengths;
    assertTrue(k.share() <= FolderReport.MAX_LONGEST, k.toString());
  }

  @Test
  @DisplayName("every item-writing warning is fixed or accepted with a reason in its question")
  void noUnacceptedWarnings() {
    List<String> open = report.checks.warnings().stream().map(f -> report.quizOf(f) + ": " + f).toList();
    assertEquals(List.of(), open, String.format(Locale.ROOT, "%d warnings", open.size()));
  }

  @Test
  @DisplayName("the bank's own checks pass as check-questions --bank runs them")
  void bankProblems() {
    assertEquals(List.of(), report.bankProblems());
  }
}
