package recall.room;

import recall.auth.PasswordHasher;

import java.security.SecureRandom;
import java.util.Set;

/** Random PINs, player ids and secrets. */
final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

  private Ids() {
  }

  /** Six digits, never starting with 0 (a teacher reads it aloud; a phone keypad shows it). */
  static String pin() {
    return String.valueOf(100_000 + RANDOM.nextInt(900_000));
  }

  static String playerId(Set<String> taken) {
    String id;
    do {
      StringBuilder b = new StringBuilder("p");
      for (int i = 0; i < 8; i++) b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      id = b.toString();
    } while (taken.contains(id));
    return id;
  }

  /** A secret that cannot be guessed: player tokens and host keys. */
  static String secret() {
    return PasswordHasher.randomSecret(24);
  }
}
