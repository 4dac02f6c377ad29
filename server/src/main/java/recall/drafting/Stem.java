package recall.drafting;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a sentence of the notes into a stem that stands on its own, or says it cannot: a sentence
 * that leans on the one before ("This was...", "He lost...", "these three leaders") would be a riddle
 * out of its place. A leading "However," or "Also" is left out of the quote instead.
 */
public final class Stem {

  /** Words that point back to something outside the stem. */
  public static final Pattern LEANING = Pattern.compile(
      "\\b(?:this|these|those|the above|as mentioned|see above|mentioned above|the former|the latter)\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<String> LEANING_START = Set.of("he", "she", "it", "they", "his", "her", "its", "their", "them", "him",
      "such", "that", "both", "another", "other", "others", "there", "here", "then");
  /** "It is important to note...", "It is disputed whether...": an "it" that points at nothing before. */
  private static final Pattern IMPERSONAL = Pattern.compile(
      "^(?i)it\\s+(?:is|was)\\s+(?:not\\s+)?(?:important|disputed|debated|clear|likely|unlikely|possible|true|often|widely|generally|said|thought|believed|argued|known|estimated)\\b");
  private static final Pattern CONNECTIVE = Pattern.compile("^(?:However|Also|Therefore|Thus|So|But|And|Moreover|Furthermore|Yet|Still|Instead|Meanwhile|Nevertheless)\\b,?\\s+");
  public static final String GAP = "____";
  static final int MIN_WORDS = 5;
  static final int MAX_WORDS = 45;

  private Stem() {
  }

  /** The part of a sentence to quote: the sentence less a leading connective, or null when it leans. */
  public static Quote quote(NotesLine line, Sentence s) {
    String text = s.text();
    int start = s.start();
    var m = CONNECTIVE.matcher(text);
    if (m.find()) {
      start += m.end();
      text = text.substring(m.end());
    }
    int trail = text.length();
    while (trail > 0 && Character.isWhitespace(text.charAt(trail - 1))) trail--;
    text = text.substring(0, trail);
    if (text.isEmpty() || leans(text)) return null;
    int words = text.split("\\s+").length;
    if (words < MIN_WORDS || words > MAX_WORDS) return null;
    if (text.endsWith("?")) return null;
    return new Quote(line.number(), start, start + text.length(), text);
  }

  /** Whether a text leans on something outside it. */
  public static boolean leans(String text) {
    if (IMPERSONAL.matcher(text.strip()).find()) return LEANING.matcher(text).find();
    String first = text.strip().split("[\\s,;:]+", 2)[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    return LEANING_START.contains(first) || LEANING.matcher(text).find();
  }

  /** Exact words of line {@code line} from {@code start} to {@code end}: a draft's quote. */
  public record Quote(int line, int start, int end, String text) {

    /** The quote with the words at line offsets {@code from..to} replaced by {@code with}. */
    public String replace(int from, int to, String with) {
      return text.substring(0, from - start) + with + text.substring(to - start);
    }

    /** The quote with a gap where the candidate stands. */
    public String gap(Candidate c) {
      return replace(c.start(), c.end(), GAP);
    }

    public boolean holds(Candidate c) {
      return c.start() >= start && c.end() <= end;
    }

    /** Whether the key's words appear in the quote a second time, which would give the gap away. */
    public boolean repeats(Candidate c) {
      String rest = " " + Candidate.normal(gap(c)) + " ";
      return rest.contains(" " + c.folded() + " ");
    }
  }

  /** Wraps notes words in quotation marks for a stem. */
  public static String quoted(String words) {
    return "“" + words + "”";
  }
}
