package recall.auth;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Teacher passwords are stored as slow, salted PBKDF2-HMAC-SHA512 hashes")
class PasswordHasherTest {

  @Test
  @DisplayName("the iteration count is at least OWASP's 220,000, and is stored with the hash")
  void iterations() {
    assertTrue(PasswordHasher.ITERATIONS >= 220_000, "iterations: " + PasswordHasher.ITERATIONS);
    assertEquals(PasswordHasher.ITERATIONS, PasswordHasher.hash("correct horse").iterations());
  }

  @Test
  @DisplayName("the right password matches its hash; a wrong one, or one differing in case, does not")
  void matchesAndMismatches() {
    PasswordHasher.Hash h = PasswordHasher.hash("correct horse");
    assertTrue(PasswordHasher.matches("correct horse", h.salt(), h.hash(), h.iterations()));
    assertFalse(PasswordHasher.matches("correct horse ", h.salt(), h.hash(), h.iterations()));
    assertFalse(PasswordHasher.matches("Correct horse", h.salt(), h.hash(), h.iterations()));
    assertFalse(PasswordHasher.matches("", h.salt(), h.hash(), h.iterations()));
  }

  @Test
  @DisplayName("the same password hashed twice gets two salts and two hashes of 512 bits")
  void salted() {
    PasswordHasher.Hash a = PasswordHasher.hash("correct horse");
    PasswordHasher.Hash b = PasswordHasher.hash("correct horse");
    assertNotEquals(a.salt(), b.salt());
    assertNotEquals(a.hash(), b.hash());
    assertEquals(16, Base64.getDecoder().decode(a.salt()).length);
    assertEquals(64, Base64.getDecoder().decode(a.hash()).length);
  }

  @Test
  @DisplayName("a hash is checked with the iteration count it was made with")
  void storedIterationsAreUsed() {
    PasswordHasher.Hash h = PasswordHasher.hash("correct horse");
    assertFalse(PasswordHasher.matches("correct horse", h.salt(), h.hash(), h.iterations() - 1));
  }

  @Test
  @DisplayName("random secrets are URL-safe and differ each time")
  void randomSecrets() {
    String a = PasswordHasher.randomSecret(32);
    assertTrue(a.matches("[A-Za-z0-9_-]{43}"), a);
    assertNotEquals(a, PasswordHasher.randomSecret(32));
  }
}
