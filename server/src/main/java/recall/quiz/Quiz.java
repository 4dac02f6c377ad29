package recall.quiz;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.Comparator;
import java.util.List;

/** A quiz document: a titled list of questions drawn from one notes file. */
public record Quiz(String id, String title, String section, String notes, List<Question> questions) {

  /**
   * The teacher's list: by section, then in the order of the notes (the quiz whose questions start
   * earliest in them first), then by id. A quiz without source lines comes last in its section.
   */
  public static final Comparator<Quiz> IN_NOTES_ORDER = Comparator
      .comparing((Quiz q) -> q.section() == null ? "~" : q.section())
      .thenComparingInt(Quiz::firstSourceLine)
      .thenComparing(Quiz::id);

  public Quiz {
    questions = List.copyOf(questions);
  }

  /** Reads a quiz from its JSON form; the document must have passed validation. */
  public static Quiz fromJson(JsonObject doc) {
    JsonArray qs = doc.getJsonArray("questions", new JsonArray());
    List<Question> questions = qs.stream().map(o -> Question.fromJson((JsonObject) o)).toList();
    return new Quiz(doc.getString("id"), doc.getString("title"), doc.getString("section"), doc.getString("notes"), questions);
  }

  /** The whole document, correct answers included. */
  public JsonObject toJson() {
    JsonArray qs = new JsonArray();
    questions.forEach(q -> qs.add(q.toJson()));
    JsonObject doc = new JsonObject().put("id", id).put("title", title);
    if (section != null) doc.put("section", section);
    if (notes != null) doc.put("notes", notes);
    return doc.put("questions", qs);
  }

  /** The earliest line of the notes that a question comes from, or {@code Integer.MAX_VALUE}. */
  public int firstSourceLine() {
    return questions.stream().mapToInt(Question::sourceLine).filter(l -> l > 0).min().orElse(Integer.MAX_VALUE);
  }

  /** The line of {@code GET /api/quizzes}. */
  public JsonObject summary() {
    return new JsonObject().put("id", id).put("title", title).put("questionCount", questions.size()).put("section", section);
  }

  /** The question with this id, or null. */
  public Question question(String questionId) {
    for (Question q : questions) {
      if (q.id().equals(questionId)) return q;
    }
    return null;
  }

  /** A copy with another id (an imported or posted quiz gets a fresh one when its id is taken). */
  public Quiz withId(String newId) {
    return new Quiz(newId, title, section, notes, questions);
  }
}
