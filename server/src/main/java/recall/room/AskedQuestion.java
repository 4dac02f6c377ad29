package recall.room;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.quiz.Kind;
import recall.quiz.Question;
import recall.scoring.AnswerKey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A question as one room asks it: its time limit, and for {@code order} the items shuffled once
 * and given letter ids after shuffling (so the ids say nothing of the right order).
 */
final class AskedQuestion {
  final int index;
  final Question question;
  final long limitMs;
  final JsonArray options;
  final AnswerKey key;

  AskedQuestion(int index, Question question, long limitMs, Random random) {
    this.index = index;
    this.question = question;
    this.limitMs = limitMs;
    List<String> orderIds = List.of();
    if (question.kind() == Kind.ORDER) {
      List<Integer> shuffled = dealt(question.items().size(), random);
      options = new JsonArray();
      String[] idOfItem = new String[shuffled.size()];
      for (int pos = 0; pos < shuffled.size(); pos++) {
        String id = String.valueOf((char) ('a' + pos));
        idOfItem[shuffled.get(pos)] = id;
        options.add(new JsonObject().put("id", id).put("text", question.items().get(shuffled.get(pos))));
      }
      orderIds = List.of(idOfItem);
    } else {
      options = new JsonArray(new ArrayList<>(question.options()));
    }
    key = new AnswerKey(question, orderIds);
  }

  private AskedQuestion(int index, Question question, long limitMs, JsonArray options, List<String> orderIds) {
    this.index = index;
    this.question = question;
    this.limitMs = limitMs;
    this.options = options;
    this.key = new AnswerKey(question, orderIds);
  }

  /** The question as it was asked, from what {@link #saved()} stored: the same options, order ids and limit. */
  static AskedQuestion restore(int index, JsonObject saved) {
    Question q;
    List<String> orderIds = List.of();
    if (Kind.fromWire(saved.getString("kind")) == Kind.ORDER) {
      // For order, options are the shuffled items with their ids; the question's own are empty.
      JsonObject doc = saved.copy();
      doc.remove("options");
      q = Question.fromJson(doc);
      orderIds = saved.getJsonObject("correct").getJsonArray("order").stream().map(String::valueOf).toList();
    } else {
      q = Question.fromJson(saved);
    }
    return new AskedQuestion(index, q, saved.getLong("timeLimitMs"), saved.getJsonArray("options").copy(), orderIds);
  }

  /** The questions of a new room as it will ask them: limits set, order items shuffled once. */
  static List<AskedQuestion> of(RoomPlan plan) {
    List<AskedQuestion> out = new ArrayList<>();
    Random random = new Random();
    for (int i = 0; i < plan.questions().size(); i++) {
      var q = plan.questions().get(i);
      // Untimed homework: no limit at all (the phone shows "No time limit").
      long limit = plan.homework() != null && !plan.homework().timer() ? 0 : plan.limitMs(q);
      out.add(new AskedQuestion(i, q, limit, random));
    }
    return out;
  }

  /**
   * The positions 0..n-1 shuffled, never in the right order (a question dealt already solved
   * asks nothing): a shuffle that comes out in order is rotated by one.
   */
  static List<Integer> dealt(int n, Random random) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) order.add(i);
    Collections.shuffle(order, random);
    boolean inOrder = true;
    for (int i = 0; i < n && inOrder; i++) inOrder = order.get(i) == i;
    if (inOrder) Collections.rotate(order, 1);
    return order;
  }

  /** The {@code question} message, without the time left (added at each send). */
  JsonObject message(int total, String title) {
    return new JsonObject().put("type", "question").put("index", index).put("total", total)
        .put("id", question.id()).put("kind", question.kind().wire()).put("text", question.text())
        .put("options", options.copy()).put("timeLimitMs", limitMs).put("title", title);
  }

  /** The right answer, in the shape of an answer. */
  JsonObject correct() {
    return switch (question.kind()) {
      case SINGLE, MULTIPLE, TRUEFALSE -> new JsonObject().put("choice", new JsonArray(question.answer()));
      case NUMERIC -> question.toJson().getJsonObject("answer").copy();
      case ORDER -> new JsonObject().put("order", new JsonArray(key.orderIds()));
      case TEXT -> new JsonObject().put("accept", new JsonArray(question.accept()));
      case POLL -> new JsonObject();
    };
  }

  /** What the session saves: the question as asked, right answer and shuffled options included. */
  JsonObject saved() {
    return question.toJson().put("options", options.copy()).put("timeLimitMs", limitMs).put("correct", correct());
  }

  /**
   * The answer a message gives to this question, or null after telling the connection why it is
   * refused (it does not parse, or does not fit: an option this question lacks).
   */
  recall.scoring.Answer read(Connection c, JsonObject msg) {
    recall.scoring.Answer answer;
    try {
      answer = AnswerParser.parse(question.kind(), msg);
    } catch (AnswerParser.Refused r) {
      c.error(r.code, r.getMessage());
      return null;
    }
    if (!key.fits(answer)) {
      c.error("bad-answer", "That answer does not fit this question.");
      return null;
    }
    return answer;
  }
}
