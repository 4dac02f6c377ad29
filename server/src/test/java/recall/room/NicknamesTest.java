package recall.room;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Nicknames and the rude-name block list")
class NicknamesTest {
  @Test
  @DisplayName("a nickname is two capitalised words, fits 24 characters and is never rude")
  void friendly() {
    Nicknames names = new Nicknames(new Random(7));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String n = names.next();
      seen.add(n);
      assertTrue(n.matches("[A-Z][a-z]+ [A-Z][a-z]+"), n);
      assertTrue(n.length() <= 24, n);
      assertFalse(RudeNames.shipped().isRude(n), n);
    }
    assertTrue(seen.size() > 500, "nicknames vary: " + seen.size());
    assertEquals(1600, Nicknames.variety());
  }

  @Test
  @DisplayName("rude words are refused, also in capitals, with accents, look-alike digits or dots between letters")
  void refused() {
    RudeNames rude = RudeNames.shipped();
    for (String n : new String[] {"shit", "SHIT", "Big Shit", "sh1t", "$hit", "s.h.i.t", "fúck", "Mr Wanker99", "b u m", "xXbitchXx"}) {
      assertTrue(rude.isRude(n), n);
    }
  }

  @Test
  @DisplayName("ordinary names that contain a short rude word inside them stay allowed")
  void scunthorpe() {
    RudeNames rude = RudeNames.shipped();
    for (String n : new String[] {"Anna", "Scunthorpe", "Hancock", "Cassandra", "Dickens", "Sussex Sam", "Therapist", "Shitake? no: Shiitake", "Bassam", "Matsumoto"}) {
      assertFalse(rude.isRude(n), n);
    }
  }
}
