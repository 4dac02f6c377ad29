package recall.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Wrong options for a key, of the same type and drawn from elsewhere in the same notes: other years
 * (the nearest first), other figures with the same unit, other people, places or terms (the same
 * section first, and for terms the same number: "lungs" for "chloroplasts", not "lung"). Never one
 * that the cited line also names, nor one that another line of the notes states in the key's
 * place (a line that names it with most of the key sentence's words).
 */
final class Distractors {

  private static final double ALSO_TRUE_OVERLAP = 0.6;

  private Distractors() {
  }

  /** Up to {@code count} distractors for the key, the most fitting first. */
  static List<Candidate> pick(NotesAnalysis notes, Candidate key, int count) {
    List<Candidate> best = notes.distractors(key, k -> pick(notes, k));
    return best.subList(0, Math.min(count, best.size()));
  }

  static final int MOST = 6;

  private static List<Candidate> pick(NotesAnalysis notes, Candidate key) {
    int count = MOST;
    NotesLine line = notes.line(key.line());
    String section = line.section();
    List<Candidate> pool = new ArrayList<>();
    for (Candidate c : notes.pool(key.type())) {
      if (fits(notes, key, line, c)) pool.add(c);
    }
    Comparator<Candidate> order = key.type() == AnswerType.YEAR
        ? Comparator.comparingDouble(c -> Math.abs(c.value() - key.value()))
        : Comparator.comparingInt((Candidate c) -> Objects.equals(notes.line(c.line()).section(), section) ? 0 : 1)
            .thenComparingInt(c -> Math.abs(c.line() - key.line()));
    pool.sort(order);
    List<Candidate> chosen = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Candidate c : pool) {
      if (chosen.size() == count) break;
      if (seen.contains(c.key()) || seen.contains(c.folded()) || alsoTrue(notes, key, c)) continue;
      seen.add(c.key());
      seen.add(c.folded());
      chosen.add(c);
    }
    return chosen;
  }

  private static boolean fits(NotesAnalysis notes, Candidate key, NotesLine line, Candidate c) {
    if (c.key().equals(key.key())) return false;
    if (c.folded().contains(key.folded()) || key.folded().contains(c.folded())) return false;
    if (line.mentions(c)) return false;
    switch (key.type()) {
      case NUMBER -> {
        if (!unitHead(c).equals(unitHead(key)) || c.value() == key.value()) return false;
      }
      case PERCENT -> {
        if (c.value() == key.value()) return false;
      }
      case TERM -> {
        if (plural(c) != plural(key) || proper(c) != proper(key)) return false;
      }
      default -> { }
    }
    return true;
  }

  /** Whether some line names {@code c} in a sentence that shares most of the key sentence's words. */
  static boolean alsoTrue(NotesAnalysis notes, Candidate key, Candidate c) {
    Set<String> words = new HashSet<>(key.sentence().content());
    for (Token t : key.sentence().tokens()) {
      if (t.start() >= key.start() && t.end() <= key.end()) words.remove(t.lemma());
    }
    if (words.size() < 2) return false;
    String named = " " + c.folded() + " ";
    int needed = (int) Math.ceil(words.size() * ALSO_TRUE_OVERLAP);
    for (int n : notes.linesNaming(c)) {
      if (n == key.line()) continue;
      for (Sentence s : notes.line(n).sentences()) {
        if (!s.folded().contains(named)) continue;
        int shared = 0;
        for (String w : s.content()) {
          if (words.contains(w)) shared++;
        }
        if (shared >= needed) return true;
      }
    }
    return false;
  }

  private static String unitHead(Candidate c) {
    String[] words = Candidate.normal(c.unit()).split(" ");
    return words[words.length - 1].replaceAll("s$", "");
  }

  /** "chloroplasts" (lemma "chloroplast") is plural: its last word differs from its lemma's. */
  private static boolean plural(Candidate c) {
    String lemma = c.lemma();
    String folded = c.folded();
    return !lemma.regionMatches(lemma.lastIndexOf(' ') + 1, folded, folded.lastIndexOf(' ') + 1, Math.max(lemma.length() - lemma.lastIndexOf(' ') - 1, folded.length() - folded.lastIndexOf(' ') - 1));
  }

  /** A capital that is not just the sentence's first letter ("Politburo", not "Sodium, potassium..."). */
  private static boolean proper(Candidate c) {
    return Character.isUpperCase(c.text().codePointAt(0)) && c.start() > c.sentence().start();
  }
}
