package recall.check;

import recall.quiz.Question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A distractor that the notes themselves make true. Heuristic: take the distractor's own words
 * (content words and figures that are neither the stem's nor the key's). If there are at least two,
 * and all of them stand, with no negative just before them, in the clause of the cited line that
 * holds the quote, or in a clause of the same section that also carries most of the stem's words,
 * the notes affirm that distractor too. Distractors that are only names or titles are left alone:
 * drawing them from nearby lines is good practice. Negative stems are skipped: their distractors
 * are meant to be true.
 */
final class TrueByNotes implements Rule {

  static final int MIN_WORDS = 2;
  private static final Pattern NEGATIVE = Pattern.compile(
      "(?i)\\b(not|never|no|nor|neither|without|rather than|instead of|unlike|false|wrong)\\b|n['’]t\\b");
  /** Where one claim ends and another begins: sentence ends, and words that set one claim against another. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      "(?i)[.!?;](?=\\s|$)|,\\s*with\\b|\\s(but|while|whereas|although|though|rather than|instead of|unlike)\\s");
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "twenty", "hundred", "thousand", "million", "half", "third", "quarter");
  /** How many characters before a word a negative still reaches it. */
  private static final int NEGATION_REACH = 30;

  @Override
  public String id() {
    return "true-by-notes";
  }

  @Override
  public String description() {
    return "a wrong option is also true by the notes: its words stand affirmatively on the cited line or its section";
  }

  @Override
  public List<String> check(Question q, CheckContext context) {
    String cited = context.citedLine(q);
    if (cited == null || !Choices.keyed(q) || NegativeStem.isNegative(q.text())) return List.of();
    Set<String> stem = words(q.text());
    Set<String> keyWords = new LinkedHashSet<>();
    Choices.keys(q).forEach(k -> keyWords.addAll(words(k)));
    List<String> out = new ArrayList<>();
    for (int i : Choices.distractors(q)) {
      String option = q.options().get(i);
      String weaker = weakerThanKey(option, Choices.keys(q));
      if (weaker != null) {
        out.add(Choices.label(q, i) + " is literally true too: if it was \"" + weaker + "\", it was \"" + option + "\" as well");
        continue;
      }
      Set<String> own = words(option);
      own.removeAll(stem);
      own.removeAll(keyWords);
      if (own.size() < MIN_WORDS || onlyNames(option, own)) continue;
      Integer line = affirmingLine(q, context, own, stem, option);
      if (line != null) {
        out.add(Choices.label(q, i) + " looks true by the notes (line " + line + " says so): choose a distractor the notes do not support");
      }
    }
    return out;
  }

  private static final List<String> COUNTS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  /**
   * The key that this distractor is a weaker form of ("One of the five Marshals" beside the key
   * "Three of the five Marshals"), or null: the same words but a smaller count before "of".
   */
  static String weakerThanKey(String option, List<String> keys) {
    // "10% of the grain" is a share, not "at least ten of them".
    if (option.contains("%")) return null;
    List<String> mine = Words.of(option);
    for (String key : keys) {
      List<String> theirs = Words.of(key);
      if (theirs.size() != mine.size()) continue;
      int differ = -1;
      for (int j = 0; j < mine.size() && differ != -2; j++) {
        if (!mine.get(j).equals(theirs.get(j))) differ = differ == -1 ? j : -2;
      }
      if (differ < 0 || differ + 1 >= mine.size() || !mine.get(differ + 1).equals("of")) continue;
      Integer a = count(mine.get(differ));
      Integer b = count(theirs.get(differ));
      if (a != null && b != null && a < b) return key;
    }
    return null;
  }

  private static Integer count(String word) {
    if (word.chars().allMatch(Character::isDigit) && word.length() < 9) return Integer.valueOf(word);
    int i = COUNTS.indexOf(word);
    return i < 0 ? null : i;
  }

  /** Content words and figures: "A five day week" is {five, day, week}. */
  static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>(Words.content(text));
    for (String w : Words.of(text)) {
      if (NUMBER_WORDS.contains(w) || w.chars().allMatch(Character::isDigit)) out.add(w);
    }
    return out;
  }

  /** Whether every one of these words is written with a capital in the option: a name or a title. */
  private static boolean onlyNames(String option, Set<String> own) {
    Set<String> names = new LinkedHashSet<>();
    for (String w : Words.raw(option)) {
      if (Character.isUpperCase(w.codePointAt(0))) names.add(Words.stem(w));
    }
    return names.containsAll(own);
  }

  /** The cited line, or a line of its section about the stem, that affirms all these words; or null. */
  private static Integer affirmingLine(Question q, CheckContext context, Set<String> own, Set<String> stem, String option) {
    int cited = q.sourceLine();
    String line = context.notes().line(cited);
    int at = q.sourceQuote() == null || q.sourceQuote().isEmpty() ? -1 : line.indexOf(q.sourceQuote());
    for (String clause : clauses(line)) {
      int start = line.indexOf(clause);
      boolean holdsQuote = at < 0 || start <= at + q.sourceQuote().length() && at <= start + clause.length();
      if (holdsQuote && affirms(clause, own, context) && figuresAgree(clause, option)) return cited;
    }
    for (int n : context.remember("section", cited, context.notes()::section)) {
      if (n == cited) continue;
      for (String clause : context.remember("clauses", n, k -> clauses(context.notes().line(k)))) {
        Set<String> clauseWords = context.remember("words", clause, TrueByNotes::words);
        long aboutStem = stem.stream().filter(clauseWords::contains).count();
        if (!stem.isEmpty() && aboutStem * 2 >= stem.size() && affirms(clause, own, context) && figuresAgree(clause, option)) return n;
      }
    }
    return null;
  }

  /**
   * Every figure of the option stands in the clause before the same word ("a five day week" is not
   * "the Five Year Plans ... a seven day week").
   */
  static boolean figuresAgree(String clause, String option) {
    List<String> mine = Words.of(option);
    List<String> theirs = Words.of(clause);
    for (int i = 0; i + 1 < mine.size(); i++) {
      String w = mine.get(i);
      if (!(NUMBER_WORDS.contains(w) || w.chars().allMatch(Character::isDigit))) continue;
      String next = Words.stem(mine.get(i + 1));
      boolean found = false;
      for (int j = 0; j + 1 < theirs.size() && !found; j++) {
        found = theirs.get(j).equals(w) && Words.stem(theirs.get(j + 1)).equals(next);
      }
      if (!found) return false;
    }
    return true;
  }

  /** A line cut into its claims. */
  static List<String> clauses(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = CLAUSE_BREAK.matcher(line);
    int from = 0;
    while (m.find()) {
      out.add(line.substring(from, m.start()));
      from = m.end();
    }
    out.add(line.substring(from));
    return out;
  }

  /** Every word stands in the clause, and no negative comes just before any of them. */
  private static boolean affirms(String clause, Set<String> own, CheckContext context) {
    if (!context.remember("words", clause, TrueByNotes::words).containsAll(own)) return false;
    for (String w : own) {
      int at = position(clause, w);
      String before = clause.substring(Math.max(0, at - NEGATION_REACH), at);
      if (NEGATIVE.matcher(before).find()) return false;
    }
    return true;
  }

  /** Where the first word with this stem starts in the clause (0 when not found). */
  private static int position(String clause, String stem) {
    Matcher m = Words.WORD.matcher(clause);
    while (m.find()) {
      String w = m.group().toLowerCase(java.util.Locale.ROOT);
      if (w.equals(stem) || Words.stem(w).equals(stem)) return m.start();
    }
    return 0;
  }
}
