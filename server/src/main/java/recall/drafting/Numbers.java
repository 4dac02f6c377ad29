package recall.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds years, percentages and figures with a unit in a sentence, by pattern: digits are digits in
 * any subject. Ranges ("1927-8"), decades ("1930s"), ordinals ("10th") and bare numbers with no unit
 * are left alone, since a question on them would be ambiguous.
 */
final class Numbers {

  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\d.,/–-])(\\d{1,3}(?:,\\s?\\d{3})+|\\d+(?:\\.\\d+)?)(?![\\d\\p{L}]|[.,]\\d|\\s?[-–/]\\s?\\d)(\\s?(?:%|per ?cent\\b))?");
  private static final Set<String> MULTIPLIERS = Set.of("hundred", "thousand", "million", "billion", "trillion");
  private static final Set<String> YEAR_LEADS = Set.of("in", "by", "since", "until", "till", "from", "before", "after", "of", "during",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "summer", "winter", "spring", "autumn");

  private Numbers() {
  }

  static List<Candidate> find(NotesLine line, Sentence s) {
    List<Candidate> found = new ArrayList<>();
    Matcher m = NUMBER.matcher(s.text());
    while (m.find()) {
      int start = s.start() + m.start(1);
      int end = s.start() + m.end(1);
      String digits = m.group(1);
      double value = Double.parseDouble(digits.replaceAll("[,\\s]", ""));
      if (m.group(2) != null) {
        found.add(Candidate.of(AnswerType.PERCENT, digits, line.number(), start, end, s, value, "%", digits));
        continue;
      }
      int after = tokenAfter(s, end);
      String unit = unit(line.text(), s, after);
      boolean wholeYear = digits.length() == 4 && value >= 1000 && value <= 2100;
      if (wholeYear && (unit == null || leadsYear(s, start) || !plural(s, after))) {
        found.add(Candidate.of(AnswerType.YEAR, digits, line.number(), start, end, s, value, "year", digits));
      } else if (unit != null) {
        found.add(Candidate.of(AnswerType.NUMBER, digits, line.number(), start, end, s, value, unit, digits));
      }
    }
    return found;
  }

  /** Index of the first token that starts at or after {@code at}, or the token count. */
  private static int tokenAfter(Sentence s, int at) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).start() >= at) return i;
    }
    return t.size();
  }

  /** "million tons", "members", "km": an optional multiplier, then words up to the first noun. */
  private static String unit(String lineText, Sentence s, int from) {
    List<Token> t = s.tokens();
    int i = from;
    if (i < t.size() && MULTIPLIERS.contains(t.get(i).lower())) i++;
    for (int j = i; j < Math.min(t.size(), i + 3); j++) {
      Token tok = t.get(j);
      if (tok.is("NOUN") || tok.is("SYM")) return lineText.substring(t.get(from).start(), tok.end());
      if (!(tok.is("ADJ") || tok.is("ADP") && tok.lower().equals("of") && j > i)) return null;
    }
    return null;
  }

  /** "1500 workers" is a figure, "1925 Party Congress" and "1930 harvest" are years. */
  private static boolean plural(Sentence s, int at) {
    if (at >= s.tokens().size()) return false;
    Token t = s.tokens().get(at);
    return Character.isLowerCase(t.text().charAt(0)) && !t.lemma().equals(t.lower());
  }

  private static boolean leadsYear(Sentence s, int at) {
    Token before = null;
    for (Token t : s.tokens()) {
      if (t.end() > at) break;
      before = t;
    }
    return before == null || YEAR_LEADS.contains(before.lower()) || before.is("PUNCT");
  }
}
