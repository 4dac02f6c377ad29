package recall.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotesTest {

  private static final Notes NOTES = new Notes(List.of(
      "Why was Trotsky unpopular? ",
      "* Trotsky had a power base in the Red Army.",
      "1. The Secretariat prepared the agenda.",
      "",
      "## The Terror",
      "1934",
      "The Society of Old Bolsheviks is abolished.",
      "Photosynthesis turns light, water and carbon dioxide into sugar and oxygen in the chloroplasts of a leaf"));

  @Test
  @DisplayName("bullets, numbered points and sentences are content; headings, blanks and a bare year are not")
  void content() {
    assertFalse(NOTES.isContent(1));
    assertTrue(NOTES.isContent(2) && NOTES.isBullet(2));
    assertTrue(NOTES.isContent(3) && NOTES.isBullet(3));
    assertFalse(NOTES.isContent(4));
    assertFalse(NOTES.isContent(5));
    assertFalse(NOTES.isContent(6));
    assertTrue(NOTES.isContent(7) && !NOTES.isBullet(7));
    assertTrue(NOTES.isContent(8));
  }

  @Test
  @DisplayName("a line's section is the content lines after the same heading")
  void sections() {
    assertEquals(List.of(2, 3), NOTES.section(2));
    assertEquals(List.of(7, 8), NOTES.section(8));
  }
}
