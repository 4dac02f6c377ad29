package recall.scoring;

/**
 * How right one answer is.
 *
 * @param fraction the share judged right, 0..1 (1 for a fully right answer)
 * @param correct true only for a fully right answer
 */
public record Judgement(double fraction, boolean correct) {
  public static final Judgement WRONG = new Judgement(0, false);
  public static final Judgement RIGHT = new Judgement(1, true);
  /** A poll answer: nothing is right or wrong. */
  public static final Judgement POLL = new Judgement(0, false);

  public static Judgement of(double fraction) {
    return fraction >= 1.0 ? RIGHT : new Judgement(fraction, false);
  }
}
