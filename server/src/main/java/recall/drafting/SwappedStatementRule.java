package recall.drafting;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.quiz.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of the notes made false by swapping one key term for another of the same type from the
 * notes (a year for a year, a person for a person), never one the notes also state in its place.
 */
final class SwappedStatementRule implements DraftRule {

  @Override
  public String id() {
    return "truefalse-swapped";
  }

  @Override
  public String description() {
    return "A sentence of the notes with one key term swapped for another of the same type (false)";
  }

  @Override
  public Kind kind() {
    return Kind.TRUEFALSE;
  }

  @Override
  public List<Draft> draft(DraftScope scope) {
    List<Draft> drafts = new ArrayList<>();
    for (NotesLine line : scope.lines()) {
      for (Candidate c : scope.candidates(line)) {
        if (c.type() == AnswerType.TERM) continue;
        Stem.Quote quote = Stem.quote(line, c.sentence());
        if (quote == null || !quote.holds(c) || quote.repeats(c) || Debates.isDebate(quote.text())) continue;
        List<Candidate> swap = Distractors.pick(scope.notes(), c, 1);
        if (swap.isEmpty()) continue;
        String other = swap.get(0).text();
        JsonObject body = new JsonObject()
            .put("text", "True or false: " + quote.replace(c.start(), c.end(), other))
            .put("options", new JsonArray().add("True").add("False"))
            .put("answer", new JsonArray().add(1))
            .put("timeLimitSeconds", 20)
            .put("explanation", "False: the notes say " + c.text() + ", not " + other + ": " + Stem.quoted(quote.text()));
        drafts.add(new Draft(id(), kind(), line.number(), quote.text(), c.key(), 0.6, c.type(), body));
      }
    }
    return drafts;
  }
}
