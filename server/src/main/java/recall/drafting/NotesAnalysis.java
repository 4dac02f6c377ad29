package recall.drafting;

import recall.notes.NotesDocument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A notes document read for drafting: every line split into tagged sentences, and the key terms
 * (candidates) found on each. Names are typed over the whole document (see {@link NameTypes}), and
 * every candidate is kept in a pool by type, where distractors are drawn from.
 */
public final class NotesAnalysis {

  private final NotesDocument notes;
  private final List<NotesLine> lines = new ArrayList<>();
  private final Map<Integer, List<Candidate>> candidates = new HashMap<>();
  private final Map<String, Integer> frequency = new HashMap<>();
  private final Map<AnswerType, Map<String, Candidate>> pool = new LinkedHashMap<>();
  private final Map<String, List<Integer>> naming = new HashMap<>();
  private final Map<Candidate, List<Candidate>> distractors = new HashMap<>();

  private NotesAnalysis(NotesDocument notes) {
    this.notes = notes;
  }

  /** Reads the whole document (a few milliseconds a line once the models are loaded). */
  public static NotesAnalysis of(NotesDocument notes, Nlp.Analyzer analyzer) {
    NotesAnalysis a = new NotesAnalysis(notes);
    NameTypes names = new NameTypes();
    for (int n = 1; n <= notes.lineCount(); n++) {
      String text = notes.line(n);
      NotesDocument.Section section = notes.sectionOf(n);
      List<Sentence> sentences = text.isBlank() || notes.isHeading(n) || isTable(text) ? List.of() : analyzer.analyze(text);
      NotesLine line = NotesLine.of(n, text, section == null ? null : section.title(), sentences);
      a.lines.add(line);
      for (Sentence s : sentences) {
        s.tokens().forEach(names::countWord);
        for (Names.Run r : Names.runs(s)) {
          String name = s.span(text, r.from(), r.to());
          if (r.proper()) names.count(s, r.from(), r.to(), name);
          a.frequency.merge(lemma(s, r), 1, Integer::sum);
        }
      }
    }
    for (NotesLine line : a.lines) a.find(line, names);
    return a;
  }

  private void find(NotesLine line, NameTypes names) {
    List<Candidate> found = new ArrayList<>();
    for (Sentence s : line.sentences()) {
      found.addAll(Numbers.find(line, s));
      for (Names.Run r : Names.runs(s)) {
        String name = s.span(line.text(), r.from(), r.to());
        AnswerType type = r.proper() ? names.typeOf(name) : AnswerType.TERM;
        int start = s.tokens().get(r.from()).start();
        int end = s.tokens().get(r.to() - 1).end();
        // A closing quote or full stop that the tokenizer left on the last word is no part of the name.
        while (end > start + 1 && "’'.,;:".indexOf(line.text().charAt(end - 1)) >= 0) end--;
        name = line.text().substring(start, end);
        found.add(Candidate.of(type, name, line.number(), start, end, s, 0, null, lemma(s, r)));
      }
    }
    found.sort((x, y) -> Integer.compare(x.start(), y.start()));
    candidates.put(line.number(), List.copyOf(found));
    for (Candidate c : found) {
      pool.computeIfAbsent(c.type(), t -> new LinkedHashMap<>()).putIfAbsent(c.key(), c);
      List<Integer> at = naming.computeIfAbsent(c.folded(), k -> new ArrayList<>());
      if (at.isEmpty() || at.get(at.size() - 1) != line.number()) at.add(line.number());
    }
  }

  /** A run's lemma: the lemmatised head with the words before it, so "chloroplasts" and "chloroplast" meet. */
  private static String lemma(Sentence s, Names.Run r) {
    StringBuilder b = new StringBuilder();
    for (int i = r.from(); i < r.to(); i++) {
      Token t = s.tokens().get(i);
      String word = i == r.to() - 1 && !r.proper() && !t.lemma().isBlank() ? t.lemma() : t.text();
      b.append(i > r.from() ? " " : "").append(word);
    }
    return Candidate.normal(b.toString());
  }

  /** A row of figures ("Grain (million tons) 73. 3 71. 7 ..."): more digits than letters. */
  private static boolean isTable(String text) {
    long digits = text.chars().filter(Character::isDigit).count();
    long letters = text.chars().filter(Character::isLetter).count();
    return digits > letters;
  }

  public NotesDocument notes() {
    return notes;
  }

  /** Line {@code n}, from 1. */
  public NotesLine line(int n) {
    return lines.get(n - 1);
  }

  public List<NotesLine> lines() {
    return Collections.unmodifiableList(lines);
  }

  public List<Candidate> candidates(int line) {
    return candidates.getOrDefault(line, List.of());
  }

  /** Every distinct candidate of a type in the notes, in the order first met. */
  public List<Candidate> pool(AnswerType type) {
    return List.copyOf(pool.getOrDefault(type, Map.of()).values());
  }

  /** The lines where a candidate with the same words was found. */
  public List<Integer> linesNaming(Candidate c) {
    return naming.getOrDefault(c.folded(), List.of());
  }

  /** The distractors for a key, worked out once per analysis (several rules ask for them). */
  List<Candidate> distractors(Candidate key, java.util.function.Function<Candidate, List<Candidate>> pick) {
    return distractors.computeIfAbsent(key, pick);
  }

  /** How many times a name or term's lemma occurs in the notes (rare terms are the telling ones). */
  public int frequency(Candidate c) {
    return frequency.getOrDefault(c.lemma(), 1);
  }
}
