package recall.room;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import recall.scoring.Answer;
import recall.scoring.ExtraTime;
import recall.scoring.Judgement;
import recall.store.SessionStore;
import recall.store.StoredAnswer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The game of one room: questions opened and closed, answers judged and saved, scores, reveals and
 * the end. Runs only on its room's context, like the room.
 */
final class Game {
  private static final Logger LOG = LoggerFactory.getLogger(Game.class);

  /** How long a restored question waits for its players to come back before those away stop holding it open. */
  static final long RETURN_MS = 10_000;

  private final Room room;
  private final GameSaver saver;
  private final LongConsumer acknowledged;
  private final List<AskedQuestion> asked;
  private Future<Void> saved;
  private Round round;
  private int index = -1;
  private JsonObject lastReveal;
  private JsonObject lastLeaderboard;
  private final Standings standings;
  private Future<Void> finishing;
  private boolean endedEarly;

  Game(Room room, GameSaver saver, LongConsumer acknowledged, List<AskedQuestion> asked) {
    this.room = room;
    this.saver = saver;
    this.acknowledged = acknowledged;
    this.standings = new Standings(room);
    this.asked = List.copyOf(asked);
  }

  /**
   * Goes on with a restored game: the closed questions' stored answers tallied into scores and
   * streaks as live, then the current question goes on (closing at once if its time ran out) or is
   * revealed; a game saved but with no question open yet opens its first.
   */
  void resume(List<Round> closed, Round current, boolean revealed) {
    saved = Future.succeededFuture();
    for (Round r : closed) Reveal.tally(room, r, standings);
    standings.rank();
    if (current == null) {
      open(0);
      return;
    }
    index = current.asked.index;
    round = current;
    if (revealed) {
      current.closing = true;
      reveal(current);
      room.phase = Room.Phase.REVEAL;
      return;
    }
    room.phase = Room.Phase.QUESTION;
    long closesAfter = current.asked.limitMs;
    for (Player p : room.activePlayers()) closesAfter = Math.max(closesAfter, limitFor(p));
    closeAfter(closesAfter);
    current.holdUntilNanos = System.nanoTime() + RETURN_MS * 1_000_000;
    room.vertx.setTimer(RETURN_MS, id -> playersChanged());
  }

  int index() {
    return index;
  }

  boolean started() {
    return saved != null;
  }

  // ---- host commands ----

  void start(Connection host) {
    if (room.phase != Room.Phase.LOBBY) {
      host.error("bad-state", "The game has already started.");
      return;
    }
    if (asked.isEmpty()) {
      host.error("bad-state", "This room has no questions.");
      return;
    }
    room.phase = Room.Phase.STARTING;
    List<SessionStore.AskedQuestion> qs = asked.stream()
        .map(a -> new SessionStore.AskedQuestion(a.index, a.question.id(), a.question.kind().wire(), a.saved())).toList();
    List<SessionStore.SavedPlayer> ps = room.activePlayers().stream()
        .map(p -> new SessionStore.SavedPlayer(p.id, p.name, p.joinedAt, p.studentId)).toList();
    saved = room.sessions.create(room.sessionId, room.plan.quizId(), room.plan.title(), room.pin, room.sessions.now(), qs, ps, room.plan.owner(),
        "live", room.plan.roster() == null ? null : room.plan.roster().id());
    saved.onComplete(ar -> room.run(() -> {
      if (room.phase != Room.Phase.STARTING) return;
      if (ar.failed()) {
        LOG.error("Room {}: could not save the new session", room.pin, ar.cause());
        room.phase = Room.Phase.LOBBY;
        saved = null;
        room.broadcastToHosts(Messages.error("not-saved", "The database did not save the game; try start again."));
        return;
      }
      open(0);
    }));
  }

  void next(Connection host) {
    if (room.phase != Room.Phase.REVEAL) {
      host.error("bad-state", room.phase == Room.Phase.QUESTION ? "Close the question first." : "There is no question to go on from.");
      return;
    }
    if (index + 1 < asked.size()) open(index + 1);
    else finish();
  }

  void close(Connection host) {
    if (room.phase != Room.Phase.QUESTION || round.closing) {
      host.error("bad-state", "No question is open.");
      return;
    }
    closeRound(false);
  }

  void end(Connection host) {
    if (room.phase == Room.Phase.FINISHED) {
      host.error("bad-state", "The game has already finished.");
      return;
    }
    // Ended before the last question was revealed: saved as ended early, not finished.
    endedEarly = index + 1 < asked.size() || room.phase != Room.Phase.REVEAL;
    endNow();
  }

  /** Ends the game wherever it is, saving what was answered; completes once it is saved. */
  Future<Void> endNow() {
    if (finishing != null) return finishing;
    if (room.phase == Room.Phase.QUESTION) {
      // With a reveal on its way, finish right after it.
      return round.closing ? waitForSaves().compose(v -> finishOnRoom()) : closeRound(true);
    }
    if (room.phase == Room.Phase.STARTING) return saved.transform(ar -> finishOnRoom());
    return room.phase == Room.Phase.FINISHED ? Future.succeededFuture() : finish();
  }

