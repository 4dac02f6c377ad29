package recall.room;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import recall.scoring.Answer;
import recall.scoring.ExtraTime;
import recall.scoring.Judgement;
import recall.scoring.Scoring;
import recall.store.LiveRoomStore;
import recall.store.SessionStore;
import recall.store.StoredAnswer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a homework deals its questions: each player at its own pace, beside the live {@link Game}
 * (the host drives everyone). A player asks for its {@code next} question, answers it, gets
 * {@code answered} then its {@code outcome} at once (with the explanation and the notes' line), and
 * {@code finished} after the last. The first attempt counts: a player who finished only hears its
 * result again. From the deadline on (the injected clock's), nothing more is accepted. Runs on its
 * room's context, like the room.
 */
final class HomeworkFlow {
  private static final Logger LOG = LoggerFactory.getLogger(HomeworkFlow.class);

  private final Room room;
  private final HomeworkPlan plan;
  private final Clock clock;
  private final GameSaver saver;
  private final List<AskedQuestion> asked = new ArrayList<>();
  private final Map<String, Pace> paces = new HashMap<>();
  private final Set<Integer> opened = new HashSet<>();
  private Future<Void> saved;
  private boolean closed;
  private long timer = -1;

  /** @param asked the questions as this homework asks them (a restored one's as they were asked) */
  HomeworkFlow(Room room, HomeworkPlan plan, List<AskedQuestion> asked, Clock clock, GameSaver saver) {
    this.room = room;
    this.plan = plan;
    this.clock = clock;
    this.saver = saver;
    this.asked.addAll(asked);
  }

  /** Saves the session (mode homework) at once, and closes it by itself at the deadline. */
  Future<Void> start() {
    List<SessionStore.AskedQuestion> qs = asked.stream()
        .map(a -> new SessionStore.AskedQuestion(a.index, a.question.id(), a.question.kind().wire(), a.saved())).toList();
    String classId = room.plan.roster() == null ? null : room.plan.roster().id();
    saved = room.sessions.create(room.sessionId, room.plan.quizId(), room.plan.title(), room.pin, clock.millis(), qs, List.of(),
        room.plan.owner(), "homework", classId);
    armDeadline();
    return saved;
  }

  /**
   * A homework restored after a restart or on another node: its session is stored already, and each
   * player goes on after the last question it answered, with the score and streak its stored
   * answers give. A question that was open and unanswered is asked again (its clock starts anew).
   */
  void restore(List<LiveRoomStore.LiveAnswer> answers) {
    saved = Future.succeededFuture();
    for (Player p : room.players.values()) paces.put(p.id, new Pace(asked.size()));
    for (LiveRoomStore.LiveAnswer a : answers) {
      Pace pace = paces.get(a.playerId());
      if (pace == null || a.index() < 0 || a.index() >= asked.size()) continue;
      AskedQuestion q = asked.get(a.index());
      opened.add(a.index());
      pace.next = Math.max(pace.next, a.index() + 1);
      pace.score += a.points();
      pace.streak = Scoring.streakAfter(pace.streak, new Judgement(a.fraction(), a.correct()), q.key.scores());
    }
    for (Player p : room.players.values()) {
      Pace pace = paces.get(p.id);
      pace.finished = pace.next >= pace.total;
      p.score = pace.score;
      p.streak = pace.streak;
    }
    armDeadline();
  }

  /** The homework closes by itself at its deadline (at once if that has passed). */
  private void armDeadline() {
    timer = room.vertx.setTimer(Math.max(1, plan.dueAt() - clock.millis()), id -> room.run(() -> close(plan.dueAt())));
  }

  String sessionId() {
    return room.sessionId;
  }

  /** Closed by the teacher, or past the deadline by the clock. */
  boolean closed() {
    return closed || clock.millis() >= plan.dueAt();
  }

  long dueAt() {
    return plan.dueAt();
  }

  /** A new player: saved with the session, with its own pace. */
  void joined(Player p) {
    paces.put(p.id, new Pace(asked.size()));
    SessionStore.SavedPlayer sp = new SessionStore.SavedPlayer(p.id, p.name, p.joinedAt, p.studentId);
    saved.compose(v -> room.sessions.addPlayer(room.sessionId, sp))
        .onFailure(err -> LOG.error("Homework {}: could not save the player {}", room.pin, p.id, err));
  }

  /** What a (re)connecting player's welcome adds: where it stands, and its open question. */
  void welcome(Player p, JsonObject welcome) {
    Pace pace = paces.get(p.id);
    welcome.put("mode", "homework").put("dueAt", plan.dueAt()).put("timer", plan.timer())
        .put("answered", pace.next).put("total", pace.total).put("finished", pace.finished);
    if (pace.open >= 0) welcome.put("question", question(p, pace).put("answered", pace.saving));
  }

  /** After the welcome: a player who is done hears its result again. */
  void replayTo(Player p) {
    if (paces.get(p.id).finished) p.send(finished(p));
  }

  void next(Connection c) {
    Player p = c.player;
    if (closed()) {
      c.error("closed", "This homework is closed.");
      return;
    }
    Pace pace = paces.get(p.id);
    if (pace.finished) {
      p.send(finished(p));
      return;
    }
    long now = clock.millis();
    switch (pace.next(now)) {
      case WAIT -> c.error("bad-state", "Your answer is being saved.");
      case ANSWER_FIRST -> c.error("bad-state", "Answer the open question first.");
      // Its time ran out unanswered: the outcome of a missed question first; the next "next" goes on.
      case MISSED -> missed(p, pace);
      case FINISH -> finish(p, pace);
      case OPEN -> open(p, pace, now);
    }
  }

  private void open(Player p, Pace pace, long now) {
    AskedQuestion q = asked.get(pace.next);
    pace.opened(now, q.limitMs == 0 ? 0 : ExtraTime.limitMs(q.limitMs, p.extraTime));
    if (opened.add(q.index)) {
      saved.compose(v -> room.sessions.questionOpened(room.sessionId, q.index, now))
          .onFailure(err -> LOG.error("Homework {}: could not save the opening of question {}", room.pin, q.index, err));
    }
    p.send(question(p, pace));
  }

  private JsonObject question(Player p, Pace pace) {
    JsonObject m = asked.get(pace.open).message(asked.size(), room.plan.title());
    if (pace.limitMs <= 0) return m.putNull("timeLimitMs").putNull("remainingMs");
    return m.put("timeLimitMs", pace.limitMs).put("remainingMs", pace.remaining(clock.millis()));
  }

  void answer(Connection c, JsonObject msg) {
    Player p = c.player;
    if (closed()) {
      c.error("closed", "This homework is closed.");
      return;
    }
    if (!(msg.getValue("index") instanceof Number idx) || !(idx instanceof Integer || idx instanceof Long)) {
      c.error("bad-message", "An answer needs the question's \"index\".");
      return;
    }
    Pace pace = paces.get(p.id);
    long now = clock.millis();
    String refusal = pace.refusal(idx.longValue(), now);
    if (refusal != null) {
      c.error(refusal, switch (refusal) {
        case "too-late" -> "The time for that question is up.";
        case "already-answered" -> "You have already answered this question.";
        default -> "That question is not open.";
      });
      if (refusal.equals("too-late")) missed(p, pace);
      return;
    }
    AskedQuestion q = asked.get(pace.open);
    Answer answer = q.read(c, msg);
    if (answer == null) return;
    long ms = pace.limitMs > 0 ? Math.min(pace.elapsed(now), pace.limitMs) : pace.elapsed(now);
    Judgement j = q.key.judge(answer);
    int points = q.key.scores() ? room.plan.rules().scoring().points(j, ms, Math.max(1, pace.limitMs > 0 ? pace.limitMs : ms), pace.streak) : 0;
    StoredAnswer stored = new StoredAnswer(room.sessionId, p.id, q.index, AnswerParser.saved(q.question.kind(), msg).encode(),
        j.correct(), j.fraction(), points, (int) Math.min(Integer.MAX_VALUE, ms), now);
    pace.saving = true;
    saved.compose(v -> saver.save(stored)).onComplete(ar -> room.run(() -> {
      if (ar.failed()) {
        pace.saving = false;
        p.send(Messages.error("not-saved", "Your answer could not be saved; please answer again."));
        return;
      }
      p.send(Messages.answered(q.index));
      pace.score += points;
      pace.streak = Scoring.streakAfter(pace.streak, j, q.key.scores());
      p.score = pace.score;
      p.streak = pace.streak;
      tellOutcome(p, pace, q, j, points);
    }));
  }

  private void missed(Player p, Pace pace) {
    AskedQuestion q = asked.get(pace.open);
    pace.streak = Scoring.streakAfter(pace.streak, null, q.key.scores());
    p.streak = pace.streak;
    tellOutcome(p, pace, q, null, 0);
  }

  private void tellOutcome(Player p, Pace pace, AskedQuestion q, Judgement j, int points) {
    pace.done();
    p.lastOutcome = new JsonObject().put("type", "outcome").put("index", q.index)
        .put("correct", j != null && j.correct()).put("points", points).put("score", pace.score).putNull("rank")
        .put("streak", pace.streak).put("correctAnswer", q.correct()).put("kind", q.question.kind().wire())
        .put("fraction", j == null ? 0.0 : j.fraction()).put("answered", j != null).put("total", pace.total)
        .put("explanation", q.question.explanation()).put("source", room.plan.sourceText().apply(q.question))
        .put("sourceLine", q.question.sourceLine()).put("quote", q.question.sourceQuote());
    p.send(p.lastOutcome);
    room.broadcastToHosts(progressOf(p, pace));
    if (pace.next >= pace.total) finish(p, pace);
  }

  private void finish(Player p, Pace pace) {
    pace.finished = true;
    p.send(finished(p));
  }

  private JsonObject finished(Player p) {
    Pace pace = paces.get(p.id);
    return new JsonObject().put("type", "finished").put("sessionId", room.sessionId).put("podium", new JsonArray())
        .put("score", pace.score).putNull("rank").put("mode", "homework").put("answered", pace.next).put("total", pace.total);
  }

  /** To the host: one player's progress (an extension: {@code homework-progress}). */
  private JsonObject progressOf(Player p, Pace pace) {
    return new JsonObject().put("type", "homework-progress").put("playerId", p.id).put("name", p.name)
        .put("answered", pace.next).put("total", pace.total).put("score", pace.score).put("finished", pace.finished);
  }

  /** Every player's progress now, by player id (for GET /api/assignments/{id}). */
  Map<String, JsonObject> progress() {
    Map<String, JsonObject> out = new HashMap<>();
    for (Player p : room.players.values()) {
      Pace pace = paces.get(p.id);
      if (pace != null) out.put(p.id, progressOf(p, pace).put("connected", p.connected()));
    }
    return out;
  }

  void stopTimer() {
    if (timer >= 0) room.vertx.cancelTimer(timer);
  }

  /** Closes the homework (deadline or teacher): the session is saved as finished; completes once saved. */
  Future<Void> close(long at) {
    if (closed && room.phase == Room.Phase.FINISHED) return Future.succeededFuture();
    closed = true;
    room.phase = Room.Phase.FINISHED;
    room.finishedAt = System.currentTimeMillis();
    if (timer >= 0) room.vertx.cancelTimer(timer);
    plan.closed().accept(at);
    String notice = Messages.error("closed", "This homework is closed.").encode();
    for (Player p : room.players.values()) if (p.connected()) p.connection.sendText(notice);
    // Once closed there is nothing to restore: the live room's row goes with the session's finish.
    return saved.compose(v -> room.sessions.finish(room.sessionId, at, false)).compose(v -> room.journal.finished())
        .onFailure(err -> LOG.error("Homework {}: could not save its close", room.pin, err));
  }
}
