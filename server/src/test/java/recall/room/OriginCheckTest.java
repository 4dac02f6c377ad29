package recall.room;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A WebSocket upgrade is let in from the server's own pages or without an Origin")
class OriginCheckTest {
  private final OriginCheck noPublicUrl = new OriginCheck(null);

  @Test
  @DisplayName("a client that sends no Origin (a script, the load generator) is let in")
  void noOrigin() {
    assertTrue(noPublicUrl.allows(null, "127.0.0.1:8080"));
  }

  @Test
  @DisplayName("a page of the server itself, the host and port it was reached on, is let in")
  void sameOrigin() {
    assertTrue(noPublicUrl.allows("http://192.168.1.20:8080", "192.168.1.20:8080"));
    assertTrue(noPublicUrl.allows("https://quiz.school.example", "quiz.school.example"));
    assertTrue(noPublicUrl.allows("http://quiz.school.example:80", "quiz.school.example"));
    assertTrue(noPublicUrl.allows("HTTP://Quiz.School.Example", "quiz.school.example"), "scheme and host ignore case");
  }

  @Test
  @DisplayName("a page of another site is refused")
  void foreignOrigin() {
    assertFalse(noPublicUrl.allows("https://evil.example", "192.168.1.20:8080"));
    assertFalse(noPublicUrl.allows("http://192.168.1.20.evil.example:8080", "192.168.1.20:8080"));
  }

  @Test
  @DisplayName("the same host on another port is another origin, and is refused")
  void otherPort() {
    assertFalse(noPublicUrl.allows("http://192.168.1.20:9090", "192.168.1.20:8080"));
    assertFalse(noPublicUrl.allows("http://192.168.1.20", "192.168.1.20:8080"));
  }

  @Test
  @DisplayName("an Origin of \"null\" (a sandboxed frame or a file) or garbage is refused")
  void unreadableOrigin() {
    assertFalse(noPublicUrl.allows("null", "192.168.1.20:8080"));
    assertFalse(noPublicUrl.allows("", "192.168.1.20:8080"));
    assertFalse(noPublicUrl.allows("not a url", "192.168.1.20:8080"));
  }

  @Test
  @DisplayName("without a Host header only the configured public URL is let in")
  void noHost() {
    assertFalse(noPublicUrl.allows("http://192.168.1.20:8080", null));
    assertTrue(new OriginCheck("https://quiz.school.example").allows("https://quiz.school.example", null));
  }

  @Test
  @DisplayName("pages served under the configured public URL (behind a proxy) are let in whatever the Host header")
  void publicUrl() {
    OriginCheck behindProxy = new OriginCheck("https://quiz.school.example/");
    assertTrue(behindProxy.allows("https://quiz.school.example", "10.0.0.5:8080"));
    assertFalse(behindProxy.allows("http://quiz.school.example", "10.0.0.5:8080"), "another scheme is another origin");
    assertFalse(behindProxy.allows("https://evil.example", "10.0.0.5:8080"));
  }
}
