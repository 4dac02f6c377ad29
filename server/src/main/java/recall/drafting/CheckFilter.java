package recall.drafting;

import io.vertx.core.json.JsonObject;
import recall.check.Checker;
import recall.check.Notes;
import recall.notes.NotesDocument;
import recall.quiz.Question;
import recall.quiz.QuizValidator;

import java.util.List;

/**
 * The checks a teacher's question gets, run on every draft before ranking: a draft that the quiz
 * validator would refuse (its quote not on its line, a missing field) is dropped, and each
 * item-writing warning ({@link Checker}) halves its weight, so a flawed draft falls below a clean one
 * but is still there when nothing better is. One filter serves one drafting run (it keeps the notes
 * as the checks read them).
 */
public final class CheckFilter implements DraftFilter {

  /** What each warning leaves of a draft's weight. */
  static final double PER_WARNING = 0.5;

  private NotesDocument seen;
  private Notes notes;

  /** A drafter with every rule and these checks, as the server drafts. */
  public static Drafter drafter() {
    return new Drafter(Rules.all(), List.of(new CheckFilter()));
  }

  @Override
  public double weigh(JsonObject question, NotesDocument doc) {
    if (doc != seen) {
      seen = doc;
      notes = new Notes(doc.lines());
    }
    if (!QuizValidator.validateQuestion(question, question.getString("id"), doc.lines(), true).isEmpty()) return 0;
    int warnings = Checker.run(List.of(Question.fromJson(question)), notes).warnings().size();
    return Math.pow(PER_WARNING, warnings);
  }
}
