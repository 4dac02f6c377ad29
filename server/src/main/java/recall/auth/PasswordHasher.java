package recall.auth;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * PBKDF2-HMAC-SHA512 with a random salt, at an iteration count above OWASP's 210,000. Hashing takes
 * a few hundred milliseconds on purpose: call it off the event loop.
 */
public final class PasswordHasher {
  public static final int ITERATIONS = 250_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHasher() {
  }

  /** A salted hash of the password. */
  public record Hash(String salt, String hash, int iterations) {
  }

  public static Hash hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return new Hash(b64(salt), b64(derive(password, salt, ITERATIONS)), ITERATIONS);
  }

  /** Whether the password matches, compared in constant time. */
  public static boolean matches(String password, String salt, String hash, int iterations) {
    byte[] expected = Base64.getDecoder().decode(hash);
    byte[] actual = derive(password, Base64.getDecoder().decode(salt), iterations);
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 512);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA512 is missing from this JVM", e);
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** A random secret of {@code bytes} bytes, URL-safe Base64. */
  public static String randomSecret(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
