package recall.drafting;

import java.util.regex.Pattern;

/** Sentences that present a debate: "historians debate", "some argue ... others", "it is disputed". */
final class Debates {

  private static final Pattern MARKER = Pattern.compile(
      "\\b(?:(?:historians|scientists|experts|scholars|economists|critics)\\s+(?:\\w+\\s+)?(?:debate|disagree|argue|question|dispute)"
          + "|(?:a|an|the|great|key|open)\\s+(?:\\w+\\s+)?debate\\b|open to debate|it is disputed|is (?:still )?disputed|is controversial"
          + "|some\\s+(?:\\w+\\s+)?(?:argue|believe|claim|think|say)|others\\s+(?:argue|believe|claim|think|say|maintain))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SOME_OTHERS = Pattern.compile(
      "\\bsome\\s+(?:\\w+\\s+)?(?:argue|believe|claim|think|say)s?\\s+(?:that\\s+)?(.+?)[,;]?\\s+(?:while|whereas|but|and)?\\s*others\\s+(?:argue|believe|claim|think|say|maintain)\\s+(?:that\\s+)?(.+?)[.!?]?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WHETHER = Pattern.compile("\\bwhether\\s+(.+?),?\\s+or\\s+(?:whether\\s+)?(.+?)[.!?]?$", Pattern.CASE_INSENSITIVE);

  private Debates() {
  }

  static boolean isDebate(String sentence) {
    return MARKER.matcher(sentence).find();
  }

  /** The two sides when the sentence names them ("some argue A, others B"; "whether A or B"), else null. */
  static String[] sides(String sentence) {
    for (Pattern p : new Pattern[] {SOME_OTHERS, WHETHER}) {
      var m = p.matcher(sentence.strip());
      if (m.find() && m.group(1).length() >= 8 && m.group(2).length() >= 8) return new String[] {tidy(m.group(1)), tidy(m.group(2))};
    }
    return null;
  }

  private static String tidy(String side) {
    String s = side.strip().replaceAll("[,;:?.!]+$", "");
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
