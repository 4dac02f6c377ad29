package recall.room;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.room.FullGamePlan.Act;
import recall.support.CsvRows;
import recall.support.TestServer;
import recall.support.Ws;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static recall.room.FullGamePlan.KINDS;
import static recall.room.FullGamePlan.PLAYERS;
import static recall.room.FullGamePlan.SECONDS;
import static recall.room.FullGamePlan.act;
import static recall.room.FullGamePlan.answer;
import static recall.room.FullGamePlan.correct;
import static recall.room.FullGamePlan.correctAnswer;
import static recall.room.FullGamePlan.fraction;
import static recall.room.FullGamePlan.fullyRight;
import static recall.room.FullGamePlan.isPoll;
import static recall.room.FullGamePlan.name;
import static recall.room.FullGamePlan.quiz;
import static recall.room.FullGamePlan.text;

/**
 * A whole game as the contract plays it: a quiz with every kind of question, 30 players over real
 * WebSockets answering with a planned mix (right, wrong, partly right, silent), the host closing
 * each question. The server's clock decides {@code t}, so the expected points are computed from the
 * {@code ms} the saved session reports, with the contract's formula, and must match exactly.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("A whole game: 30 players, every kind of question, scored by the rule and saved")
class FullGameTest {
  private TestServer server;
  private String quizId;
  private Ws host;
  private final List<Ws> players = new ArrayList<>();
  private final List<String> playerIds = new ArrayList<>();
  private final JsonObject[] questions = new JsonObject[KINDS.length];
  private final JsonObject[] reveals = new JsonObject[KINDS.length];
  private final JsonObject[] leaderboards = new JsonObject[KINDS.length];
  private final JsonObject[][] sent = new JsonObject[KINDS.length][PLAYERS];
  private final JsonObject[][] outcomes = new JsonObject[KINDS.length][];
  private List<JsonObject> finished;
  private JsonObject hostFinished;

  @BeforeEach
  void start(Vertx vertx, VertxTestContext ctx) {
    TestServer.start(vertx, FullGameTest.class).onComplete(ctx.succeeding(s -> {
      server = s;
      ctx.completeNow();
    }));
  }

  @AfterEach
  void stop(VertxTestContext ctx) {
    server.stop().onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("every outcome's points, score, rank and streak follow the rule; the final ranks, the saved session and its CSV agree")
  void wholeGame(VertxTestContext ctx) {
    server.createQuiz(quiz())
        .compose(id -> {
          quizId = id;
          return server.openRoom(new JsonObject().put("quiz", id));
        })
        .compose(room -> seatEveryone(ctx, room))
        .compose(v -> host.ask(Ws.command("start"), "question"))
        .compose(q -> play(ctx, 0))
        .compose(v -> finish(ctx))
        .compose(sessionId -> server.get("/api/sessions/" + sessionId).map(r -> {
          ctx.verify(() -> assertEquals(200, r.statusCode(), r.bodyAsString()));
          return r.bodyAsJsonObject();
        }))
        .compose(session -> {
          ExpectedScores expected = new ExpectedScores(session, playerIds, limitsMs());
          ctx.verify(() -> {
            checkOutcomes(expected);
            checkLeaderboards(expected);
            checkFinished(expected);
            checkSession(expected, session);
          });
          return server.get("/api/sessions/" + session.getString("id") + "/results.csv").map(r -> {
            ctx.verify(() -> checkCsv(expected, r.statusCode(), r.getHeader("Content-Type"), r.bodyAsString()));
            return null;
          });
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  /** The host and the 30 players connect; the host's lobby lists them all. */
  private Future<Void> seatEveryone(VertxTestContext ctx, JsonObject room) {
    String pin = room.getString("pin");
    List<Future<Ws>> sockets = new ArrayList<>();
    for (int p = 0; p <= PLAYERS; p++) sockets.add(server.ws());
    return Future.all(sockets).compose(all -> {
      List<Ws> ws = all.list();
      host = ws.get(0);
      players.addAll(ws.subList(1, ws.size()));
      return host.ask(Ws.host(pin, room.getString("hostKey")), "welcome");
    }).compose(w -> {
      List<Future<JsonObject>> welcomes = new ArrayList<>();
      for (int p = 0; p < PLAYERS; p++) welcomes.add(players.get(p).ask(Ws.join(pin, name(p)), "welcome"));
      return Future.all(welcomes);
    }).compose(all -> {
      List<JsonObject> welcomes = all.list();
      ctx.verify(() -> {
        for (int p = 0; p < PLAYERS; p++) {
          assertEquals("player", welcomes.get(p).getString("role"));
          assertEquals(name(p), welcomes.get(p).getString("name"), "names are kept as typed");
        }
      });
      welcomes.forEach(w -> playerIds.add(w.getString("playerId")));
      return host.nextUntil("lobby", m -> m.getJsonArray("players").size() == PLAYERS);
    }).mapEmpty();
  }

  private Future<Void> play(VertxTestContext ctx, int q) {
    return playQuestion(ctx, q).compose(v -> {
      if (q + 1 == KINDS.length) return Future.succeededFuture();
      return host.ask(Ws.command("next"), "question").compose(m -> play(ctx, q + 1));
    });
  }

  /** Every player sees the question, the planned answers are acknowledged, the host closes it. */
  private Future<Void> playQuestion(VertxTestContext ctx, int q) {
    List<Future<JsonObject>> shown = players.stream().map(p -> p.next("question")).toList();
    return Future.all(shown).compose(all -> {
      List<JsonObject> seen = all.list();
      questions[q] = seen.get(0);
      ctx.verify(() -> {
        for (JsonObject m : seen) {
          assertEquals(q, m.getInteger("index"));
          assertEquals(KINDS.length, m.getInteger("total"));
          assertEquals(KINDS[q], m.getString("kind"));
          assertEquals(text(q), m.getString("text"));
          assertEquals(SECONDS[q] * 1000L, m.getLong("timeLimitMs"));
          assertEquals(seen.get(0).getJsonArray("options"), m.getJsonArray("options"), "everyone sees the same options");
          for (String secret : List.of("answer", "accept", "correct", "items", "correctAnswer")) {
            assertFalse(m.containsKey(secret), "a question tells nothing of the right answer: " + m.encode());
          }
        }
      });
      List<Future<JsonObject>> acks = new ArrayList<>();
      for (int p = 0; p < PLAYERS; p++) {
        sent[q][p] = answer(p, q, questions[q]);
        if (sent[q][p] != null) acks.add(players.get(p).ask(sent[q][p], "answered"));
      }
      return Future.all(acks);
    }).compose(acks -> {
      int answering = acks.size();
      ctx.verify(() -> acks.<JsonObject>list().forEach(a -> assertEquals(q, a.getInteger("index"))));
      return host.nextUntil("progress", m -> m.getInteger("index") == q && m.getInteger("answered") == answering);
    }).compose(progress -> {
      ctx.verify(() -> assertEquals(PLAYERS, progress.getInteger("players")));
      List<Future<JsonObject>> after = new ArrayList<>();
      after.add(host.next("reveal"));
      after.add(host.next("leaderboard"));
      players.forEach(p -> after.add(p.next("outcome")));
      host.send(Ws.command("close"));
      return Future.all(after);
    }).map(all -> {
      List<JsonObject> got = all.list();
      reveals[q] = got.get(0);
      leaderboards[q] = got.get(1);
      outcomes[q] = got.subList(2, got.size()).toArray(JsonObject[]::new);
      ctx.verify(() -> checkReveal(q, reveals[q]));
      return null;
    });
  }

  /** {@code next} after the last question: {@code finished} to the host and to every player. */
  private Future<String> finish(VertxTestContext ctx) {
    List<Future<JsonObject>> all = new ArrayList<>();
    all.add(host.next("finished"));
    players.forEach(p -> all.add(p.next("finished")));
    host.send(Ws.command("next"));
    return Future.all(all).map(f -> {
      List<JsonObject> got = f.list();
      hostFinished = got.get(0);
      finished = got.subList(1, got.size());
      String sessionId = hostFinished.getString("sessionId");
      ctx.verify(() -> {
        assertNotNull(sessionId);
        finished.forEach(m -> assertEquals(sessionId, m.getString("sessionId")));
      });
      return sessionId;
    });
  }

  // ---- the checks ----

  /** Counts as the plan makes them: per option for choice kinds, else [fully right, not fully right]. */
  private JsonArray expectedCounts(int q) {
    boolean choice = List.of("single", "multiple", "truefalse", "poll").contains(KINDS[q]);
    int[] counts = new int[choice ? questions[q].getJsonArray("options").size() : 2];
    for (int p = 0; p < PLAYERS; p++) {
      if (sent[q][p] == null) continue;
      if (choice) sent[q][p].getJsonArray("choice").forEach(i -> counts[(Integer) i]++);
      else counts[fraction(p, q) == 1 ? 0 : 1]++;
    }
    return new JsonArray(Arrays.stream(counts).boxed().toList());
  }

  private int answering(int q) {
    return (int) Arrays.stream(sent[q]).filter(a -> a != null).count();
  }

  private long[] limitsMs() {
    return Arrays.stream(questions).mapToLong(m -> m.getLong("timeLimitMs")).toArray();
  }

  private void checkReveal(int q, JsonObject reveal) {
    assertEquals(q, reveal.getInteger("index"));
    assertEquals(correctAnswer(q, questions[q]), reveal.getJsonObject("correct"), "reveal.correct of question " + q);
    assertEquals(expectedCounts(q), reveal.getJsonArray("counts"), "reveal.counts of question " + q);
    assertEquals(answering(q), reveal.getInteger("answered"));
    assertEquals(PLAYERS, reveal.getInteger("players"));
    if (KINDS[q].equals("numeric") || KINDS[q].equals("text")) checkSpread(q, reveal);
  }

  /** Every typed answer is in the spread (numbers) or the top of it (texts), with the judge's verdict. */
  private void checkSpread(int q, JsonObject reveal) {
    boolean numeric = KINDS[q].equals("numeric");
    JsonArray spread = reveal.getJsonArray(numeric ? "values" : "answers");
    int total = spread.stream().mapToInt(e -> ((JsonObject) e).getInteger("count")).sum();
    if (numeric) assertEquals(answering(q), total, "every number typed: " + spread.encode());
    else assertTrue(total <= answering(q) && spread.size() <= 5, spread.encode());
    for (int i = 0; i < spread.size(); i++) {
      JsonObject e = spread.getJsonObject(i);
      if (numeric) {
        assertEquals(Math.abs(e.getDouble("value") - 1934) <= 1, e.getBoolean("correct"), e.encode());
        if (i > 0) assertTrue(spread.getJsonObject(i - 1).getDouble("value") < e.getDouble("value"), "smallest first");
      } else {
        assertEquals(e.getString("text").toLowerCase().contains("kirov"), e.getBoolean("correct"), e.encode());
        if (i > 0) assertTrue(spread.getJsonObject(i - 1).getInteger("count") >= e.getInteger("count"), "most common first");
      }
    }
  }

  private void checkOutcomes(ExpectedScores e) {
    for (int q = 0; q < KINDS.length; q++) {
      for (int p = 0; p < PLAYERS; p++) {
        JsonObject o = outcomes[q][p];
        String who = name(p) + ", question " + q + " (" + KINDS[q] + ", " + act(p, q) + "): " + o.encode();
        assertEquals(q, o.getInteger("index"), who);
        assertEquals(KINDS[q], o.getString("kind"), who);
        assertEquals(correct(p, q), o.getBoolean("correct"), who);
        assertEquals(fraction(p, q), o.getDouble("fraction"), 1e-9, who);
        assertEquals(act(p, q) != Act.SILENT, o.getBoolean("answered"), who);
        assertEquals(e.points[q][p], o.getInteger("points"), "points of " + who);
        assertEquals(e.score[q][p], o.getInteger("score"), "score of " + who);
        assertEquals(e.streak[q][p], o.getInteger("streak"), "streak of " + who);
        assertEquals(e.rank[q][p], o.getInteger("rank"), "rank of " + who);
        assertEquals(correctAnswer(q, questions[q]), o.getJsonObject("correctAnswer"), who);
      }
    }
    // The plan's landmarks: the streak bonus reaches its cap of 500 on the last question.
    int last = KINDS.length - 1;
    assertEquals(6, e.streak[last - 1][0], "six right answers in a row (the poll leaves the streak)");
    assertTrue(e.points[last][0] >= 1000, "500 speed points at least, plus the capped bonus of 500");
  }

  private void checkLeaderboards(ExpectedScores e) {
    for (int q = 0; q < KINDS.length; q++) {
      JsonArray top = leaderboards[q].getJsonArray("top");
      assertEquals(10, top.size(), "the ten best");
      int qq = q;
      List<Integer> best = Arrays.stream(e.score[q]).boxed().sorted(Comparator.reverseOrder()).limit(10).toList();
      List<Integer> shown = top.stream().map(o -> ((JsonObject) o).getInteger("score")).toList();
      assertEquals(best, shown, "leaderboard after question " + q);
      top.forEach(o -> {
        JsonObject entry = (JsonObject) o;
        int p = e.player(entry.getString("playerId"));
        assertEquals(name(p), entry.getString("name"));
        assertEquals(e.score[qq][p], entry.getInteger("score"));
        assertEquals(e.rank[qq][p], entry.getInteger("rank"));
      });
    }
  }

  private void checkFinished(ExpectedScores e) {
    for (int p = 0; p < PLAYERS; p++) {
      JsonObject f = finished.get(p);
      assertEquals(e.last(e.score, p), f.getInteger("score"), "final score of " + name(p));
      assertEquals(e.last(e.rank, p), f.getInteger("rank"), "final rank of " + name(p));
    }
    // Everyone else scored: the all-wrong, poll-only and silent players share the last rank.
    for (int p : new int[] {27, 28, 29}) {
      assertEquals(0, finished.get(p).getInteger("score"));
      assertEquals(PLAYERS - 2, finished.get(p).getInteger("rank"), "equal scores share a rank");
    }
    JsonArray podium = hostFinished.getJsonArray("podium");
    assertEquals(3, podium.size());
    List<Integer> best = Arrays.stream(e.score[KINDS.length - 1]).boxed().sorted(Comparator.reverseOrder()).limit(3).toList();
    assertEquals(best, podium.stream().map(o -> ((JsonObject) o).getInteger("score")).toList());
    assertEquals(podium, finished.get(0).getJsonArray("podium"), "players see the same podium");
    JsonArray standings = hostFinished.getJsonArray("standings");
    assertEquals(PLAYERS, standings.size());
    standings.forEach(o -> {
      JsonObject s = (JsonObject) o;
      int p = e.player(s.getString("playerId"));
      assertEquals(e.last(e.score, p), s.getInteger("score"));
      assertEquals(e.last(e.rank, p), s.getInteger("rank"));
    });
  }

  private void checkSession(ExpectedScores e, JsonObject session) {
    assertEquals(quizId, session.getString("quiz"));
    assertEquals("Every kind, once", session.getString("title"));
    assertNotNull(session.getString("startedAt"));
    assertNotNull(session.getString("finishedAt"));

    JsonArray ps = session.getJsonArray("players");
    assertEquals(PLAYERS, ps.size());
    ps.forEach(o -> {
      JsonObject s = (JsonObject) o;
      int p = e.player(s.getString("id"));
      assertEquals(name(p), s.getString("name"));
      assertEquals(e.last(e.score, p), s.getInteger("score"), "saved score of " + name(p));
      assertEquals(e.last(e.rank, p), s.getInteger("rank"), "saved rank of " + name(p));
      int right = (int) IntStream.range(0, KINDS.length).filter(q -> correct(p, q)).count();
      int answered = (int) IntStream.range(0, KINDS.length).filter(q -> act(p, q) != Act.SILENT).count();
      assertEquals(right, s.getInteger("correct"), "right answers of " + name(p));
      assertEquals(answered, s.getInteger("answered"), "answers of " + name(p));
    });

    JsonArray qs = session.getJsonArray("questions");
    assertEquals(KINDS.length, qs.size());
    for (int q = 0; q < KINDS.length; q++) {
      JsonObject s = qs.getJsonObject(q);
      assertEquals(q, s.getInteger("index"));
      assertEquals("fg-" + q, s.getString("id"));
      assertEquals(KINDS[q], s.getString("kind"));
      assertEquals(text(q), s.getString("text"));
      assertEquals(expectedCounts(q), s.getJsonArray("counts"), "saved counts of question " + q);
      if (isPoll(q)) {
        assertNull(s.getValue("correctRate"), "a poll has no right answer");
      } else {
        // Every player of the session could have answered; a silent one counts as not right.
        assertEquals(fullyRight(q) / (double) PLAYERS, s.getDouble("correctRate"), 1e-9, "correctRate of question " + q);
      }
      int qq = q;
      double meanMs = IntStream.range(0, PLAYERS).filter(p -> sent[qq][p] != null)
          .mapToLong(p -> e.answerOf(p, qq).getLong("ms")).average().orElseThrow();
      assertEquals(meanMs, s.getDouble("averageMs"), 1.0, "averageMs of question " + q);
    }

    JsonArray as = session.getJsonArray("answers");
    int expectedAnswers = IntStream.range(0, KINDS.length).map(this::answering).sum();
    assertEquals(expectedAnswers, as.size(), "one saved answer per answer sent, none for silence");
    for (int q = 0; q < KINDS.length; q++) {
      long limit = questions[q].getLong("timeLimitMs");
      for (int p = 0; p < PLAYERS; p++) {
        if (sent[q][p] == null) continue;
        JsonObject a = e.answerOf(p, q);
        JsonObject asSent = sent[q][p].copy();
        asSent.remove("type");
        asSent.remove("index");
        String who = name(p) + ", question " + q;
        assertEquals(asSent, a.getJsonObject("answer"), "the answer as sent, " + who);
        assertEquals(correct(p, q), a.getBoolean("correct"), who);
        assertEquals(e.points[q][p], a.getInteger("points"), who);
        assertTrue(a.getLong("ms") >= 0 && a.getLong("ms") <= limit, "ms within the limit, " + who);
      }
    }
  }

  private void checkCsv(ExpectedScores e, int status, String contentType, String body) {
    assertEquals(200, status, body);
    assertTrue(contentType != null && contentType.startsWith("text/csv"), contentType);
    assertTrue(body.startsWith("\uFEFFplayer,question,questionText,answer,correct,points,ms,"), "a byte-order mark, then the contract's header first");
    List<List<String>> rows = CsvRows.parse(body.substring(1));
    assertEquals(List.of("player", "question", "questionText", "answer", "correct", "points", "ms", "fraction", "status"), rows.get(0));
    assertEquals(1 + PLAYERS * KINDS.length, rows.size(), "a header, then one row per player and question");
    // RFC 4180: fields with quotes or commas are quoted, quotes doubled.
    assertTrue(body.contains("\"Who wrote \"\"The Revolution Betrayed\"\", in exile?\""), "a question text with quotes and a comma");
    assertTrue(body.contains("\"Anna \"\"Red\"\" Petrova\""), "a name with quotes");
    assertTrue(body.contains("\"Ivanov, Boris\""), "a name with a comma");

    Map<String, List<String>> byKey = new HashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      assertEquals(9, row.size(), row.toString());
      assertFalse(byKey.containsKey(row.get(0) + "/" + row.get(2)), "one row per player and question: " + row);
      byKey.put(row.get(0) + "/" + row.get(2), row);
    }
    for (int q = 0; q < KINDS.length; q++) {
      for (int p = 0; p < PLAYERS; p++) {
        // A cell a spreadsheet would read as a formula starts with an apostrophe.
        String cell = name(p).startsWith("=") ? "'" + name(p) : name(p);
        List<String> row = byKey.get(cell + "/" + text(q));
        String who = name(p) + ", question " + q;
        assertNotNull(row, "a row for " + who);
        assertEquals(String.valueOf(q + 1), row.get(1), "questions numbered from 1, " + who);
        assertEquals(String.valueOf(correct(p, q)), row.get(4), who);
        assertEquals(String.valueOf(e.points[q][p]), row.get(5), who);
        // The accuracy column: the share right, apart from the points (empty for a poll).
        if (isPoll(q)) assertEquals("", row.get(7), who);
        else assertEquals(fraction(p, q), Double.parseDouble(row.get(7)), 1e-9, "accuracy, " + who);
        if (sent[q][p] == null) {
          assertEquals("", row.get(3), "no answer, " + who);
          assertEquals("", row.get(6), "no time, " + who);
        } else {
          assertEquals(String.valueOf(e.answerOf(p, q).getLong("ms")), row.get(6), who);
          assertFalse(row.get(3).isEmpty(), "the answer, " + who);
          if (KINDS[q].equals("text")) assertEquals(sent[q][p].getString("text"), row.get(3), "the text as typed, " + who);
          if (KINDS[q].equals("numeric")) assertEquals(String.valueOf(sent[q][p].getValue("value")), row.get(3), who);
        }
      }
    }
  }
}
