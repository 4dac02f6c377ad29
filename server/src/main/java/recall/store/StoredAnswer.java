package recall.store;

import io.vertx.sqlclient.Tuple;

/**
 * One answer as saved: who, which question, what was sent, how it was judged and scored.
 *
 * @param answerJson the answer as the player sent it, as JSON text
 * @param ms server time from opening the question to receiving the answer
 */
public record StoredAnswer(String sessionId, String playerId, int index, String answerJson,
                           boolean correct, double fraction, int points, long ms, long answeredAt) {

  Tuple tuple() {
    return Tuple.of(sessionId, playerId, index, answerJson, correct, fraction, points, (int) ms, answeredAt);
  }
}
