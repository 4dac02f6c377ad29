package recall.room;

import io.vertx.core.json.JsonObject;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import recall.room.FullGamePlan.Act;

import static recall.room.FullGamePlan.KINDS;
import static recall.room.FullGamePlan.PLAYERS;
import static recall.room.FullGamePlan.act;
import static recall.room.FullGamePlan.fraction;
import static recall.room.FullGamePlan.isPoll;
import static recall.room.FullGamePlan.name;

/**
 * What the contract's scoring rule gives every player of {@link FullGamePlan} after each question:
 * points, score, streak and rank. The server's clock decides {@code t}, so the rule is applied to
 * the {@code ms} of each answer as the saved session reports it.
 */
final class ExpectedScores {
  final int[][] points = new int[KINDS.length][PLAYERS];
  final int[][] score = new int[KINDS.length][PLAYERS];
  final int[][] streak = new int[KINDS.length][PLAYERS];
  final int[][] rank = new int[KINDS.length][PLAYERS];
  final Map<String, JsonObject> saved = new HashMap<>();
  private final List<String> playerIds;

  /**
   * @param session the saved session ({@code GET /api/sessions/{id}})
   * @param playerIds the players' ids, in plan order
   * @param limitsMs each question's time limit as the {@code question} message gave it
   */
  ExpectedScores(JsonObject session, List<String> playerIds, long[] limitsMs) {
    this.playerIds = List.copyOf(playerIds);
    for (Object o : session.getJsonArray("answers")) {
      JsonObject a = (JsonObject) o;
      saved.put(a.getString("playerId") + "/" + a.getInteger("index"), a);
    }
    int[] total = new int[PLAYERS];
    int[] run = new int[PLAYERS];
    for (int q = 0; q < KINDS.length; q++) {
      long limit = limitsMs[q];
      for (int p = 0; p < PLAYERS; p++) {
        Act a = act(p, q);
        double f = fraction(p, q);
        int pts = 0;
        if (a != Act.SILENT && f > 0) {
          // round(1000 × (1 − t / 2T)) for a right answer, its fraction for a partly right one
          long ms = answerOf(p, q).getLong("ms");
          double speed = 1000 * (1 - ms / (2.0 * limit));
          pts = (int) Math.round(f * speed);
          // the streak bonus: 100 per earlier right answer in a row, at most 500
          if (f == 1) pts += Math.min(100 * run[p], 500);
        }
        // only a fully right answer extends a streak; a poll leaves it as it was
        if (!isPoll(q)) run[p] = f == 1 ? run[p] + 1 : 0;
        total[p] += pts;
        points[q][p] = pts;
        score[q][p] = total[p];
        streak[q][p] = run[p];
      }
      // equal scores share a rank
      for (int p = 0; p < PLAYERS; p++) {
        int mine = total[p];
        rank[q][p] = 1 + (int) Arrays.stream(total).filter(s -> s > mine).count();
      }
    }
  }

  /** Player p's saved answer to question q. */
  JsonObject answerOf(int p, int q) {
    JsonObject a = saved.get(playerIds.get(p) + "/" + q);
    assertNotNull(a, "the saved session has the answer of " + name(p) + " to question " + q);
    return a;
  }

  /** A player's value in a table after the last question. */
  int last(int[][] table, int p) {
    return table[KINDS.length - 1][p];
  }

  /** The plan index of a player id. */
  int player(String playerId) {
    int p = playerIds.indexOf(playerId);
    assertTrue(p >= 0, "a player of this game: " + playerId);
    return p;
  }
}
