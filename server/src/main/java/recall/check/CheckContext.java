package recall.check;

import recall.quiz.Question;

import java.util.List;

/**
 * What a rule may look at beside the question itself: the other questions of the quiz, in order,
 * and the notes the quiz cites, when they are at hand.
 *
 * @param questions every question of the quiz (or of the folder, for a check over a whole bank)
 * @param notes the notes, or null when the quiz cites none or they are not at hand
 */
public record CheckContext(List<Question> questions, Notes notes) {

  public CheckContext {
    questions = List.copyOf(questions);
  }

  /** The notes line a question cites, or null without notes or with a line out of range. */
  public String citedLine(Question q) {
    if (notes == null || q.sourceLine() < 1 || q.sourceLine() > notes.size()) return null;
    return notes.line(q.sourceLine());
  }
}
