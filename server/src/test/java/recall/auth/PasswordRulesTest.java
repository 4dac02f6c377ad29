package recall.auth;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A new password: 10 characters at least, not the user name, not a common one")
class PasswordRulesTest {
  @Test
  @DisplayName("under 10 characters is refused, 10 of a good mix is accepted")
  void length() {
    assertNotNull(PasswordRules.problem("anna", "k7mq-x3fa"));
    assertNull(PasswordRules.problem("anna", "k7mq-x3fa9"));
  }

  @Test
  @DisplayName("the user name, in any case, is refused")
  void userName() {
    assertNotNull(PasswordRules.problem("headofhistory", "HeadOfHistory"));
  }

  @Test
  @DisplayName("passwords on the shipped list are refused whatever their case; the list has thousands")
  void common() {
    assertTrue(PasswordRules.listSize() > 2000, "list size " + PasswordRules.listSize());
    for (String p : new String[] {"password123", "Password1234", "qwertyuiop", "1234567890", "iloveyou123", "Teacher2025!", "1q2w3e4r5t"}) {
      assertNotNull(PasswordRules.problem("anna", p), p);
    }
    assertNotNull(PasswordRules.problem("anna", "aaaaaaaaaaaaab"), "two characters repeated");
  }

  @Test
  @DisplayName("a generated one-time password would pass the rules")
  void generatedPasses() {
    for (int i = 0; i < 50; i++) assertNull(PasswordRules.problem("anna", OneTimePassword.create()));
  }
}
