package recall.check;

import recall.quiz.Kind;
import recall.quiz.Question;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stem that leans on another question: it opens by carrying on ("At first", "Then"), points at
 * another question ("the above"), says "this", "these" or "the plan" before naming what it means,
 * or "he" without naming anyone. Questions are shuffled and projected one at a time, so every stem must name its topic.
 * A reference after a name in the same stem ("Trotsky claimed he...") is fine, as is "which of
 * these" (the options) and an order question's "these" once its topic is named.
 */
final class LeaningStem implements Rule {

  private static final Pattern OPENER = Pattern.compile(
      "(?i)^\\W*(at first|at this|at that|then|next|after (this|that|these|it)|later|also|again|meanwhile|similarly|"
          + "instead|as a result|in turn|by then|by this|afterwards|furthermore|moreover|however|and|but|so)\\b");
  private static final Pattern POINTER = Pattern.compile(
      "(?i)\\b(the (above|previous|preceding|last|next|same) (question|answer|one)s?|the above|(previous|earlier|last) question|as before)\\b");
  private static final Pattern REFERENCE = Pattern.compile(
      "(?i)(?<!\\bof )\\b(this|these|those|such)\\b(?:\\s+([\\p{L}']+))?"
          + "|\\bthe (plans?|polic(?:y|ies)|campaigns?|decrees?|laws?|programmes?|programs?|schemes?|treat(?:y|ies)|pacts?|reforms?"
          + "|movements?|period|process|events?|trials?|speech|article|book)\\b(?!\\s+(?:of|to|for|that|which|who|in|on|against|called|named|known)\\b)");
  /** "He", "his"...: fine once the stem names anyone; "they" only leans when it opens the stem. */
  private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(he|she|him|his|her|hers)\\b|^\\W*(they|them|their)\\b");
  /** After "these" or "this", the words that mean the options or the question itself. */
  private static final Set<String> SELF = Set.of("options", "statements", "answers", "choices", "items", "question", "quiz", "as");
  /** Words that often open a stem with a capital without being a name. */
  private static final Set<String> OPENING_WORDS = Set.of("put", "name", "give", "arrange", "order", "sort", "choose", "pick",
      "select", "identify", "estimate", "type", "write", "enter", "complete", "fill", "match", "state", "explain", "describe",
      "list", "rank", "tick", "mark", "say", "decide", "find", "historians", "people", "roughly", "approximately", "nearly",
      "almost", "later", "next", "however", "once", "soon", "early", "late", "first", "finally", "today", "why", "around");
  /** Words of an order stem that say how to order, not what. */
  private static final Set<String> ORDER_WORDS = Set.of("put", "order", "earliest", "first", "last", "latest", "chronological",
      "event", "arrange", "sort", "item", "start", "oldest", "newest", "sequence", "happen", "took", "place", "time", "date",
      "top", "bottom", "correct", "right", "happened", "dat", "sequenc", "chronologic", "arrang", "happ", "plac", "tim", "com",
      "came", "come", "step", "stag", "stage", "thing");

  @Override
  public String id() {
    return "leaning-stem";
  }

  @Override
  public String description() {
    return "the stem leans on another question (\"At first\", \"this\", \"the plan\", \"Put these in order\") instead of naming its topic";
  }

  @Override
  public List<String> check(Question q, CheckContext context) {
    String text = q.text();
    Matcher opener = OPENER.matcher(text);
    if (opener.find()) return List.of(say("opens with \"" + opener.group(1) + "\", as if it followed another question"));
    Matcher pointer = POINTER.matcher(text);
    if (pointer.find()) return List.of(say("points at another question (\"" + pointer.group() + "\")"));
    if (q.kind() == Kind.ORDER) {
      boolean named = Words.content(text).stream().anyMatch(w -> !ORDER_WORDS.contains(w));
      return named ? List.of() : List.of(say("says only how to order, not what: name the events' topic (\"Put these stages of collectivisation in order\")"));
    }
    Matcher ref = REFERENCE.matcher(text);
    while (ref.find()) {
      if (ref.group(1) != null) {
        String next = ref.group(2) == null ? "" : ref.group(2).toLowerCase(Locale.ROOT);
        if (SELF.contains(next) || ref.group(1).equalsIgnoreCase("those") && Set.of("who", "which", "that", "in", "with").contains(next)) continue;
      }
      if (!namesBefore(text, ref.start())) return List.of(say("says \"" + ref.group().strip() + "\" before naming what it means"));
    }
    Matcher pronoun = PRONOUN.matcher(text);
    if (pronoun.find() && !namesBefore(text, text.length())) {
      return List.of(say("says \"" + pronoun.group().strip() + "\" but names nobody"));
    }
    return List.of();
  }

  private static String say(String what) {
    return "the stem " + what + ": questions are shuffled, so every stem must stand alone and name its topic";
  }

  /** Whether a name stands in the text before this position (the first word only when it is not a usual opener). */
  static boolean namesBefore(String text, int end) {
    List<String> words = Words.raw(text.substring(0, end));
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (i == 0 && OPENING_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
      if (Words.isName(w)) return true;
    }
    return false;
  }
}
