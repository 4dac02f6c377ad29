package recall.room;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import recall.scoring.Answer;
import recall.scoring.Judgement;
import recall.store.LiveRoomStore;
import recall.store.LiveRoomStore.LiveAnswer;
import recall.store.LiveRoomStore.LivePlayer;
import recall.store.LiveRoomStore.Snapshot;
import recall.store.SessionStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Rebuilds a live room from what {@link RoomJournal} and the answer writer stored: its plan, host
 * keys, lock and players as they were, then the game where it stood. Which question is current is
 * the furthest of what the room's row, the session's opened questions and the stored answers show
 * (those are written by different writers, so any one of them may be a step behind at a kill -9).
 */
final class RoomRestorer {
  private final Vertx vertx;
  private final SessionStore sessions;
  private final GameSaver saver;
  private final LongConsumer acknowledged;
  private final LiveRoomStore live;
  private final RoomCaps caps;
  private final java.time.Clock clock;
  /** For a restored homework: who hears it closed, by assignment id (set once the assignments are known). */
  volatile java.util.function.Function<String, LongConsumer> homeworkClosers = id -> at -> { };

  RoomRestorer(Vertx vertx, SessionStore sessions, GameSaver saver, LongConsumer acknowledged, LiveRoomStore live, RoomCaps caps,
               java.time.Clock clock) {
    this.caps = caps;
    this.clock = clock;
    this.vertx = vertx;
    this.sessions = sessions;
    this.saver = saver;
    this.acknowledged = acknowledged;
    this.live = live;
  }

  /** The room of a snapshot, running on a context of its own; null when its game had finished. */
  Future<Room> restore(Snapshot s) {
    LiveRoomStore.LiveRoom row = s.room();
    if (s.sessionFinished()) {
      // Killed between saving the end and forgetting the room: nothing to go on with.
      return new RoomJournal(live, row.pin(), row.sessionId()).finished().map(v -> null);
    }
    PlanRecord.Restored plan = PlanRecord.decode(row.plan(), homeworkClosers);
    // An event loop of its own, whoever restores: a takeover restores from a worker context, and a
    // room run there would have its timers and sockets' frames on a worker thread.
    Context context = ((VertxInternal) vertx).createEventLoopContext();
    Room room = new Room(vertx, context, plan.plan(), plan.asked(), sessions, saver, acknowledged, row.pin(),
        HostKeys.restored(row.hostKeys()), row.sessionId(), new RoomJournal(live, row.pin(), row.sessionId()), caps, clock);
    Promise<Room> done = Promise.promise();
    room.run(() -> {
      room.locked = row.locked();
      for (LivePlayer lp : s.players()) {
        Player p = new Player(lp.id(), lp.name(), null, lp.joinedAt());
        p.kicked = lp.kicked();
        p.extraTime = lp.extraTime();
        p.studentId = lp.studentId();
        room.restorePlayer(p, lp.tokenHash());
      }
      if (room.homework != null) room.homework.restore(s.answers());
      else if (s.sessionSaved()) resumeGame(room, plan.asked(), s);
      done.complete(room);
    });
    return done.future();
  }

  private static void resumeGame(Room room, List<AskedQuestion> asked, Snapshot s) {
    LiveRoomStore.LiveRoom row = s.room();
    int at = row.index();
    for (int i : s.opened().keySet()) at = Math.max(at, i);
    Map<Integer, Map<String, Round.Submitted>> byIndex = new HashMap<>();
    Map<Integer, Long> firstAnswer = new HashMap<>();
    for (LiveAnswer a : s.answers()) {
      if (a.index() < 0 || a.index() >= asked.size()) continue;
      at = Math.max(at, a.index());
      byIndex.computeIfAbsent(a.index(), k -> new HashMap<>()).put(a.playerId(), submitted(asked.get(a.index()), a));
      firstAnswer.merge(a.index(), a.answeredAt() - a.ms(), Math::min);
    }
    if (at < 0) {
      room.game.resume(List.of(), null, false);
      return;
    }
    List<Round> closed = new ArrayList<>();
    for (int i = 0; i < at; i++) closed.add(round(asked.get(i), 0L, byIndex.get(i)));
    Long openedAt = row.index() == at && row.openedAt() != null ? row.openedAt() : s.opened().get(at);
    if (openedAt == null) openedAt = firstAnswer.getOrDefault(at, System.currentTimeMillis());
    boolean revealed = "reveal".equals(row.phase()) && row.index() == at;
    room.game.resume(closed, round(asked.get(at), openedAt, byIndex.get(at)), revealed);
  }

  private static Round round(AskedQuestion q, long openedAt, Map<String, Round.Submitted> answers) {
    Round r = new Round(q, openedAt);
    if (answers != null) {
      r.answers.putAll(answers);
      r.acknowledged = answers.size();
    }
    return r;
  }

  /** A stored answer, as acknowledged: judged and scored as it was when it arrived. */
  private static Round.Submitted submitted(AskedQuestion q, LiveAnswer a) {
    Answer answer;
    try {
      answer = AnswerParser.parse(q.question.kind(), a.answer());
    } catch (AnswerParser.Refused e) {
      // Stored answers were parsed before they were stored; this cannot happen short of a hand edit.
      throw new IllegalStateException("stored answer does not parse: " + a, e);
    }
    Round.Submitted sub = new Round.Submitted(answer, new Judgement(a.fraction(), a.correct()), a.points(), a.ms(),
        Future.succeededFuture());
    sub.acknowledged = true;
    return sub;
  }
}
