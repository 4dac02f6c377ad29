package recall.check;

import recall.quiz.Question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A distractor that the notes themselves make true. Heuristic: take the distractor's own content
 * words (not the stem's, not the key's); if at least two of them, all, stand on the cited line, or
 * on a line of the same section that also carries most of the stem's words, and no negative comes
 * just before them there, the notes affirm that distractor too. One-word distractors (a name, a
 * year) are left alone: drawing them from nearby lines is good practice, and a name on a line says
 * nothing about the stem. Negative stems are skipped: their distractors are meant to be true.
 */
final class TrueByNotes implements Rule {

  static final int MIN_WORDS = 2;
  private static final Pattern NEGATIVE = Pattern.compile(
      "(?i)\\b(not|never|no|nor|neither|without|rather than|instead of|unlike|false|wrong)\\b|n['’]t\\b");
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
    Set<String> stem = Words.content(q.text());
    Set<String> keyWords = new LinkedHashSet<>();
    Choices.keys(q).forEach(k -> keyWords.addAll(Words.content(k)));
    List<String> out = new ArrayList<>();
    for (int i : Choices.distractors(q)) {
      Set<String> own = new LinkedHashSet<>(Words.content(q.options().get(i)));
      own.removeAll(stem);
      own.removeAll(keyWords);
      if (own.size() < MIN_WORDS) continue;
      Integer line = affirmingLine(q, context, own, stem);
      if (line != null) {
        out.add(Choices.label(q, i) + " looks true by the notes (line " + line + " says so): choose a distractor the notes do not support");
      }
    }
    return out;
  }

  /** The cited line, or a line of its section about the stem, that affirms all these words; or null. */
  private static Integer affirmingLine(Question q, CheckContext context, Set<String> words, Set<String> stem) {
    int cited = q.sourceLine();
    if (affirms(context.notes().line(cited), words)) return cited;
    for (int n : context.notes().section(cited)) {
      if (n == cited) continue;
      String line = context.notes().line(n);
      Set<String> lineWords = Words.content(line);
      long aboutStem = stem.stream().filter(lineWords::contains).count();
      if (!stem.isEmpty() && aboutStem * 2 >= stem.size() && affirms(line, words)) return n;
    }
    return null;
  }

  /** Every word stands on the line, and no negative comes just before any of them. */
  static boolean affirms(String line, Set<String> words) {
    Set<String> lineWords = Words.content(line);
    if (!lineWords.containsAll(words)) return false;
    for (String w : words) {
      int at = position(line, w);
      String before = line.substring(Math.max(0, at - NEGATION_REACH), Math.max(0, at));
      if (NEGATIVE.matcher(before).find()) return false;
    }
    return true;
  }

  /** Where the first word with this stem starts on the line (0 when not found). */
  private static int position(String line, String stem) {
    Matcher m = Words.WORD.matcher(line);
    while (m.find()) {
      if (Words.stem(m.group()).equals(stem)) return m.start();
    }
    return 0;
  }
}
