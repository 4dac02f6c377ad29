package recall.http;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The Content-Security-Policy")
class SecurityHeadersTest {

  @Test
  @DisplayName("names the server's own WebSocket origin, for browsers that do not count ws: as 'self'")
  void namesOwnSocket() {
    String csp = SecurityHeaders.policy("192.168.1.20:8080");
    assertTrue(csp.contains("connect-src 'self' ws://192.168.1.20:8080 wss://192.168.1.20:8080;"), csp);
    assertTrue(csp.contains("script-src 'self';"), csp);
  }

  @Test
  @DisplayName("leaves out a Host header that would inject into the policy")
  void refusesInjectedHost() {
    String csp = SecurityHeaders.policy("evil.example; script-src *");
    assertFalse(csp.contains("evil"), csp);
    assertTrue(csp.contains("connect-src 'self';"), csp);
  }
}
