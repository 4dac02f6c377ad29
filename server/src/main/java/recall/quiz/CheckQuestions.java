package recall.quiz;

import recall.check.Finding;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code scripts/check-questions [--bank] [--strict] [folder]}: checks a folder of quiz documents as
 * the server loads it, runs the item-writing checks on every question, reports the notes' coverage
 * and the share of single keys that are the longest option, and prints a table of the quizzes.
 * Exit status 1 when a file is refused; with {@code --strict} also on any warning not accepted;
 * with {@code --bank} also when the bank's own quotas and thresholds fail ({@link FolderReport#bankProblems}).
 */
public final class CheckQuestions {

  static final String USAGE = "usage: check-questions [--bank] [--strict] [folder]   (folder: questions/ by default)";

  private CheckQuestions() {
  }

  public static void main(String[] args) {
    boolean bank = false;
    boolean strict = false;
    Path dir = null;
    for (String arg : args) {
      switch (arg) {
        case "--bank" -> bank = true;
        case "--strict" -> strict = true;
        case "-h", "--help" -> {
          System.out.println(USAGE);
          System.exit(0);
        }
        default -> {
          if (arg.startsWith("--") || dir != null) {
            System.err.println(USAGE);
            System.exit(2);
          }
          dir = Path.of(arg);
        }
      }
    }
    System.exit(run(dir == null ? Path.of("questions") : dir, bank, strict, System.out));
  }

  /** Checks the folder, prints the report, and returns the exit status. */
  static int run(Path dir, boolean bank, boolean strict, PrintStream out) {
    FolderReport report = FolderReport.of(dir);
    List<String> problems = new ArrayList<>(report.problems());
    if (bank) problems.addAll(report.bankProblems());
    if (strict && !bank && !report.checks.warnings().isEmpty()) {
      problems.add(report.checks.warnings().size() + " item-writing warnings not accepted with a reason");
    }
    for (Finding f : report.checks.warnings()) out.println("warning " + report.quizOf(f) + ": " + f);
    if (!report.checks.warnings().isEmpty()) out.println();
    problems.forEach(out::println);
    if (!problems.isEmpty()) out.println();
    table(report.loaded.quizzes(), out);
    out.println();
    summary(report, out);
    out.println();
    if (problems.isEmpty()) {
      out.println("OK: " + report.loaded.quizzes().size() + " quizzes in " + dir + (bank ? ", bank checks passed" : ""));
      return 0;
    }
    out.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + dir
        + (report.loaded.refusedFiles().isEmpty() ? "" : "; refused: " + String.join(", ", report.loaded.refusedFiles())));
    return 1;
  }

  private static void summary(FolderReport report, PrintStream out) {
    report.coverage.forEach((name, c) -> out.println("coverage of notes/" + name + ": " + c));
    out.println("longest key: " + report.keyLengths);
    out.println("warnings: " + report.checks.warnings().size() + " (" + FolderReport.perRule(report.checks.warnings()) + ")");
    out.println("accepted with a reason: " + report.checks.accepted().size() + " (" + FolderReport.perRule(report.checks.accepted()) + ")");
  }

  private static void table(List<Quiz> quizzes, PrintStream out) {
    int width = Math.max("total".length(), quizzes.stream().mapToInt(q -> q.id().length()).max().orElse(0));
    StringBuilder head = new StringBuilder(pad("quiz", width)).append(String.format(" %9s", "questions"));
    for (Kind kind : Kind.values()) head.append(String.format(" %9s", kind.wire()));
    out.println(head.append("  title"));
    for (Quiz quiz : quizzes) {
      out.println(row(quiz.id(), width, List.of(quiz)) + "  " + quiz.title());
    }
    out.println(row("total", width, quizzes));
  }

  private static String row(String name, int width, List<Quiz> quizzes) {
    Map<Kind, Integer> counts = BankCheck.countByKind(quizzes);
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder line = new StringBuilder(pad(name, width)).append(String.format(Locale.ROOT, " %9d", total));
    for (Kind kind : Kind.values()) line.append(String.format(Locale.ROOT, " %9d", counts.get(kind)));
    return line.toString();
  }

  private static String pad(String s, int width) {
    return String.format("%-" + width + "s", s);
  }
}
