package recall.drafting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A sentence of a line, with its offsets on the line and its tokens; {@code folded} is its text as
 * compared ({@link Candidate#normal}, padded with spaces), {@code content} the lemmas of its content
 * words, both worked out once since distractor checks compare sentences often.
 */
public record Sentence(int start, int end, String text, List<Token> tokens, String folded, Set<String> content) {

  public Sentence {
    tokens = List.copyOf(tokens);
    content = Set.copyOf(content);
  }

  public static Sentence of(int start, int end, String text, List<Token> tokens) {
    Set<String> content = new HashSet<>();
    for (Token t : tokens) {
      if (isContent(t)) content.add(t.lemma());
    }
    return new Sentence(start, end, text, tokens, " " + Candidate.normal(text) + " ", content);
  }

  static boolean isContent(Token t) {
    return t.is("NOUN") || t.is("PROPN") || t.is("VERB") || t.is("ADJ") || t.is("NUM");
  }

  /** The words from token {@code from} to token {@code to} (exclusive), as the line writes them. */
  public String span(String line, int from, int to) {
    return line.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  // Records compare all components; sentences are compared by identity where it matters (same line).
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
