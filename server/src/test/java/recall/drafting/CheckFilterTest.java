package recall.drafting;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import recall.notes.NotesDocument;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Drafts go through the checks a teacher's question gets")
class CheckFilterTest {
  private static final NotesDocument NOTES = new NotesDocument("Science",
      List.of("Alexander Fleming discovered penicillin in 1928 in London."), List.of());

  private static JsonObject numeric(String quote) {
    return new JsonObject().put("id", "d1").put("kind", "numeric").put("text", "In which year did Alexander Fleming discover penicillin?")
        .put("answer", new JsonObject().put("value", 1928).put("tolerance", 0))
        .put("source", new JsonObject().put("notes", "n").put("line", 1).put("quote", quote));
  }

  @Test
  @DisplayName("a clean draft keeps its weight")
  void cleanDraftKept() {
    assertEquals(1.0, new CheckFilter().weigh(numeric("penicillin in 1928"), NOTES));
  }

  @Test
  @DisplayName("a draft whose quote is not on its line is dropped")
  void quoteOffItsLineDropped() {
    assertEquals(0.0, new CheckFilter().weigh(numeric("insulin in 1921"), NOTES));
  }

  @Test
  @DisplayName("a draft with an item-writing warning is weighed down")
  void warningWeighsDown() {
    JsonObject q = new JsonObject().put("id", "d2").put("kind", "single").put("text", "Who discovered penicillin in 1928?")
        .put("options", new JsonArray().add("Koch").add("Alexander Fleming, the Scottish doctor at St Mary's").add("Lister").add("All of the above"))
        .put("answer", new JsonArray().add(1))
        .put("source", new JsonObject().put("line", 1).put("quote", "Alexander Fleming"));
    double weight = new CheckFilter().weigh(q, NOTES);
    assertTrue(weight > 0 && weight <= CheckFilter.PER_WARNING, "weight " + weight);
  }
}
