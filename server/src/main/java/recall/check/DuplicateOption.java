package recall.check;

import recall.quiz.Kind;
import recall.quiz.Question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two options (or order items) that say the same once case, punctuation, articles and thousands
 * separators are set aside ("The NKVD" and "NKVD"). The validator refuses exact repeats; these
 * slip past it.
 */
final class DuplicateOption implements Rule {

  @Override
  public String id() {
    return "duplicate-option";
  }

  @Override
  public String description() {
    return "two options or items say the same thing (\"The NKVD\" and \"NKVD\", \"1,000\" and \"1000\")";
  }

  @Override
  public List<String> check(Question q, CheckContext context) {
    List<String> entries = q.kind() == Kind.ORDER ? q.items() : q.kind() == Kind.TRUEFALSE ? List.of() : q.options();
    Map<String, Integer> seen = new HashMap<>();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Integer earlier = seen.putIfAbsent(normal(entries.get(i)), i);
      if (earlier != null) {
        out.add("\"" + entries.get(i) + "\" says the same as \"" + entries.get(earlier) + "\": make every option different");
      }
    }
    return out;
  }

  /** Lower case, digits joined ("1,000" → "1000"), no articles, no punctuation, single spaces. */
  static String normal(String s) {
    String t = s.toLowerCase(Locale.ROOT).replaceAll("(?<=\\d)[,\\s](?=\\d{3}\\b)", "");
    t = t.replaceAll("['’]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").replaceAll("\\b(the|a|an)\\b", " ");
    return t.replaceAll("\\s+", " ").strip();
  }
}
