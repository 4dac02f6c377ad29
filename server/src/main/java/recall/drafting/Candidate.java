package recall.drafting;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A key term found on a line: a year, a figure, a name, a place or a term, where it stands on the
 * line ({@code start}..{@code end}), the sentence it is in, and for figures their value and unit.
 * {@code folded} is its text as compared ({@link #normal}); {@code key} what it stands for, so that
 * "chloroplasts" and "chloroplast", or "800,000" and "800, 000", are one key.
 */
public record Candidate(AnswerType type, String text, int line, int start, int end, Sentence sentence,
                        double value, String unit, String lemma, String folded, String key) {

  private static final Pattern APOSTROPHE = Pattern.compile("[’'`‘]");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}:.%]+");

  public static Candidate of(AnswerType type, String text, int line, int start, int end, Sentence sentence,
                             double value, String unit, String lemma) {
    String key = normal(type.isNumeric() ? type + ":" + value + ":" + unit : lemma);
    return new Candidate(type, text, line, start, end, sentence, value, unit, lemma, normal(text), key);
  }

  /** Lower case, with apostrophes, spaces and punctuation folded to single spaces. */
  static String normal(String s) {
    String t = APOSTROPHE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return NOT_WORD.matcher(t).replaceAll(" ").strip();
  }
}
