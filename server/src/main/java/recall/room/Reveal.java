package recall.room;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.scoring.Judgement;
import recall.scoring.Scoring;

/**
 * A question's close: each player's points and streak counted in, the class's answers tallied for
 * the projector, and each player told its outcome. Only answers that were saved count.
 */
final class Reveal {
  private Reveal() {
  }

  /** Adds the round's points to the scores, ranks, and returns the host's {@code reveal}. */
  static JsonObject tally(Room room, Round r, Standings standings) {
    AskedQuestion q = r.asked;
    boolean scores = q.key.scores();
    int[] counts = new int[q.question.kind().isChoice() ? q.options.size() : 2];
    int answered = 0;
    for (Player p : room.activePlayers()) {
      Round.Submitted s = r.answers.get(p.id);
      boolean counted = s != null && s.saved.succeeded();
      Judgement j = counted ? s.judgement : null;
      if (counted) {
        answered++;
        p.score += s.points;
        if (q.question.kind().isChoice()) {
          for (int k : s.answer.choice()) counts[k]++;
        } else {
          counts[j.correct() ? 0 : 1]++;
        }
      }
      p.streak = Scoring.streakAfter(p.streak, j, scores);
    }
    standings.rank();
    JsonArray countsJson = new JsonArray();
    for (int n : counts) countsJson.add(n);
    return new JsonObject().put("type", "reveal").put("index", q.index).put("correct", q.correct())
        .put("counts", countsJson).put("source", room.plan.sourceText().apply(q.question))
        .put("kind", q.question.kind().wire()).put("text", q.question.text()).put("options", q.options.copy())
        .put("explanation", q.question.explanation()).put("sourceLine", q.question.sourceLine())
        .put("quote", q.question.sourceQuote()).put("answered", answered).put("players", room.activeCount());
  }

  /** Sends each player its {@code outcome}, kept to repeat to a phone that comes back. */
  static void tellPlayers(Room room, Round r, Standings standings, int total) {
    AskedQuestion q = r.asked;
    for (Player p : room.activePlayers()) {
      Round.Submitted s = r.answers.get(p.id);
      boolean counted = s != null && s.saved.succeeded();
      p.lastOutcome = new JsonObject().put("type", "outcome").put("index", q.index)
          .put("correct", counted && s.judgement.correct()).put("points", counted ? s.points : 0)
          .put("score", p.score).put("rank", standings.rankFor(p)).put("streak", p.streak).put("correctAnswer", q.correct())
          .put("kind", q.question.kind().wire()).put("fraction", counted ? s.judgement.fraction() : 0.0)
          .put("answered", counted).put("total", total);
      // The phone shows the line the question came from too (a question with no notes has none).
      if (q.question.hasSource()) {
        p.lastOutcome.put("source", room.plan.sourceText().apply(q.question)).put("sourceLine", q.question.sourceLine());
      }
      p.send(p.lastOutcome);
    }
  }
}
