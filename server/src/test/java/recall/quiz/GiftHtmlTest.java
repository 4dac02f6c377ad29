package recall.quiz;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

@DisplayName("GIFT [html] text becomes plain text in one pass over it")
class GiftHtmlTest {

  @Test
  @DisplayName("tags become spaces and the common entities their characters")
  void tagsAndEntities() {
    assertEquals(" Kirov  was &lt; killed", GiftReader.plainHtml("<b>Kirov</b> was &amp;lt; killed"));
    assertEquals("a < b", GiftReader.plainHtml("a &lt; b"));
    assertEquals("1 < 2 and 3", GiftReader.plainHtml("1 < 2 and 3"), "a < with no > after it is text");
    assertEquals("x   y", GiftReader.plainHtml("x <br/> y"));
  }

  @Test
  @DisplayName("a megabyte of unclosed < imports in well under the timeout (the old pattern took 45 s for 80 KB)")
  void unclosedTagsAreLinear() {
    String hostile = "::q::[html]" + "<".repeat(1_000_000) + " Who? {=Kirov ~Trotsky}";
    ImportResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Gift.parse(hostile, "t"));
    assertEquals(0, r.questionCount(), "its text is far too long");
    assertEquals(1, r.problems().stream().map(Problem::line).distinct().count(), "one question, reported at its line");
    String many = ("::q::[html]" + "<a".repeat(20_000) + " {=x ~y}\n\n").repeat(10);
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Gift.parse(many, "t"));
  }
}
