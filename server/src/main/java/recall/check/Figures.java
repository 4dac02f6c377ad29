package recall.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading numbers out of options and items: "About 5 million", "1,500", "40%", "1928-32". */
final class Figures {

  private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)");
  private static final Pattern YEAR = Pattern.compile("\\b(1[0-9]{3}|20[0-9]{2})\\b");
  /** Words that may stand around a figure in an option that is still just a figure. */
  private static final Set<String> AROUND = Set.of("about", "around", "roughly", "nearly", "almost", "approximately", "over",
      "under", "more", "less", "than", "fewer", "up", "to", "c", "ca", "some", "just", "in", "by", "million", "millions",
      "billion", "billions", "thousand", "thousands", "hundred", "per", "cent", "percent", "and", "a");
  private static final int MAX_OTHER_WORDS = 3;
  private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december");

  private Figures() {
  }

  /**
   * The value of an option that is a figure and little else ("About 5 million" → 5e6), or null
   * when the option is words with a number in them.
   */
  static Double value(String option) {
    Matcher m = NUMBER.matcher(option);
    if (!m.find()) return null;
    double v = Double.parseDouble(m.group(1).replace(",", ""));
    String rest = option.substring(m.end());
    if (NUMBER.matcher(rest.replaceFirst("^\\s*[-–]\\s*\\d+", "")).find()) return null;
    List<String> words = Words.of(option.substring(0, m.start()) + " " + rest.replaceFirst("^\\s*[-–]\\s*\\d+", ""));
    int month = words.stream().mapToInt(MONTHS::indexOf).max().orElse(-1);
    if (month >= 0 && year(option) != null) return year(option) + (month + 1) / 13.0;
    long other = words.stream().filter(w -> !AROUND.contains(w)).count();
    if (other > MAX_OTHER_WORDS || other > 0 && words.size() > MAX_OTHER_WORDS + 1) return null;
    String lower = option.toLowerCase(Locale.ROOT);
    if (lower.contains("billion")) v *= 1e9;
    else if (lower.contains("million")) v *= 1e6;
    else if (lower.contains("thousand")) v *= 1e3;
    return v;
  }

  /**
   * The words of a figure option that say what is counted ("50 years" → [years]); options whose
   * figures can be compared share it. Qualifiers, magnitudes and months are not part of it.
   */
  static Set<String> unit(String option) {
    Set<String> out = new TreeSet<>();
    for (String w : Words.of(option)) {
      if (!AROUND.contains(w) && !MONTHS.contains(w) && !w.chars().allMatch(Character::isDigit)) out.add(w);
    }
    return out;
  }

  /** The first year (1000-2099) in a text, or null. */
  static Integer year(String text) {
    Matcher m = YEAR.matcher(text);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }
}
