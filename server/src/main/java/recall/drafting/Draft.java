package recall.drafting;

import io.vertx.core.json.JsonObject;
import recall.quiz.Kind;

/**
 * A drafted question before ranking: the rule that made it, the line and exact quote it rests on,
 * what it asks about ({@code key}: two drafts with the same key and line ask the same thing), the
 * rule's confidence, and the question's own fields in the quiz document's shape ({@code body}:
 * text, options, answer, items, accept, explanation, timeLimitSeconds).
 */
public record Draft(String rule, Kind kind, int line, String quote, String key, double confidence,
                    AnswerType type, JsonObject body) {

  /** The question's text. */
  public String text() {
    return body.getString("text");
  }

  /** The draft with its confidence scaled (by ranking or a check), kept within 0..1. */
  public Draft scaled(double factor) {
    return new Draft(rule, kind, line, quote, key, Math.max(0, Math.min(1, confidence * factor)), type, body);
  }

  /** The draft as the contract sends it: a question with {@code source} and {@code draft}. */
  public JsonObject toJson(String id, String notesId) {
    JsonObject q = new JsonObject().put("id", id).put("kind", kind.wire());
    body.forEach(e -> q.put(e.getKey(), e.getValue()));
    q.put("source", new JsonObject().put("notes", notesId).put("line", line).put("quote", quote));
    q.put("draft", new JsonObject().put("rule", rule).put("confidence", Math.round(confidence * 100) / 100.0));
    return q;
  }
}
