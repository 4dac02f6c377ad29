package recall.quiz;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code scripts/check-questions}: checks a folder of quiz documents as the server loads it, then
 * the bank as a whole ({@link BankCheck}), and prints a table of the quizzes. Exit status 1 on any
 * problem, 0 otherwise, so CI can run it.
 */
public final class CheckQuestions {

  private CheckQuestions() {
  }

  public static void main(String[] args) {
    System.exit(run(Path.of(args.length > 0 ? args[0] : "questions"), System.out));
  }

  /** Checks the folder, prints the report, and returns the exit status. */
  static int run(Path dir, PrintStream out) {
    QuizFolder.Loaded loaded = QuizFolder.loadBlocking(dir);
    List<String> problems = new ArrayList<>();
    loaded.refused().forEach(p -> problems.add("refused " + p));
    for (Quiz quiz : loaded.quizzes()) {
      if (quiz.notes() != null && !loaded.notes().containsKey(quiz.notes())) {
        problems.add(quiz.id() + ": notes/" + quiz.notes() + " not found, so its quotes were not checked");
      }
    }
    problems.addAll(BankCheck.check(loaded.quizzes()));
    problems.forEach(out::println);
    if (!problems.isEmpty()) out.println();
    table(loaded.quizzes(), out);
    out.println();
    if (problems.isEmpty()) {
      out.println("OK: " + loaded.quizzes().size() + " quizzes in " + dir);
      return 0;
    }
    out.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + dir
        + (loaded.refusedFiles().isEmpty() ? "" : "; refused: " + String.join(", ", loaded.refusedFiles())));
    return 1;
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
