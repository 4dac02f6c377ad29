package recall.store;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.quiz.Kind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One saved session as read back: the rows, and the statistics a teacher reviews (scores and ranks
 * derived from the stored answers, so a session cut short by a crash reads the same way).
 */
public record SessionRecord(String id, String quiz, String title, Long startedAt, Long finishedAt,
                            List<Player> players, List<Question> questions, List<Answer> answers,
                            String mode, boolean endedEarly, String classId) {

  /** A live session with no class, as version 1 saved them. */
  public SessionRecord(String id, String quiz, String title, Long startedAt, Long finishedAt,
                       List<Player> players, List<Question> questions, List<Answer> answers) {
    this(id, quiz, title, startedAt, finishedAt, players, questions, answers, "live", false, null);
  }

  /** @param studentId the class roster's student, null for a nickname */
  public record Player(String id, String name, boolean kicked, String studentId) {
    public Player(String id, String name, boolean kicked) {
      this(id, name, kicked, null);
    }
  }

  public record Question(int index, String id, String kind, JsonObject doc) {
  }

  public record Answer(String playerId, int index, JsonObject answer, boolean correct, double fraction, int points, int ms) {
  }

  /** A player's totals. */
  public record Standing(Player player, int score, int rank, int correct, int answered) {
  }

  /** Players with score, rank (equal scores share a rank), right answers and answers, best first. */
  public List<Standing> standings() {
    Map<String, int[]> totals = new HashMap<>();
    for (Answer a : answers) {
      int[] t = totals.computeIfAbsent(a.playerId(), k -> new int[3]);
      t[0] += a.points();
      if (a.correct()) t[1]++;
      t[2]++;
    }
    List<Player> sorted = new ArrayList<>(players);
    sorted.sort(Comparator.comparingInt((Player p) -> -totals.getOrDefault(p.id(), new int[3])[0]));
    List<Standing> out = new ArrayList<>();
    int rank = 0;
    int lastScore = Integer.MIN_VALUE;
    for (int i = 0; i < sorted.size(); i++) {
      int[] t = totals.getOrDefault(sorted.get(i).id(), new int[3]);
      if (t[0] != lastScore) {
        rank = i + 1;
        lastScore = t[0];
      }
      out.add(new Standing(sorted.get(i), t[0], rank, t[1], t[2]));
    }
    return out;
  }

  /** {@code GET /api/sessions/{id}}, shaped as the contract says. */
  public JsonObject toJson() {
    JsonArray ps = new JsonArray();
    for (Standing s : standings()) {
      ps.add(new JsonObject().put("id", s.player().id()).put("name", s.player().name()).put("score", s.score())
          .put("rank", s.rank()).put("correct", s.correct()).put("answered", s.answered()).put("kicked", s.player().kicked())
          .put("studentId", s.player().studentId()));
    }
    JsonArray qs = new JsonArray();
    for (Question q : questions) qs.add(questionStats(q));
    JsonArray as = new JsonArray();
    for (Answer a : answers) {
      as.add(new JsonObject().put("playerId", a.playerId()).put("index", a.index()).put("answer", a.answer())
          .put("correct", a.correct()).put("points", a.points()).put("ms", a.ms()));
    }
    return new JsonObject().put("id", id).put("quiz", quiz).put("title", title)
        .put("startedAt", SessionStore.iso(startedAt)).put("finishedAt", SessionStore.iso(finishedAt))
        .put("mode", mode).put("endedEarly", endedEarly).put("class", classId)
        .put("players", ps).put("questions", qs).put("answers", as);
  }

  private JsonObject questionStats(Question q) {
    List<Answer> mine = answers.stream().filter(a -> a.index() == q.index()).toList();
    int options = q.doc().getJsonArray("options", new JsonArray()).size();
    Kind kind = Kind.fromWire(q.kind());
    boolean choice = kind != null && kind.isChoice();
    int[] counts = new int[choice ? options : 2];
    long right = 0;
    long totalMs = 0;
    for (Answer a : mine) {
      if (a.correct()) right++;
      totalMs += a.ms();
      if (choice) {
        for (Object i : a.answer().getJsonArray("choice", new JsonArray())) {
          int k = ((Number) i).intValue();
          if (k >= 0 && k < counts.length) counts[k]++;
        }
      } else {
        counts[a.correct() ? 0 : 1]++;
      }
    }
    // Everyone who was in the session when it was asked could have answered; a silent player counts as wrong.
    int asked = Math.max(players.size(), mine.size());
    JsonArray c = new JsonArray();
    for (int n : counts) c.add(n);
    Double rate = kind == Kind.POLL || asked == 0 ? null : (double) right / asked;
    return new JsonObject().put("index", q.index()).put("id", q.id()).put("kind", q.kind())
        .put("text", q.doc().getString("text")).put("correctRate", rate)
        .put("averageMs", mine.isEmpty() ? null : totalMs / mine.size()).put("counts", c)
        .put("answered", mine.size()).put("question", q.doc());
  }

  /** Player names by id, in join order. */
  public Map<String, String> names() {
    Map<String, String> out = new LinkedHashMap<>();
    players.forEach(p -> out.put(p.id(), p.name()));
    return out;
  }
}
