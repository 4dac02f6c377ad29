package recall.room;

/**
 * One player's way through a homework, at its own pace: which question is next, the one open now
 * and since when, and whether the player is done. Plain data and rules, no sockets: the times are
 * the flow's clock's, passed in.
 */
final class Pace {
  /** What a {@code next} does. */
  enum Step { OPEN, FINISH, ANSWER_FIRST, WAIT, MISSED }

  final int total;
  int next;
  /** The question open now, or -1. */
  int open = -1;
  long openedAt;
  long limitMs;
  /** An answer to the open question is on its way to the disk. */
  boolean saving;
  boolean finished;
  int score;
  int streak;

  Pace(int total) {
    this.total = total;
  }

  /** The step a {@code next} at {@code now} takes. A limit of 0 or less means no time limit. */
  Step next(long now) {
    if (saving) return Step.WAIT;
    if (open >= 0) return expired(now) ? Step.MISSED : Step.ANSWER_FIRST;
    return next >= total ? Step.FINISH : Step.OPEN;
  }

  void opened(long now, long limit) {
    open = next;
    openedAt = now;
    limitMs = limit;
  }

  /** Why an answer to {@code index} at {@code now} is refused, as the contract's code, or null. */
  String refusal(long index, long now) {
    if (saving && index == open) return "already-answered";
    if (open < 0 || index != open) return index >= 0 && index < next ? "already-answered" : "not-open";
    return expired(now) ? "too-late" : null;
  }

  boolean expired(long now) {
    return limitMs > 0 && now - openedAt > limitMs;
  }

  /** The open question is done with (answered, or missed): the next one comes next. */
  void done() {
    open = -1;
    saving = false;
    next++;
  }

  long elapsed(long now) {
    return Math.max(0, now - openedAt);
  }

  long remaining(long now) {
    return Math.max(0, limitMs - elapsed(now));
  }
}