  private Future<Void> finishOnRoom() {
    Promise<Void> p = Promise.promise();
    room.run(() -> finish().onComplete(p));
    return p.future();
  }

  // ---- questions ----

  private void open(int i) {
    index = i;
    round = new Round(asked.get(i));
    room.phase = Room.Phase.QUESTION;
    room.journal.phase("question", i, round.openedAt);
    room.sessions.questionOpened(room.sessionId, i, round.openedAt)
        .onFailure(err -> LOG.error("Room {}: could not save the opening of question {}", room.pin, i, err));
    JsonObject msg = questionMessage().put("remainingMs", round.asked.limitMs);
    String common = msg.encode();
    long closesAfter = round.asked.limitMs;
    for (Player p : room.players.values()) if (p.connected()) closesAfter = Math.max(closesAfter, limitFor(p));
    RelayedBroadcast.around(() -> {
      for (Player p : room.players.values()) {
        if (!p.connected()) continue;
        if (p.extraTime == 1.0) p.connection.sendText(common);
        else p.send(questionFor(p));
      }
    });
    room.broadcastToHosts(msg);
    room.broadcastToHosts(progress());
    closeAfter(closesAfter);
  }

  /** (Re)sets the question's timer: it closes when the longest time limit of its players has passed. */
  private void closeAfter(long ms) {
    Round mine = round;
    if (mine.timerId >= 0) room.vertx.cancelTimer(mine.timerId);
    mine.closesAfterMs = ms;
    mine.timerId = room.vertx.setTimer(Math.max(1, ms - mine.elapsedMs(System.nanoTime())), id -> {
      if (round == mine && !mine.closing) closeRound(false);
    });
  }

  /** This player's time limit for the open question: the question's, times the player's extra time. */
  private long limitFor(Player p) {
    return ExtraTime.limitMs(round.asked.limitMs, p.extraTime);
  }

  private JsonObject questionFor(Player p) {
    long limit = limitFor(p);
    return questionMessage().put("timeLimitMs", limit).put("remainingMs", round.remainingMs(limit));
  }

  /** A host gave a player extra time: a longer limit now, for the open question too. */
  void extraTimeChanged(Player p) {
    if (room.phase != Room.Phase.QUESTION || round.closing) return;
    if (limitFor(p) > round.closesAfterMs) closeAfter(limitFor(p));
    if (!round.answers.containsKey(p.id)) p.send(questionFor(p));
  }

  private JsonObject questionMessage() {
    return round.asked.message(asked.size(), room.plan.title());
  }

  /** The open question for a player who (re)connects, or null when none is open. */
  JsonObject openQuestionFor(Player p) {
    if (room.phase != Room.Phase.QUESTION || round.closing) return null;
    return questionFor(p).put("answered", round.answers.containsKey(p.id));
  }

  private JsonObject progress() {
    return Messages.progress(index, round.acknowledged, room.connectedPlayers());
  }

  void answer(Connection c, JsonObject msg, long receivedNanos) {
    Player p = c.player;
    Object idx = msg.getValue("index");
    if (!(idx instanceof Integer || idx instanceof Long)) {
      c.error("bad-message", "An answer needs the question's \"index\".");
      return;
    }
    long i = ((Number) idx).longValue();
    String refusal = refusal(p, i, receivedNanos);
    if (refusal != null) {
      c.error(refusal, switch (refusal) {
        case "too-late" -> "That question has closed.";
        case "already-answered" -> "You have already answered this question.";
        default -> "That question is not open.";
      });
      return;
    }
    AskedQuestion q = round.asked;
    Answer answer = q.read(c, msg);
    if (answer == null) return;
    long limit = limitFor(p);
    long ms = Math.min(round.elapsedMs(receivedNanos), limit);
    Judgement j = q.key.judge(answer);
    int points = q.key.scores() ? room.plan.rules().scoring().points(j, ms, limit, p.streak) : 0;
    StoredAnswer stored = new StoredAnswer(room.sessionId, p.id, q.index, AnswerParser.saved(q.question.kind(), msg).encode(),
        j.correct(), j.fraction(), points, ms, System.currentTimeMillis());
    Round.Submitted sub = new Round.Submitted(answer, j, points, ms, saver.save(stored));
    Round mine = round;
    mine.answers.put(p.id, sub);
    sub.saved.onComplete(ar -> room.run(() -> settled(p, mine, sub, ar.succeeded(), receivedNanos)));
  }

  private String refusal(Player p, long i, long receivedNanos) {
    if (room.phase != Room.Phase.QUESTION || round == null) {
      return round != null && i <= index && i >= 0 ? "too-late" : "not-open";
    }
    if (i != index) return i < index && i >= 0 ? "too-late" : "not-open";
    if (round.closing || round.elapsedMs(receivedNanos) > limitFor(p)) return "too-late";
    if (round.answers.containsKey(p.id)) return "already-answered";
    return null;
  }

