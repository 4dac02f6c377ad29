package recall.drafting;

import io.vertx.core.json.JsonObject;
import recall.quiz.Kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A list of three or more names or terms of one type on one line ("Rykov, Tomsky, Kamenev and
 * Stalin"; "arteries, veins and capillaries"): the list becomes a gap, and up to three of its items
 * are to be ticked among two others of the same type from elsewhere in the notes.
 */
final class MultipleRule implements DraftRule {

  /** What may stand between two items of a list. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|,?\\s+and|,?\\s+or)\\s+|\\s*,\\s*");
  private static final int RIGHT = 3;
  private static final int WRONG = 2;

  @Override
  public String id() {
    return "multiple-list";
  }

  @Override
  public String description() {
    return "A list of names or terms on one line: tick those the line names, among others from the notes";
  }

  @Override
  public Kind kind() {
    return Kind.MULTIPLE;
  }

  @Override
  public List<Draft> draft(DraftScope scope) {
    List<Draft> drafts = new ArrayList<>();
    for (NotesLine line : scope.lines()) {
      for (List<Candidate> list : lists(line, scope.candidates(line))) {
        Stem.Quote quote = Stem.quote(line, list.get(0).sentence());
        if (quote == null || !quote.holds(list.get(0)) || !quote.holds(list.get(list.size() - 1))) continue;
        List<Candidate> right = list.subList(0, Math.min(RIGHT, list.size()));
        List<Candidate> wrong = wrong(scope.notes(), list);
        if (wrong.size() < WRONG) continue;
        String gapped = quote.replace(list.get(0).start(), list.get(list.size() - 1).end(), Stem.GAP);
        Options o = Options.mix(right.stream().map(Candidate::text).toList(), wrong.stream().map(Candidate::text).toList(),
            line.number() + list.get(0).key());
        JsonObject body = new JsonObject()
            .put("text", "Which of these are among the " + plural(list.get(0).type()) + " in the gap? Tick every one. " + Stem.quoted(gapped))
            .put("options", o.optionsJson())
            .put("answer", o.answerJson())
            .put("timeLimitSeconds", 30)
            .put("explanation", "The notes say: " + Stem.quoted(quote.text()));
        drafts.add(new Draft(id(), kind(), line.number(), quote.text(), "list:" + list.get(0).key(), 0.7, list.get(0).type(), body));
      }
    }
    return drafts;
  }

  private static String plural(AnswerType type) {
    return type == AnswerType.PERSON ? "names" : type.noun + "s";
  }

  /** Runs of three or more candidates of one type, in one sentence, with only list separators between them. */
  static List<List<Candidate>> lists(NotesLine line, List<Candidate> candidates) {
    List<List<Candidate>> lists = new ArrayList<>();
    List<Candidate> run = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.type().isNumeric()) continue;
      Candidate last = run.isEmpty() ? null : run.get(run.size() - 1);
      boolean continues = last != null && last.type() == c.type() && last.sentence() == c.sentence() && c.start() > last.end()
          && SEPARATOR.matcher(line.text().substring(last.end(), c.start())).matches();
      if (!continues) {
        if (run.size() >= 3) lists.add(List.copyOf(run));
        run.clear();
      }
      run.add(c);
    }
    if (run.size() >= 3) lists.add(List.copyOf(run));
    return lists;
  }

  /** Wrong options: same type, named neither in the list nor anywhere on the line. */
  private static List<Candidate> wrong(NotesAnalysis notes, List<Candidate> list) {
    List<Candidate> wrong = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    list.forEach(c -> taken.add(c.key()));
    // The second item stands mid-sentence, so its capital (or none) tells what kind of word it is.
    for (Candidate c : Distractors.pick(notes, list.get(1), WRONG + list.size())) {
      if (wrong.size() < WRONG && taken.add(c.key())) wrong.add(c);
    }
    return wrong;
  }
}
