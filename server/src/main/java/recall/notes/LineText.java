package recall.notes;

import java.util.regex.Pattern;

/** How one line of notes is tidied and judged: bullet markers off, headings told from text. */
final class LineText {

  /** "* ", "- ", "+ ", "• " and the like at the start of a line. */
  private static final Pattern BULLET = Pattern.compile("^\\s*[*\\-+•◦▪‣●○■□–—]\\s+");
  /** "1. ", "2) ", "a) " before words (a year such as "1934." is not a list number). */
  private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:\\d{1,2}|[a-zA-Z])[.)]\\s+(?=\\p{L})");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern DATE_ONLY = Pattern.compile("^(?:[A-Z][a-z]{2,8}\\s+)?\\d{3,4}(?:\\s*[-–/]\\s*\\d{1,4})?$");
  private static final int HEADING_MAX_CHARS = 90;
  private static final int HEADING_MAX_WORDS = 12;

  private LineText() {
  }

  /** Whether the raw line starts with a bullet or list number. */
  static boolean isListItem(String raw) {
    return BULLET.matcher(raw).find() || NUMBERED.matcher(raw).find();
  }

  /** The line without its bullet or list number and surrounding spaces. */
  static String clean(String raw) {
    String s = raw.replace('\u00A0', ' ').replace("\t", " ");
    s = BULLET.matcher(s).replaceFirst("");
    s = NUMBERED.matcher(s).replaceFirst("");
    return s.strip();
  }

  /** The text of a Markdown {@code #} heading, or null when the line is not one. */
  static String markdownHeading(String raw) {
    var m = MARKDOWN_HEADING.matcher(raw);
    return m.matches() && !m.group(2).isBlank() ? m.group(2) : null;
  }

  /** Markdown emphasis and code marks taken off, so the words read (and quote) plainly. */
  static String unmark(String s) {
    return s.replaceAll("\\*\\*|__|`", "").replaceAll("(?<![\\p{L}\\d])[*_](\\S[^*_]*?)[*_](?![\\p{L}\\d])", "$1");
  }

  /** A year or date standing alone, as chronologies put it above the event ("1934", "1930-1"). */
  static boolean isDateOnly(String s) {
    return DATE_ONLY.matcher(s.strip()).matches();
  }

  /**
   * Whether a line that is not a list item reads as a heading: short, mostly letters, starts with a
   * capital, holds no sentence break and ends without a full stop ("Why did Stalin win?",
   * "B: Transforming the Soviet Union", "The Terror").
   */
  static boolean looksLikeHeading(String s) {
    if (s.isEmpty() || s.length() > HEADING_MAX_CHARS) return false;
    if (!Character.isUpperCase(s.codePointAt(0)) && !Character.isDigit(s.codePointAt(0))) return false;
    if (s.split("\\s+").length > HEADING_MAX_WORDS) return false;
    char last = s.charAt(s.length() - 1);
    if (last == '.' || last == ',' || last == ';') return false;
    if (s.matches(".*[.!?;]\\s+\\S.*")) return false;
    long letters = s.chars().filter(Character::isLetter).count();
    long others = s.chars().filter(c -> !Character.isLetter(c) && !Character.isWhitespace(c)).count();
    return letters >= 3 && letters > 2 * others;
  }
}
