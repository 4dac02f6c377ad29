package recall.room;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.scoring.AnswerKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the class typed for a `numeric` or `text` question, for the reveal: every distinct number
 * with how many typed it (smallest first), or the most common answers (spellings that the judge
 * treats alike count as one, shown as first typed). Plain data, no Vert.x state.
 */
final class AnswerSpread {
  /** The text answers a reveal lists: enough to discuss, few enough for the projector. */
  static final int TOP_TEXTS = 5;

  private final Map<Double, Tally> values = new TreeMap<>();
  private final Map<String, Tally> texts = new LinkedHashMap<>();

  private static final class Tally {
    final String shown;
    final boolean correct;
    int count;

    Tally(String shown, boolean correct) {
      this.shown = shown;
      this.correct = correct;
    }
  }

  /** The spread of the answers counted in a round (saved ones of the players still in the room). */
  static AnswerSpread of(Round round, Iterable<Player> players) {
    AnswerSpread spread = new AnswerSpread();
    for (Player p : players) {
      Round.Submitted s = round.answers.get(p.id);
      if (s == null || !s.saved.succeeded()) continue;
      if (s.answer.value() != null) spread.addValue(s.answer.value(), s.judgement.correct());
      if (s.answer.text() != null) spread.addText(s.answer.text(), s.judgement.correct());
    }
    return spread;
  }

  /** Counts one typed number and whether it was judged right. */
  void addValue(double value, boolean correct) {
    values.computeIfAbsent(value, v -> new Tally(null, correct)).count++;
  }

  /** Counts one typed text and whether it was judged right. */
  void addText(String text, boolean correct) {
    String shown = text.strip();
    texts.computeIfAbsent(AnswerKey.normalize(shown), k -> new Tally(shown, correct)).count++;
  }

  /** `[{"value":1928,"count":5,"correct":true}, ...]`, smallest value first. */
  JsonArray values() {
    JsonArray out = new JsonArray();
    values.forEach((v, t) -> out.add(new JsonObject().put("value", wire(v)).put("count", t.count).put("correct", t.correct)));
    return out;
  }

  /** `[{"text":"Kirov","count":7,"correct":true}, ...]`: the {@link #TOP_TEXTS} most common, most common first. */
  JsonArray answers() {
    List<Tally> list = new ArrayList<>(texts.values());
    // A stable sort: equal counts keep the order they were first typed in.
    list.sort(Comparator.comparingInt((Tally t) -> -t.count));
    JsonArray out = new JsonArray();
    for (Tally t : list.subList(0, Math.min(TOP_TEXTS, list.size()))) {
      out.add(new JsonObject().put("text", t.shown).put("count", t.count).put("correct", t.correct));
    }
    return out;
  }

  /** Adds `values` or `answers` to a reveal, whichever this spread holds. */
  JsonObject addTo(JsonObject reveal, String kind) {
    if ("numeric".equals(kind)) reveal.put("values", values());
    if ("text".equals(kind)) reveal.put("answers", answers());
    return reveal;
  }

  /** 1928 rather than 1928.0 on the wire, as the question's own numbers are written. */
  private static Number wire(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Number) (long) v : (Number) v;
  }
}
