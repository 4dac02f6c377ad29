package recall.drafting;

import io.vertx.core.json.JsonObject;
import recall.quiz.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * A year, figure or percentage taken out of its sentence, to be typed in. Tolerance: none for a
 * year or a small count, 5% of a figure of 100 or more (rounded down to two significant figures).
 */
final class NumericRule implements DraftRule {

  @Override
  public String id() {
    return "numeric-gap";
  }

  @Override
  public String description() {
    return "A year, figure or percentage taken out of its sentence, typed in as a number";
  }

  @Override
  public Kind kind() {
    return Kind.NUMERIC;
  }

  @Override
  public List<Draft> draft(DraftScope scope) {
    List<Draft> drafts = new ArrayList<>();
    for (NotesLine line : scope.lines()) {
      for (Candidate c : scope.candidates(line)) {
        if (!c.type().isNumeric()) continue;
        Stem.Quote quote = Stem.quote(line, c.sentence());
        if (quote == null || !quote.holds(c) || quote.repeats(c)) continue;
        String ask = switch (c.type()) {
          case YEAR -> "Which year fills the gap? ";
          case PERCENT -> "What percentage fills the gap? ";
          default -> "What number fills the gap? ";
        };
        JsonObject body = new JsonObject()
            .put("text", ask + Stem.quoted(quote.gap(c)))
            .put("answer", new JsonObject().put("value", number(c.value())).put("tolerance", number(tolerance(c))))
            .put("timeLimitSeconds", 30)
            .put("explanation", "The notes say: " + Stem.quoted(quote.text()));
        double confidence = c.type() == AnswerType.YEAR ? 0.8 : 0.7;
        drafts.add(new Draft(id(), kind(), line.number(), quote.text(), c.key(), confidence, c.type(), body));
      }
    }
    return drafts;
  }

  /** How far from the notes' figure an answer may be and still count. */
  static double tolerance(Candidate c) {
    if (c.type() == AnswerType.YEAR || c.value() < 100) return 0;
    double t = c.value() * 0.05;
    double scale = Math.pow(10, Math.floor(Math.log10(t)) - 1);
    return Math.floor(t / scale) * scale;
  }

  /** Whole numbers as integers, so the document reads 1934, not 1934.0. */
  static Number number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Number) (long) d : (Number) d;
  }
}
