package recall.classes;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Random;

/**
 * Students' personal join codes: six characters from an alphabet without the look-alikes 0/O and
 * 1/I, so that a code copied from a printed card is typed right. 32^6 is about a billion codes;
 * uniqueness on the server is kept by the database's unique index (a clash is drawn again).
 */
public final class JoinCodes {
  public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  public static final int LENGTH = 6;

  private final Random random;

  public JoinCodes(Random random) {
    this.random = random;
  }

  public JoinCodes() {
    this(new SecureRandom());
  }

  public String next() {
    StringBuilder b = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    return b.toString();
  }

  /** A code as typed (any case, spaces or dashes) in its stored form, or null when it cannot be one. */
  public static String normalise(String typed) {
    if (typed == null) return null;
    String s = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (s.length() < 5 || s.length() > 16) return null;
    for (int i = 0; i < s.length(); i++) if (ALPHABET.indexOf(s.charAt(i)) < 0) return null;
    return s;
  }
}
