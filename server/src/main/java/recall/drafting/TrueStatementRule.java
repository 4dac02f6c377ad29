package recall.drafting;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.quiz.Kind;

import java.util.ArrayList;
import java.util.List;

/** A sentence of the notes that states a fact (it holds a key term), asked as it stands: true. */
final class TrueStatementRule implements DraftRule {

  @Override
  public String id() {
    return "truefalse-as-stated";
  }

  @Override
  public String description() {
    return "A sentence of the notes that states a fact, asked as it stands (true)";
  }

  @Override
  public Kind kind() {
    return Kind.TRUEFALSE;
  }

  @Override
  public List<Draft> draft(DraftScope scope) {
    List<Draft> drafts = new ArrayList<>();
    for (NotesLine line : scope.lines()) {
      for (Sentence s : line.sentences()) {
        Stem.Quote quote = Stem.quote(line, s);
        if (quote == null || Debates.isDebate(quote.text()) || !statesFact(scope, line, quote)) continue;
        JsonObject body = new JsonObject()
            .put("text", "True or false: " + quote.text())
            .put("options", new JsonArray().add("True").add("False"))
            .put("answer", new JsonArray().add(0))
            .put("timeLimitSeconds", 20)
            .put("explanation", "True: the notes say " + Stem.quoted(quote.text()));
        drafts.add(new Draft(id(), kind(), line.number(), quote.text(), "statement:" + Candidate.normal(quote.text()), 0.5, null, body));
      }
    }
    return drafts;
  }

  private static boolean statesFact(DraftScope scope, NotesLine line, Stem.Quote quote) {
    for (Candidate c : scope.candidates(line)) {
      if (quote.holds(c) && c.type() != AnswerType.TERM) return true;
    }
    return false;
  }
}
