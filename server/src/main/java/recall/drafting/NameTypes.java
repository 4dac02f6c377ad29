package recall.drafting;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells people, places and terms apart among the capitalised names of a whole notes document, from
 * how the notes use each name: a place follows "in", "at", "across" or "visited"; a term takes "the"
 * or is an acronym; a name only ever seen at the start of a sentence is a term ("Photosynthesis");
 * the rest are people. A statistical guess, not named-entity recognition.
 */
final class NameTypes {

  static final Set<String> LOCATIVE = Set.of("in", "at", "into", "across", "near", "throughout", "within", "inside", "visited", "visit");

  /** Movements, groups and ideas ("Leninism", "Bolsheviks", "Stakhanovites", "Georgian") are terms. */
  private static final Pattern TERM_ENDING = Pattern.compile("(?:ism|ist|ists|ian|ians|iks?|ites?|s)$");
  /** Countries and regions so often end so ("Russia", "Siberia", "Finland", "Kazakhstan"). */
  private static final Pattern PLACE_ENDING = Pattern.compile("(?:ia|land|stan)$");

  private static final class Uses {
    int total;
    int midSentence;
    int locative;
    int definite;
    boolean acronym;
    int commonNoun;
  }

  /** Titles and offices: "General Secretary" is a post, "Marshal Zhukov" still a person. */
  private static final Set<String> TITLES = Set.of("general", "secretary", "commissar", "head", "chairman", "president", "minister",
      "marshal", "king", "queen", "emperor", "tsar", "prime", "chief", "leader", "director", "professor", "doctor", "sir", "lord");

  private final Map<String, Uses> uses = new HashMap<>();
  /** Words the notes also write in lower case ("army", "war"): capitalised, they are still terms. */
  private final Set<String> commonWords = new java.util.HashSet<>();

  /** Notes a word written in lower case. */
  void countWord(Token t) {
    if (!t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0))) commonWords.add(t.lower());
  }

  /**
   * A name seen only at the start of sentences is a person when it reads as a full name of capitalised
   * proper nouns ("William Harvey") or is the surname of one ("Mendeleev" after "Dmitri Mendeleev").
   */
  private boolean personNamed(String name) {
    String folded = Candidate.normal(name);
    if (TERM_ENDING.matcher(name).find() || allTitles(name)) return false;
    if (folded.contains(" ")) return fullNames.contains(folded);
    return surnames.contains(folded);
  }

  private final Set<String> fullNames = new java.util.HashSet<>();
  private final Set<String> surnames = new java.util.HashSet<>();

  /** Notes a run of two or three proper nouns, a possible full name. */
  private void countFullName(Sentence s, int from, int to, String name) {
    if (to - from < 2 || to - from > 3) return;
    for (int i = from; i < to; i++) {
      if (!s.tokens().get(i).is("PROPN")) return;
    }
    String folded = Candidate.normal(name);
    fullNames.add(folded);
    surnames.add(folded.substring(folded.lastIndexOf(' ') + 1));
  }

  private static boolean allTitles(String name) {
    for (String w : Candidate.normal(name).split(" ")) {
      if (!TITLES.contains(w)) return false;
    }
    return true;
  }

  /** Counts one use of the name made of tokens {@code from..to} of sentence {@code s}. */
  void count(Sentence s, int from, int to, String name) {
    Uses u = uses.computeIfAbsent(Candidate.normal(name), k -> new Uses());
    u.total++;
    countFullName(s, from, to, name);
    if (from > 0) u.midSentence++;
    int before = from - 1;
    while (before >= 0 && s.tokens().get(before).is("ADJ")) before--;
    if (before >= 0 && s.tokens().get(before).lower().equals("the")) u.definite++;
    if (before >= 0 && LOCATIVE.contains(s.tokens().get(before).lower())) u.locative++;
    u.acronym |= name.length() >= 2 && name.equals(name.toUpperCase()) && name.chars().anyMatch(Character::isLetter);
    boolean noun = false;
    for (int i = from; i < to; i++) noun |= s.tokens().get(i).is("NOUN");
    if (noun) u.commonNoun++;
  }

  AnswerType typeOf(String name) {
    Uses u = uses.get(Candidate.normal(name));
    if (u == null) return AnswerType.TERM;
    if (u.midSentence == 0) return personNamed(name) ? AnswerType.PERSON : AnswerType.TERM;
    if (TERM_ENDING.matcher(name).find() || allTitles(name)) return AnswerType.TERM;
    if (u.locative > 0 && u.locative * 3 >= u.total) return AnswerType.PLACE;
    if (u.acronym || u.commonNoun * 2 > u.total || u.definite * 2 > u.total || commonWords.contains(Candidate.normal(name))) {
      return AnswerType.TERM;
    }
    if (!name.contains(" ") && PLACE_ENDING.matcher(name).find()) return AnswerType.PLACE;
    return AnswerType.PERSON;
  }
}
