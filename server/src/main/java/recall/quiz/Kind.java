package recall.quiz;

import java.util.Locale;

/** The seven question kinds of the contract. */
public enum Kind {
  SINGLE, MULTIPLE, TRUEFALSE, NUMERIC, ORDER, TEXT, POLL;

  /** The kind's name on the wire: {@code single}, {@code multiple}, ... */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named on the wire, or null for an unknown name. */
  public static Kind fromWire(String name) {
    if (name == null) return null;
    for (Kind k : values()) {
      if (k.wire().equals(name)) return k;
    }
    return null;
  }

  /** Kinds answered by picking option indexes. */
  public boolean isChoice() {
    return this == SINGLE || this == MULTIPLE || this == TRUEFALSE || this == POLL;
  }
}
