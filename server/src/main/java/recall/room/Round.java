package recall.room;

import io.vertx.core.Future;
import recall.scoring.Answer;
import recall.scoring.Judgement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One open question of a room: when it opened and the answers received, saved or on their way. */
final class Round {
  final AskedQuestion asked;
  final long openedNanos;
  final long openedAt;
  long timerId = -1;
  /** When the question closes by itself: the longest time limit among its players. */
  long closesAfterMs;
  /** True once the question stopped taking answers (time up, all answered, closed or ended). */
  boolean closing;
  final Map<String, Submitted> answers = new HashMap<>();

  /** An answer: judged and scored on receipt, acknowledged once saved. */
  static final class Submitted {
    final Answer answer;
    final Judgement judgement;
    final int points;
    final long ms;
    final Future<Void> saved;
    boolean acknowledged;

    Submitted(Answer answer, Judgement judgement, int points, long ms, Future<Void> saved) {
      this.answer = answer;
      this.judgement = judgement;
      this.points = points;
      this.ms = ms;
      this.saved = saved;
    }
  }

  Round(AskedQuestion asked) {
    this.asked = asked;
    this.openedNanos = System.nanoTime();
    this.openedAt = System.currentTimeMillis();
  }

  long elapsedMs(long nanos) {
    return Math.max(0, (nanos - openedNanos) / 1_000_000);
  }

  /** Time left of a limit (the question's, or a player's with extra time). */
  long remainingMs(long limitMs) {
    return Math.max(0, limitMs - elapsedMs(System.nanoTime()));
  }

  /** Answers saved and acknowledged so far. */
  int acknowledged;

  /** The saves still on their way; a question is revealed only after they settle. */
  List<Future<Void>> pendingSaves() {
    List<Future<Void>> out = new ArrayList<>();
    for (Submitted s : answers.values()) if (!s.acknowledged) out.add(s.saved);
    return out;
  }
}
