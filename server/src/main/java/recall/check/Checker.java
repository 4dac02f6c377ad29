package recall.check;

import recall.quiz.AcceptedWarning;
import recall.quiz.Question;
import recall.quiz.Quiz;

import java.util.ArrayList;
import java.util.List;

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
      for (Rule rule : Rules.all()) {
        boolean isAccepted = q.acceptedWarnings().stream().map(AcceptedWarning::rule).anyMatch(rule.id()::equals);
        for (String message : rule.check(q, context)) {
          (isAccepted ? accepted : warnings).add(new Finding(q.id(), rule.id(), message));
        }
      }
    }
    return new Result(warnings, accepted);
  }
}
