package recall.check;

import recall.quiz.AcceptedWarning;
import recall.quiz.Question;
import recall.quiz.Quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs every item-writing rule on a quiz. Warnings never block saving; a question may accept a
 * rule's warnings with a reason ({@code acceptedWarnings}), and those are kept apart so that they no
 * longer count.
 */
public final class Checker {

  /**
   * What the rules found.
   *
   * @param warnings the findings that count: not accepted by their question
   * @param accepted the findings their question accepts, with a reason
   */
  public record Result(List<Finding> warnings, List<Finding> accepted) {

    public Result {
      warnings = List.copyOf(warnings);
      accepted = List.copyOf(accepted);
    }
  }

  private Checker() {
  }

  /** The warnings that count for a quiz; {@code notesLines} (line 1 first) may be null. */
  public static List<Finding> check(Quiz quiz, List<String> notesLines) {
    return run(quiz.questions(), Notes.of(notesLines)).warnings();
  }

  /**
   * Every finding on these questions, split into counted and accepted.
   *
   * @param questions the questions to check, which are also what duplicates are looked for in
   * @param notes the notes the questions cite, or null
   */
  public static Result run(List<Question> questions, Notes notes) {
    CheckContext context = new CheckContext(questions, notes);
    List<Finding> warnings = new ArrayList<>();
    List<Finding> accepted = new ArrayList<>();
    for (Question q : questions) {
      for (Rule rule : Rules.all()) apply(rule, q, context, warnings, accepted);
    }
    return new Result(warnings, accepted);
  }

  /**
   * Every finding over a folder of quizzes: each quiz checked against its own notes, and duplicates
   * looked for across the whole folder ("facts asked twice in the bank").
   *
   * @param notesOf the notes of a quiz, or null
   */
  public static Result runFolder(List<Quiz> quizzes, Function<Quiz, Notes> notesOf) {
    List<Question> everything = quizzes.stream().flatMap(quiz -> quiz.questions().stream()).toList();
    List<Finding> warnings = new ArrayList<>();
    List<Finding> accepted = new ArrayList<>();
    for (Quiz quiz : quizzes) {
      Notes notes = notesOf.apply(quiz);
      CheckContext own = new CheckContext(quiz.questions(), notes);
      CheckContext folder = new CheckContext(everything, notes);
      for (Question q : quiz.questions()) {
        for (Rule rule : Rules.all()) apply(rule, q, rule.acrossQuizzes() ? folder : own, warnings, accepted);
      }
    }
    return new Result(warnings, accepted);
  }

  private static void apply(Rule rule, Question q, CheckContext context, List<Finding> warnings, List<Finding> accepted) {
    boolean isAccepted = q.acceptedWarnings().stream().map(AcceptedWarning::rule).anyMatch(rule.id()::equals);
    for (String message : rule.check(q, context)) {
      (isAccepted ? accepted : warnings).add(new Finding(q.id(), rule.id(), message));
    }
  }
}
