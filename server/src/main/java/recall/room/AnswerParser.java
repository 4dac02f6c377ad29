package recall.room;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.quiz.Kind;
import recall.scoring.Answer;

import java.util.ArrayList;
import java.util.List;

/** Reads the answer out of an {@code answer} message, for the kind of the open question. */
final class AnswerParser {
  static final int MAX_TEXT = 200;
  static final int MAX_ENTRIES = 20;

  private AnswerParser() {
  }

  /** A message that the contract does not allow: the code is {@code bad-message} or {@code bad-answer}. */
  static final class Refused extends Exception {
    final String code;

    Refused(String code, String message) {
      super(message, null, false, false);
      this.code = code;
    }
  }

  static Answer parse(Kind kind, JsonObject msg) throws Refused {
    return switch (kind) {
      case SINGLE, MULTIPLE, TRUEFALSE, POLL -> Answer.ofChoice(choice(msg.getValue("choice")));
      case NUMERIC -> Answer.ofValue(number(msg.getValue("value")));
      case ORDER -> Answer.ofOrder(ids(msg.getValue("order")));
      case TEXT -> Answer.ofText(text(msg.getValue("text")));
    };
  }

  private static List<Integer> choice(Object v) throws Refused {
    if (v == null) throw new Refused("bad-answer", "This question is answered with \"choice\": [option indexes].");
    if (!(v instanceof JsonArray arr)) throw new Refused("bad-message", "\"choice\" must be an array of option indexes.");
    if (arr.size() > MAX_ENTRIES) throw new Refused("bad-answer", "Too many choices.");
    List<Integer> out = new ArrayList<>();
    for (Object o : arr) {
      if (!(o instanceof Integer || o instanceof Long) || ((Number) o).longValue() != ((Number) o).intValue()) {
        throw new Refused("bad-message", "\"choice\" must hold whole numbers.");
      }
      out.add(((Number) o).intValue());
    }
    return out;
  }

  private static double number(Object v) throws Refused {
    if (v == null) throw new Refused("bad-answer", "This question is answered with \"value\": a number.");
    if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) throw new Refused("bad-message", "\"value\" must be a number.");
    return n.doubleValue();
  }

  private static List<String> ids(Object v) throws Refused {
    if (v == null) throw new Refused("bad-answer", "This question is answered with \"order\": [item ids].");
    if (!(v instanceof JsonArray arr)) throw new Refused("bad-message", "\"order\" must be an array of item ids.");
    if (arr.size() > MAX_ENTRIES) throw new Refused("bad-answer", "Too many items.");
    List<String> out = new ArrayList<>();
    for (Object o : arr) {
      if (!(o instanceof String s)) throw new Refused("bad-message", "\"order\" must hold item id strings.");
      out.add(s);
    }
    return out;
  }

  private static String text(Object v) throws Refused {
    if (v == null) throw new Refused("bad-answer", "This question is answered with \"text\".");
    if (!(v instanceof String s)) throw new Refused("bad-message", "\"text\" must be a string.");
    if (s.length() > MAX_TEXT) throw new Refused("bad-answer", "An answer is at most " + MAX_TEXT + " characters.");
    return s;
  }

  /** The answer as saved: the field that answers the question, as the player sent it. */
  static JsonObject saved(Kind kind, JsonObject msg) {
    String field = switch (kind) {
      case SINGLE, MULTIPLE, TRUEFALSE, POLL -> "choice";
      case NUMERIC -> "value";
      case ORDER -> "order";
      case TEXT -> "text";
    };
    return new JsonObject().put(field, msg.getValue(field));
  }
}
