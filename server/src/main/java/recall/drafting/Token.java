package recall.drafting;

import java.util.Locale;

/** A word of a line: its text, where it stands on the line, its part of speech (UD tags) and lemma. */
public record Token(String text, int start, int end, String tag, String lemma) {

  public boolean is(String udTag) {
    return tag.equals(udTag);
  }

  public String lower() {
    return text.toLowerCase(Locale.ROOT);
  }
}
