package recall.check;

import recall.quiz.Question;

import java.util.List;

/**
 * One item-writing rule, in the manner of a Checkstyle check: an id that acceptances name, a
 * one-line description, and a check that returns a message for every flaw it finds in a question.
 * A rule is pure: no I/O, no state between calls.
 */
public interface Rule {

  /** The id that findings and acceptances carry ({@code longest-option}). */
  String id();

  /** What the rule catches, in one line. */
  String description();

  /** A message for every flaw of this question (usually none or one). */
  List<String> check(Question question, CheckContext context);

  /** Whether, over a folder of quizzes, the rule sees every quiz's questions (duplicates), not only its own quiz's. */
  default boolean acrossQuizzes() {
    return false;
  }
}
