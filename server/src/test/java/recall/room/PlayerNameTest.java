package recall.room;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("A player's name is visible, plain Unicode, at most 24 characters, and unlike every other name in the room")
class PlayerNameTest {

  private static PlayerName.Name ok(String raw) {
    try {
      return PlayerName.check(raw);
    } catch (PlayerName.Refused e) {
      throw new AssertionError("refused '" + raw + "': " + e.getMessage());
    }
  }

  private static void refused(String raw) {
    assertThrows(PlayerName.Refused.class, () -> PlayerName.check(raw), "'" + raw + "' should be refused");
  }

  @Test
  @DisplayName("ordinary names from many scripts are kept as typed, trimmed, with spaces of any kind as one space")
  void ordinaryNames() {
    assertEquals("Anna", ok("  Anna ").shown());
    assertEquals("Zoë Ng", ok("Zoe\u0308\u00A0\u00A0Ng").shown(), "NFC, and a no-break space is a space");
    for (String name : List.of("Владимир", "李小龍", "محمد", "שרה", "O'Brien-Smith", "Tom;=1+2", "Ana 2")) ok(name);
  }

  @Test
  @DisplayName("names that look blank are refused: no-break space, zero-width space, Hangul filler, blank Braille, BOM")
  void blankLooking() {
    for (String name : List.of("", "   ", "\u00A0", "\u200B", "\u3164", "\u2800", "\uFEFF", "\u115F\u1160", "-", "!!!", "\uD83E\uDD8A")) refused(name);
  }

  @Test
  @DisplayName("format and invisible characters are refused inside a name too: direction overrides, zero-width joiners between letters")
  void invisibleInside() {
    for (String name : List.of("An\u200Bna", "\u202Eevil Bob", "Bob\u2066x", "A\u200Dnna", "Anna\u00AD", "Anna\u0007", "Ann\uE000a")) refused(name);
  }

  @Test
  @DisplayName("more than three accents on one letter are refused (text that spills over its neighbours)")
  void stackedMarks() {
    ok("q\u0301\u0302\u0303x");
    refused("q\u0301\u0302\u0303\u0304x");
  }

  @Test
  @DisplayName("length counts what a reader sees: an emoji with its modifiers or a family is one character, 24 at most")
  void lengthInGraphemes() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    assertEquals(1, PlayerName.graphemes(family));
    String thumbs = "\uD83D\uDC4D\uD83C\uDFFD";
    assertEquals(1, PlayerName.graphemes(thumbs));
    ok("Al" + family);
    ok("A" + thumbs.repeat(23));
    refused("A" + thumbs.repeat(24));
    ok("x".repeat(24));
    refused("x".repeat(25));
    ok("e\u0301".repeat(24));
  }

  @Test
  @DisplayName("a look-alike of a name has the same key: case, Cyrillic or Greek homoglyphs, zero-width variants")
  void confusablesShareAKey() {
    String anna = ok("Anna").key();
    assertEquals(anna, ok("anna").key());
    assertEquals(anna, ok("ANNA").key());
    assertEquals(anna, ok("\u0410nna").key(), "Cyrillic A");
    assertEquals(anna, ok("Ann\u0430").key(), "Cyrillic a");
    assertEquals(anna, PlayerName.key("An\u200Bna"), "zero-width space is ignored in the key");
    assertEquals(ok("Paul").key(), ok("\u0420aul").key(), "Cyrillic Er");
    assertNotEquals(anna, ok("Anne").key());
    assertNotEquals(anna, ok("Hanna").key());
  }
}