  private void settled(Player p, Round r, Round.Submitted sub, boolean ok, long receivedNanos) {
    if (!ok) {
      r.answers.remove(p.id, sub);
      p.send(Messages.error("not-saved", "Your answer could not be saved; please answer again."));
      return;
    }
    sub.acknowledged = true;
    r.acknowledged++;
    p.send(Messages.answered(r.asked.index));
    acknowledged.accept(System.nanoTime() - receivedNanos);
    if (r == round && !r.closing) {
      room.broadcastToHosts(progress());
      closeIfAllAnswered();
    }
  }

  /** A player joined, left or was removed: the host's count changes, and the question may be done. */
  void playersChanged() {
    if (room.phase == Room.Phase.QUESTION && !round.closing) {
      room.broadcastToHosts(progress());
      closeIfAllAnswered();
    }
  }

  private void closeIfAllAnswered() {
    // Cheap test first: with thousands of players, the full check runs only near the end.
    if (round.acknowledged < room.connectedPlayers()) return;
    // Just after a restore the phones are on their way back: until then only all players' answers close it.
    boolean everyone = System.nanoTime() < round.holdUntilNanos;
    int connected = 0;
    for (Player p : room.players.values()) {
      if (everyone ? p.kicked : !p.connected()) continue;
      connected++;
      Round.Submitted s = round.answers.get(p.id);
      if (s == null || !s.acknowledged) return;
    }
    if (connected > 0) closeRound(false);
  }

  void lateJoin(Player p) {
    if (saved == null) return;
    SessionStore.SavedPlayer sp = new SessionStore.SavedPlayer(p.id, p.name, p.joinedAt, p.studentId);
    saved.compose(v -> room.sessions.addPlayer(room.sessionId, sp))
        .onFailure(err -> LOG.error("Room {}: could not save the late player {}", room.pin, p.id, err));
  }

  private Future<Void> waitForSaves() {
    List<Future<Void>> pending = round.pendingSaves();
    return Future.join(pending).transform(ar -> Future.succeededFuture());
  }

  void stopTimer() {
    if (round != null) room.vertx.cancelTimer(round.timerId);
  }

  /** Stops taking answers, waits for the answers on their way to the disk, then reveals. */
  private Future<Void> closeRound(boolean thenFinish) {
    Round r = round;
    r.closing = true;
    room.vertx.cancelTimer(r.timerId);
    Promise<Void> done = Promise.promise();
    waitForSaves().onComplete(v -> room.run(() -> {
      reveal(r);
      room.journal.phase("reveal", r.asked.index, r.openedAt);
      if (thenFinish) finish().onComplete(done);
      else {
        room.phase = Room.Phase.REVEAL;
        done.complete();
      }
    }));
    return done.future();
  }

  private void reveal(Round r) {
    lastReveal = Reveal.tally(room, r, standings);
    AnswerSpread.of(r, room.activePlayers()).addTo(lastReveal, r.asked.question.kind().wire());
    lastLeaderboard = standings.leaderboard(r.asked.index);
    room.broadcastToHosts(lastReveal);
    room.broadcastToHosts(lastLeaderboard);
    Reveal.tellPlayers(room, r, standings, asked.size());
  }

  // ---- the end ----
  private Future<Void> finish() {
    if (finishing != null) return finishing;
    room.phase = Room.Phase.FINISHED;
    room.finishedAt = System.currentTimeMillis();
    standings.rank();
    Future<Void> stored = (saved == null ? Future.<Void>succeededFuture()
        : saved.compose(v -> room.sessions.finish(room.sessionId, room.sessions.now(), endedEarly)))
        .transform(ar -> room.journal.finished().compose(v -> ar.failed() ? Future.<Void>failedFuture(ar.cause()) : Future.<Void>succeededFuture()));
    Promise<Void> done = Promise.promise();
    finishing = done.future();
    stored.onComplete(ar -> room.run(() -> {
      if (ar.failed()) LOG.error("Room {}: could not save the end of session {}", room.pin, room.sessionId, ar.cause());
      room.broadcastToHosts(standings.finishedForHost(sessionIdIfSaved()));
      for (Player p : room.activePlayers()) p.send(standings.finishedFor(p, sessionIdIfSaved()));
      done.complete();
    }));
    return finishing;
  }

  /** A game that never started saved no session. */
  private String sessionIdIfSaved() {
    return saved == null ? null : room.sessionId;
  }

  // ---- a screen that comes back ----

  void replayTo(Player p) {
    if (room.phase == Room.Phase.REVEAL && p.lastOutcome != null && p.lastOutcome.getInteger("index") == index) p.send(p.lastOutcome);
  }

  void replayToHost(Connection host) {
    switch (room.phase) {
      case QUESTION -> {
        if (!round.closing) {
          host.send(questionMessage().put("remainingMs", round.remainingMs(round.asked.limitMs)));
          host.send(progress());
        }
      }
      case REVEAL -> {
        host.send(lastReveal);
        host.send(lastLeaderboard);
      }
      case FINISHED -> {
        if (finishing != null && finishing.isComplete()) host.send(standings.finishedForHost(sessionIdIfSaved()));
      }
      default -> { }
    }
  }
}
