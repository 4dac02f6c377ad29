package recall.drafting;

import io.vertx.core.json.JsonObject;
import recall.notes.NotesDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drafts questions from notes, offline. The pipeline, step by step: read the notes into tagged
 * sentences and key terms ({@link NotesAnalysis}) → let every rule draft what it can (overgenerate)
 * → check each draft ({@link DraftFilter}) → rank ({@link Ranker}) → keep the best, never two that
 * ask the same thing, spread over kinds and lines. Blocking, CPU-bound work: run it off the event loop.
 */
public final class Drafter {

  private static final int PER_LINE = 2;

  private final List<DraftRule> rules;
  private final List<DraftFilter> filters;

  public Drafter(List<DraftRule> rules, List<DraftFilter> filters) {
    this.rules = List.copyOf(rules);
    this.filters = List.copyOf(filters);
  }

  /** Every rule of {@link Rules}, no checks yet. */
  public static Drafter standard() {
    return new Drafter(Rules.all(), List.of());
  }

  /** Drafts from a notes document (reads it first; reuse an analysis with the other overload). */
  public List<JsonObject> draft(NotesDocument notes, String notesId, DraftRequest request) {
    return draft(NotesAnalysis.of(notes, Nlp.get().analyzer()), notesId, request);
  }

  /** Drafts from notes already read. */
  public List<JsonObject> draft(NotesAnalysis notes, String notesId, DraftRequest request) {
    int last = notes.notes().lineCount();
    int from = Math.max(1, request.from() == null ? 1 : request.from());
    int to = Math.min(last, request.to() == null ? last : request.to());
    if (from > to) return List.of();
    DraftScope scope = new DraftScope(notes, from, to);
    List<Draft> drafts = new ArrayList<>();
    for (DraftRule rule : rules) {
      if (request.kinds().contains(rule.kind())) drafts.addAll(rule.draft(scope));
    }
    List<Draft> ranked = new ArrayList<>();
    for (Draft d : drafts) {
      Draft scored = d.scaled(Ranker.score(d) / Math.max(d.confidence(), 1e-9));
      for (DraftFilter f : filters) scored = scored.scaled(f.weigh(scored.toJson("check", notesId), notes.notes()));
      if (scored.confidence() > 0) ranked.add(scored);
    }
    ranked.sort(Comparator.comparingDouble(Draft::confidence).reversed().thenComparingInt(Draft::line));
    List<Draft> kept = keep(ranked, request);
    List<JsonObject> out = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) out.add(kept.get(i).toJson("draft-" + kept.get(i).line() + "-" + (i + 1), notesId));
    return out;
  }

  /**
   * The best drafts, at most {@code max}: first a fair share for every kind, then the best of the
   * rest; never two with the same key on the same line or the same text, at most two per line.
   */
  private static List<Draft> keep(List<Draft> ranked, DraftRequest request) {
    Set<String> asked = new HashSet<>();
    Map<Integer, Integer> perLine = new HashMap<>();
    Map<Object, Integer> perKind = new HashMap<>();
    int share = Math.max(1, (int) Math.ceil(request.max() / (double) request.kinds().size()));
    List<Draft> kept = new ArrayList<>();
    for (int pass = 0; pass < 2 && kept.size() < request.max(); pass++) {
      for (Draft d : ranked) {
        if (kept.size() == request.max()) break;
        if (pass == 0 && perKind.getOrDefault(d.kind(), 0) >= share) continue;
        // An order draft asks about several lines; it cites the first, so it does not fill that line's share.
        if (d.kind() != recall.quiz.Kind.ORDER && perLine.getOrDefault(d.line(), 0) >= PER_LINE) continue;
        String text = Candidate.normal(d.text());
        if (asked.contains(d.line() + "|" + d.key()) || asked.contains(text)) continue;
        asked.add(d.line() + "|" + d.key());
        asked.add(text);
        if (d.kind() != recall.quiz.Kind.ORDER) perLine.merge(d.line(), 1, Integer::sum);
        perKind.merge(d.kind(), 1, Integer::sum);
        kept.add(d);
      }
    }
    return kept;
  }
}
