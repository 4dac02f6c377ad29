package recall.check;

import recall.quiz.Kind;
import recall.quiz.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Order items that give their order away: ordinals ("First Plan, Second Plan"), leading numbers,
 * or years that already sort them. An order question should test knowing the sequence.
 */
final class OrderGiveaway implements Rule {

  private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
      Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7),
      Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("last", 99), Map.entry("final", 99));
  private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|(\\d{1,2})(?:st|nd|rd|th))\\b");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\W*(\\d{1,4})\\b");

  @Override
  public String id() {
    return "order-giveaway";
  }

  @Override
  public String description() {
    return "order items carry their order: ordinals (First Plan, Second Plan), leading numbers or years that sort them";
  }

  @Override
  public List<String> check(Question q, CheckContext context) {
    if (q.kind() != Kind.ORDER) return List.of();
    if (sorted(q.items(), OrderGiveaway::ordinal)) {
      return List.of("the items carry ordinals (first, second...) that give the order away: name the events without them");
    }
    if (sorted(q.items(), OrderGiveaway::leadingNumber)) {
      return List.of("the items start with numbers that give the order away: take them out of the items");
    }
    if (sorted(q.items(), Figures::year)) {
      return List.of("the items name their years, which sort them: leave the years out, or ask for the year instead");
    }
    return List.of();
  }

  /** At least two items carry a mark, and the marks follow the items' (right) order. */
  private static boolean sorted(List<String> items, java.util.function.Function<String, Integer> mark) {
    List<Integer> marks = new ArrayList<>();
    for (String item : items) {
      Integer m = mark.apply(item);
      if (m != null) marks.add(m);
    }
    if (marks.size() < 2) return false;
    for (int i = 1; i < marks.size(); i++) {
      if (marks.get(i) < marks.get(i - 1)) return false;
    }
    return true;
  }

  private static Integer ordinal(String item) {
    Matcher m = ORDINAL.matcher(item);
    if (!m.find()) return null;
    if (m.group(2) != null) return Integer.valueOf(m.group(2));
    return ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT));
  }

  private static Integer leadingNumber(String item) {
    Matcher m = LEADING_NUMBER.matcher(item);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }
}
