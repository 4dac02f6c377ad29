package recall.room;

import recall.classes.SchoolClass;
import recall.quiz.Question;

import java.util.List;
import java.util.function.Function;

/**
 * What a room will ask: the quiz's questions chosen (and maybe shuffled) by the teacher.
 *
 * @param timeLimitSeconds the teacher's time limit for every question, or null for each question's own
 * @param defaultLimitSeconds the limit of a question that names none
 * @param sourceText the line of the notes a question came from, shown at the reveal
 * @param owner the teacher who opened the room, who alone sees it and its session over HTTP
 * @param rules scoring, leaderboard and extra time
 * @param roster the class whose students join with their codes, or null for nicknames
 * @param homework the deadline and timer of a homework, or null for a live game
 */
public record RoomPlan(String quizId, String title, List<Question> questions, Integer timeLimitSeconds,
                       int defaultLimitSeconds, Function<Question, String> sourceText, String owner, RoomRules rules,
                       SchoolClass roster, HomeworkPlan homework) {

  /** A live game for nicknames. */
  public RoomPlan(String quizId, String title, List<Question> questions, Integer timeLimitSeconds,
                  int defaultLimitSeconds, Function<Question, String> sourceText, String owner, RoomRules rules) {
    this(quizId, title, questions, timeLimitSeconds, defaultLimitSeconds, sourceText, owner, rules, null, null);
  }

  public RoomPlan {
    questions = List.copyOf(questions);
  }

  /** A plan with no owner (tests of the room alone) and the version 1 rules: no teacher sees its session. */
  public RoomPlan(String quizId, String title, List<Question> questions, Integer timeLimitSeconds,
                  int defaultLimitSeconds, Function<Question, String> sourceText) {
    this(quizId, title, questions, timeLimitSeconds, defaultLimitSeconds, sourceText, null, RoomRules.DEFAULT);
  }

  long limitMs(Question q) {
    int seconds = timeLimitSeconds != null ? timeLimitSeconds
        : q.timeLimitSeconds() != null ? q.timeLimitSeconds() : defaultLimitSeconds;
    return seconds * 1000L;
  }
}
