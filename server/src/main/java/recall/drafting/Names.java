package recall.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds names (runs of capitalised words that the tagger calls proper nouns: "Stalin", "Sergei
 * Kirov", "Central Committee") and terms (runs of common nouns: "chloroplasts", "grain procurement")
 * in a sentence. Months, days and everyday nouns ("people", "time", "part") are no key terms.
 */
final class Names {

  private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "i", "mr", "mrs", "dr", "st", "dec", "jan", "feb", "oct", "nov", "sept", "aug");
  private static final Set<String> GENERIC = Set.of("people", "person", "time", "times", "way", "ways", "part", "parts", "number",
      "numbers", "example", "result", "results", "thing", "things", "year", "years", "area", "areas", "fact", "facts", "kind",
      "lot", "lots", "rest", "end", "start", "beginning", "case", "cases", "point", "place", "side", "use", "form", "forms",
      "level", "levels", "type", "types", "amount", "deal", "order", "sort", "idea", "ideas", "reason", "reasons", "effect",
      "effects", "means", "view", "views", "other", "others", "one", "ones", "matter", "basis", "aspect", "aspects", "day", "days",
      "month", "months", "week", "weeks", "percent", "cent", "attempt", "need", "lack", "role", "name", "names", "list");

  private Names() {
  }

  /** A run of tokens {@code from..to} that names something. */
  record Run(int from, int to, boolean proper) {
  }

  static List<Run> runs(Sentence s) {
    List<Run> runs = new ArrayList<>();
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      if (properStart(t.get(i))) {
        int j = i;
        while (j < t.size() && properPart(t.get(j))) j++;
        while (j > i && !t.get(j - 1).is("PROPN") && !t.get(j - 1).is("NOUN")) j--;
        if (j > i && hasProper(t, i, j)) {
          runs.add(new Run(i, j, true));
          i = j;
          continue;
        }
      }
      if (isTermWord(t.get(i))) {
        int j = i;
        while (j < t.size() && j - i < 3 && isTermWord(t.get(j))) j++;
        Token head = t.get(j - 1);
        // Gerunds ("ruling", "appearing") are verbs more than terms.
        if (head.text().length() >= 4 && !GENERIC.contains(head.lower()) && !head.lower().endsWith("ing")) runs.add(new Run(i, j, false));
        i = j;
        continue;
      }
      i++;
    }
    return runs;
  }

  private static boolean hasProper(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).is("PROPN") || k > 0 && t.get(k).is("NOUN")) return !NOT_NAMES.contains(t.get(from).lower()) && t.get(from).text().length() >= 2;
    }
    return false;
  }

  private static boolean properStart(Token t) {
    return capital(t) && (t.is("PROPN") || t.is("NOUN") || t.is("ADJ")) && !NOT_NAMES.contains(t.lower());
  }

  private static boolean properPart(Token t) {
    return capital(t) && (t.is("PROPN") || t.is("NOUN") || t.is("ADJ") || t.is("NUM")) && !NOT_NAMES.contains(t.lower());
  }

  private static boolean isTermWord(Token t) {
    return t.is("NOUN") && !capital(t) && t.text().chars().allMatch(c -> Character.isLetter(c) || c == '-');
  }

  private static boolean capital(Token t) {
    return !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
  }
}
