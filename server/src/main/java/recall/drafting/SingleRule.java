package recall.drafting;

import io.vertx.core.json.JsonObject;
import recall.quiz.Kind;

import java.util.ArrayList;
import java.util.List;

/** A key term taken out of its sentence; the right one among three of the same type from the notes. */
final class SingleRule implements DraftRule {

  static final int DISTRACTORS = 3;

  @Override
  public String id() {
    return "single-gap";
  }

  @Override
  public String description() {
    return "A key term taken out of its sentence, to be picked from four of the same type";
  }

  @Override
  public Kind kind() {
    return Kind.SINGLE;
  }

  @Override
  public List<Draft> draft(DraftScope scope) {
    List<Draft> drafts = new ArrayList<>();
    for (NotesLine line : scope.lines()) {
      for (Candidate c : scope.candidates(line)) {
        Stem.Quote quote = Stem.quote(line, c.sentence());
        if (quote == null || !quote.holds(c) || quote.repeats(c)) continue;
        List<Candidate> wrong = Distractors.pick(scope.notes(), c, DISTRACTORS);
        if (wrong.size() < DISTRACTORS) continue;
        Options o = Options.mix(List.of(c.text()), wrong.stream().map(Candidate::text).toList(), line.number() + c.key());
        JsonObject body = new JsonObject()
            .put("text", "Which " + c.type().noun + " fills the gap? " + Stem.quoted(quote.gap(c)))
            .put("options", o.optionsJson())
            .put("answer", o.answerJson())
            .put("timeLimitSeconds", 20)
            .put("explanation", "The notes say: " + Stem.quoted(quote.text()));
        drafts.add(new Draft(id(), kind(), line.number(), quote.text(), c.key(), 0.75, c.type(), body));
      }
    }
    return drafts;
  }
}
