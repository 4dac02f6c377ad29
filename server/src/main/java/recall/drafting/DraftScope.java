package recall.drafting;

import java.util.List;

/** The notes being drafted from, and the lines (from..to, inclusive) that drafts may cite. */
public record DraftScope(NotesAnalysis notes, int from, int to) {

  /** The lines in range that hold text to ask about (not headings, not blank). */
  public List<NotesLine> lines() {
    return notes.lines().subList(from - 1, to).stream().filter(l -> !l.sentences().isEmpty()).toList();
  }

  public List<Candidate> candidates(NotesLine line) {
    return notes.candidates(line.number());
  }
}
