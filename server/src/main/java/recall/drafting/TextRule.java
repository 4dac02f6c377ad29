package recall.drafting;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.quiz.Kind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A name, place or term taken out of its sentence, to be typed. Accepted: the notes' words, and
 * the variants a teacher would mark right: a person's surname alone, a
 * term's singular or plural.
 */
final class TextRule implements DraftRule {

  @Override
  public String id() {
    return "text-gap";
  }

  @Override
  public String description() {
    return "A name, place or term taken out of its sentence, typed in, with its accepted variants";
  }

  @Override
  public Kind kind() {
    return Kind.TEXT;
  }

  @Override
  public List<Draft> draft(DraftScope scope) {
    List<Draft> drafts = new ArrayList<>();
    for (NotesLine line : scope.lines()) {
      for (Candidate c : scope.candidates(line)) {
        if (c.type().isNumeric() || c.text().length() > 40) continue;
        Stem.Quote quote = Stem.quote(line, c.sentence());
        if (quote == null || !quote.holds(c) || quote.repeats(c)) continue;
        JsonObject body = new JsonObject()
            .put("text", "Which " + c.type().noun + " fills the gap? " + Stem.quoted(quote.gap(c)))
            .put("accept", new JsonArray(new ArrayList<>(variants(c))))
            .put("timeLimitSeconds", 30)
            .put("explanation", "The notes say: " + Stem.quoted(quote.text()));
        double confidence = c.type() == AnswerType.TERM ? 0.55 : 0.7;
        drafts.add(new Draft(id(), kind(), line.number(), quote.text(), c.key(), confidence, c.type(), body));
      }
    }
    return drafts;
  }

  /** The words as the notes write them first, then the variants that mean the same. */
  static Set<String> variants(Candidate c) {
    Set<String> accept = new LinkedHashSet<>();
    accept.add(c.text());
    String[] words = c.text().split("\\s+");
    if (c.type() == AnswerType.PERSON && words.length > 1) accept.add(words[words.length - 1]);
    if (c.type() == AnswerType.TERM) {
      String lemma = c.lemma();
      if (!Candidate.normal(c.text()).equals(lemma) && !lemma.isBlank()) accept.add(lemma);
      else if (!c.text().endsWith("s") && Character.isLowerCase(c.text().charAt(0))) accept.add(c.text() + "s");
    }
    return accept;
  }
}
