package recall.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little text handling the checks share: words, content words (no function words), a light
 * stem so that "plans" meets "plan", and a guess at proper nouns. English only, on purpose: the
 * rules themselves are about English item writing.
 */
public final class Words {

  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");
  /** Function words and question words: they say nothing about a question's topic. */
  static final Set<String> STOP = Set.of(
      "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
      "onto", "as", "than", "then", "so", "if", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
      "did", "done", "has", "have", "had", "having", "it", "its", "this", "that", "these", "those", "there", "their",
      "they", "them", "he", "him", "his", "she", "her", "hers", "we", "us", "our", "you", "your", "i", "me", "my",
      "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "whether", "not", "no", "yes", "can",
      "could", "would", "should", "will", "shall", "may", "might", "must", "about", "after", "before", "during",
      "over", "under", "up", "down", "out", "off", "also", "very", "more", "most", "much", "many", "some", "any",
      "each", "such", "own", "same", "other", "another", "both", "either", "neither", "too", "only", "just", "even",
      "all", "every", "one", "two", "three", "four", "five", "s", "t", "according", "notes", "following", "true",
      "false", "statement", "statements", "option", "options", "answer", "answers", "best", "describes", "explains",
      "while", "because", "until", "against", "between", "through", "without", "within", "upon", "among", "per");

  /** Words written in capitals for emphasis, not as acronyms. */
  private static final Set<String> EMPHASIS = Set.of("not", "except", "never", "least", "false", "true", "none", "both", "only",
      "two", "three", "four", "all", "no");

  private Words() {
  }

  /** The words of a text, lower-cased, in order ({@code Lenin's} is {@code lenin's}). */
  public static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) return words;
    Matcher m = WORD.matcher(text);
    while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
    return words;
  }

  /** The words as written, case kept. */
  public static List<String> raw(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) return words;
    Matcher m = WORD.matcher(text);
    while (m.find()) words.add(m.group());
    return words;
  }

  /** The stems of the content words: no function words, no bare numbers, each once, in order. */
  public static Set<String> content(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : of(text)) {
      if (STOP.contains(w) || w.chars().allMatch(Character::isDigit)) continue;
      String s = stem(w);
      if (!s.isEmpty() && !STOP.contains(s)) out.add(s);
    }
    return out;
  }

  /** Every word's stem, numbers included, each once. */
  public static Set<String> stems(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : of(text)) out.add(stem(w));
    return out;
  }

  /** A light stem: no possessive, no plural or common verb ending ({@code purges} → {@code purg}). */
  public static String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
    if (w.endsWith("'")) w = w.substring(0, w.length() - 1);
    if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
    for (String end : List.of("ing", "ed", "es", "s", "e")) {
      if (w.length() > end.length() + 3 && w.endsWith(end) && !w.endsWith("ss")) return w.substring(0, w.length() - end.length());
    }
    return w;
  }

  /**
   * A word written with a capital that is not a function word: most likely a name ("Stalin",
   * "Gosplan"). All-capital emphasis ("NOT", "TWO") and "I" are not names.
   */
  public static boolean isName(String rawWord) {
    if (rawWord.isEmpty() || !Character.isUpperCase(rawWord.codePointAt(0))) return false;
    String lower = rawWord.toLowerCase(Locale.ROOT);
    if (rawWord.length() > 1 && rawWord.equals(rawWord.toUpperCase(Locale.ROOT))) return !STOP.contains(lower) && !EMPHASIS.contains(lower);
    return !STOP.contains(lower);
  }

  /** Jaccard similarity of two sets: 1 when equal, 0 when disjoint or both empty. */
  public static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) return 0;
    int common = 0;
    for (String w : a) {
      if (b.contains(w)) common++;
    }
    return (double) common / (a.size() + b.size() - common);
  }
}
