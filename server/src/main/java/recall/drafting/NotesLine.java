package recall.drafting;

import java.util.List;

/**
 * One line of the notes, analysed: its number, text, the section it falls under, its sentences, and
 * its text folded for comparison ({@link Candidate#normal}), padded with spaces for whole-word search.
 */
public record NotesLine(int number, String text, String section, List<Sentence> sentences, String folded) {

  public NotesLine {
    sentences = List.copyOf(sentences);
  }

  public static NotesLine of(int number, String text, String section, List<Sentence> sentences) {
    return new NotesLine(number, text, section, sentences, " " + Candidate.normal(text) + " ");
  }

  /** The sentence that holds line offset {@code at}. */
  public Sentence sentenceAt(int at) {
    for (Sentence s : sentences) {
      if (at >= s.start() && at < s.end()) return s;
    }
    return null;
  }

  /** Whether the line contains {@code words} as whole words, ignoring case and punctuation. */
  public boolean mentions(String words) {
    return folded.contains(" " + Candidate.normal(words) + " ");
  }

  /** Whether the line names the candidate's words. */
  public boolean mentions(Candidate c) {
    return folded.contains(" " + c.folded() + " ");
  }
}
