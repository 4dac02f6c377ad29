package recall.quiz;

import recall.check.Checker;
import recall.check.Coverage;
import recall.check.Finding;
import recall.check.Notes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything {@code scripts/check-questions} finds in a folder of quizzes: what was refused, the
 * item-writing warnings, the notes' coverage and how often a single key is the longest option. The
 * bank's quotas and thresholds ({@link #bankProblems}) apply only when asked for, so that a
 * teacher's own folder is not held to them.
 */
public final class FolderReport {

  /** The bank must ask about at least this share of the notes' content lines (issue 12)... */
  public static final double MIN_COVERAGE = 0.80;
  /** ...and at most this share of its single questions may have the longest option as key. */
  public static final double MAX_LONGEST = 0.30;

  public final QuizFolder.Loaded loaded;
  /** Notes file name to its lines as the checks see them, for the notes that were found. */
  public final Map<String, Notes> notes = new LinkedHashMap<>();
  public final Checker.Result checks;
  /** Coverage of each notes file by the quizzes that cite it. */
  public final Map<String, Coverage> coverage = new LinkedHashMap<>();
  public final Coverage.KeyLengths keyLengths;

  private FolderReport(QuizFolder.Loaded loaded) {
    this.loaded = loaded;
    loaded.notes().forEach((name, lines) -> notes.put(name, new Notes(lines)));
    checks = Checker.runFolder(loaded.quizzes(), this::notesOf);
    notes.forEach((name, n) -> coverage.put(name, Coverage.of(n, loaded.quizzes(), this::notesOf)));
    keyLengths = Coverage.KeyLengths.of(loaded.quizzes());
  }

  /** Loads and checks a folder on the calling thread. */
  public static FolderReport of(Path dir) {
    return new FolderReport(QuizFolder.loadBlocking(dir));
  }

  private Notes notesOf(Quiz quiz) {
    return quiz.notes() == null ? null : notes.get(quiz.notes());
  }

  /** Files refused, and quizzes whose notes are missing (their quotes went unchecked). */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    loaded.refused().forEach(p -> problems.add("refused " + p));
    for (Quiz quiz : loaded.quizzes()) {
      if (quiz.notes() != null && !notes.containsKey(quiz.notes())) {
        problems.add(quiz.id() + ": notes/" + quiz.notes() + " not found, so its quotes were not checked");
      }
    }
    return problems;
  }

  /** The bank's own checks: {@link BankCheck}, coverage, longest-key share, and no unaccepted warning. */
  public List<String> bankProblems() {
    List<String> problems = new ArrayList<>(BankCheck.check(loaded.quizzes()));
    coverage.forEach((name, c) -> {
      if (c.share() < MIN_COVERAGE) {
        problems.add(String.format(Locale.ROOT, "notes/%s: %s, needs at least %.0f%%", name, c, MIN_COVERAGE * 100));
      }
    });
    if (keyLengths.share() > MAX_LONGEST) {
      problems.add(String.format(Locale.ROOT, "%s, should be at most %.0f%%", keyLengths, MAX_LONGEST * 100));
    }
    if (!checks.warnings().isEmpty()) {
      problems.add(checks.warnings().size() + " item-writing warnings not accepted with a reason (" + perRule(checks.warnings()) + ")");
    }
    return problems;
  }

  /** The quiz a question id belongs to, for printing. */
  public String quizOf(Finding f) {
    for (Quiz quiz : loaded.quizzes()) {
      if (quiz.question(f.question()) != null) return quiz.id();
    }
    return "?";
  }

  /** {@code leaning-stem 4, longest-option 12}, rules by name. */
  public static String perRule(List<Finding> findings) {
    Map<String, Integer> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((rule, n) -> parts.add(rule + " " + n));
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }
}
