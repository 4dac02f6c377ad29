package recall.auth;

import java.security.SecureRandom;

/**
 * A one-time password to hand over on paper or read aloud: 12 letters and digits in three groups,
 * without the look-alikes 0/O, 1/l/I.
 */
public final class OneTimePassword {
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimePassword() {
  }

  /** A fresh one, such as {@code k7mq-x3fa-9rtn} (about 59 bits). */
  public static String create() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) b.append('-');
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
