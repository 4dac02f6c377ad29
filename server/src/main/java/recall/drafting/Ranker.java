package recall.drafting;

/**
 * Scores a draft for ranking, after Heilman and Smith (2010), who doubled the share of acceptable
 * generated questions by overgenerating and ranking: the rule's confidence, how much the quoted
 * sentence says (its content words), how good the answer's type tends to be, and a stem of a
 * readable length.
 */
final class Ranker {

  private static final int INFORMATIVE_WORDS = 8;

  private Ranker() {
  }

  static double score(Draft d) {
    double informative = Math.min(1.0, contentWords(d.quote()) / (double) INFORMATIVE_WORDS);
    double quality = d.type() == null ? 0.8 : d.type().quality;
    return d.confidence() * (0.6 + 0.4 * informative) * quality * lengthFactor(d.text());
  }

  /** Words of four letters or more, or figures: a rough count of what the sentence tells. */
  static int contentWords(String text) {
    int n = 0;
    for (String w : text.split("[\\s,;:()“”‘’\"]+")) {
      if (w.length() >= 4 || w.chars().anyMatch(Character::isDigit)) n++;
    }
    return n;
  }

  static double lengthFactor(String stem) {
    int words = stem.split("\\s+").length;
    if (words < 8) return 0.8;
    if (words <= 40) return 1.0;
    if (words <= 60) return 0.75;
    return 0.5;
  }
}
