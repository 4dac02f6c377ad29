package recall.quiz;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("JSON syntax errors in a teacher's words")
class JsonSyntaxTest {

  private static String described(String json) {
    DecodeException e = assertThrows(DecodeException.class, () -> new JsonObject(json));
    String text = JsonSyntax.describe(e.getMessage());
    assertFalse(text.contains("code ") || text.contains("Source") || text.contains("Object entries"), "no parser internals: " + text);
    // The column where the parser stopped, when it knows it (not at the end of a cut-off file).
    assertEquals(!text.startsWith("the file ends"), text.matches(".* \\(column \\d+\\)"), text);
    return text.replaceAll(" \\(column \\d+\\)$", "");
  }

  @Test
  @DisplayName("a missing comma, a comma too many, a missing colon, an unquoted word and a cut-off file")
  void plainWords() {
    assertEquals("a comma is missing between two fields, before '\"'", described("{\"id\": \"a\" \"kind\": 1}"));
    assertEquals("a comma is missing between two items of a list, before '\"'", described("[\"a\" \"b\"]"));
    assertEquals("a field name in double quotes was expected, found '}' (a comma too many before it?)", described("{\"id\": \"a\",}"));
    assertEquals("a colon is missing after a field name, before '\"'", described("{\"id\" \"a\"}"));
    assertEquals("'Stalin' is not a JSON value (text goes in double quotes)", described("{\"answer\": Stalin}"));
    assertEquals("the file ends too early: a { [ or \" is not closed", described("{\"id\": \"a\", \"title\": "));
  }
}
