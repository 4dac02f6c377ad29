package recall.http;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The Host check knows this machine's names in every spelling, and nothing else")
class HostCheckTest {
  private final HostCheck check = HostCheck.forThisMachine("0.0.0.0", "https://quiz.school.example/", List.of("Recall.Lan"));

  @Test
  @DisplayName("loopback, with or without a port, in IPv4 and IPv6 spellings")
  void loopback() {
    for (String h : List.of("localhost", "LOCALHOST:8080", "127.0.0.1", "127.0.0.1:9000", "[::1]:8080", "[0:0:0:0:0:0:0:1]", "::1")) {
      assertTrue(check.allows(h), h);
    }
  }

  @Test
  @DisplayName("the public URL's host and the configured extra names, in any case, with a trailing dot")
  void configured() {
    assertTrue(check.allows("quiz.school.example"));
    assertTrue(check.allows("QUIZ.school.example.:443"));
    assertTrue(check.allows("recall.lan:8080"));
  }

  @Test
  @DisplayName("another name is refused, also one that merely contains an allowed one")
  void foreign() {
    for (String h : List.of("attacker.example", "localhost.attacker.example", "127.0.0.1.nip.io", "quiz.school.example.evil")) {
      assertFalse(check.allows(h), h);
    }
  }

  @Test
  @DisplayName("\"*\" lets any name in")
  void any() {
    assertTrue(new HostCheck(List.of("*")).allows("anything.example"));
  }
}
