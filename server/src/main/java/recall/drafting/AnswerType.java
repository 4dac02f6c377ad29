package recall.drafting;

/** What a key term is, so that distractors are of the same type and stems ask for the right thing. */
public enum AnswerType {
  YEAR("year", 1.0),
  NUMBER("number", 0.9),
  PERCENT("percentage", 0.9),
  PERSON("name", 1.0),
  PLACE("place", 0.9),
  TERM("term", 0.7);

  /** The word a stem asks with: "Which year fills the gap?" */
  public final String noun;
  /** How good a key of this type tends to be (proper names and dates make the clearest items). */
  public final double quality;

  AnswerType(String noun, double quality) {
    this.noun = noun;
    this.quality = quality;
  }

  public boolean isNumeric() {
    return this == YEAR || this == NUMBER || this == PERCENT;
  }
}
