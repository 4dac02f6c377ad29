package recall.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A notes document seen as the checks need it: numbered lines (from 1), which of them carry content
 * (a bullet, a numbered point or a sentence) and which are headings, and the section each line is
 * in. Pure and cheap: built once per check.
 */
public final class Notes {

  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[*•\\-–]|\\d{1,2}[.)])\\s+\\S.*");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s*#{1,6}\\s.*");
  private static final int HEADING_MAX_WORDS = 12;

  private final List<String> lines;
  private final boolean[] content;
  private final boolean[] bullet;
  private final int[] sectionStart;

  public Notes(List<String> lines) {
    this.lines = List.copyOf(lines);
    int n = lines.size();
    content = new boolean[n + 1];
    bullet = new boolean[n + 1];
    sectionStart = new int[n + 1];
    int start = 1;
    for (int i = 1; i <= n; i++) {
      String line = lines.get(i - 1);
      bullet[i] = BULLET.matcher(line).matches();
      boolean heading = !bullet[i] && isHeading(line);
      content[i] = bullet[i] || !heading && hasWords(line);
      if (heading) start = i;
      sectionStart[i] = start;
    }
  }

  /** Null-safe: notes from lines, or null for null. */
  public static Notes of(List<String> lines) {
    return lines == null ? null : new Notes(lines);
  }

  public int size() {
    return lines.size();
  }

  /** Line {@code n}, from 1. */
  public String line(int n) {
    return lines.get(n - 1);
  }

  /** A line a question could be drawn from: a bullet, a numbered point or a sentence; not a heading or a blank. */
  public boolean isContent(int n) {
    return content[n];
  }

  /** A line that starts with a bullet or a number. */
  public boolean isBullet(int n) {
    return bullet[n];
  }

  /** The numbers of the content lines in line {@code n}'s section (after the same heading). */
  public List<Integer> section(int n) {
    List<Integer> out = new ArrayList<>();
    int start = sectionStart[n];
    for (int i = start; i <= size() && sectionStart[i] == start; i++) {
      if (content[i]) out.add(i);
    }
    return out;
  }

  /** A short line with no bullet that does not read as a sentence: a title or a question heading. */
  static boolean isHeading(String line) {
    String s = line.strip();
    if (s.isEmpty() || !hasWords(s)) return false;
    if (MARKDOWN_HEADING.matcher(s).matches()) return true;
    int words = Words.of(s).size();
    return words <= HEADING_MAX_WORDS && (s.endsWith("?") || s.endsWith(":") || !s.endsWith("."));
  }

  private static boolean hasWords(String line) {
    return line.chars().anyMatch(Character::isLetter);
  }
}
