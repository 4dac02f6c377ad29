package recall.loadgen;

import io.vertx.core.Vertx;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

/**
 * Where a takeover's time went, as the phones of the killed node's rooms saw it: for each room,
 * when after the kill its host was welcomed again, its first phone was, a question reached a phone,
 * and an answer was acknowledged; and every second for 20 s, how many of those phones are
 * connecting, waiting for their welcome, or back.
 */
final class TakeoverWatch {
  static final int HOST_WELCOMED = 0;
  static final int PHONE_WELCOMED = 1;
  static final int QUESTION = 2;
  static final int ACKNOWLEDGED = 3;

  /** A phone's state for the census. */
  static final int CONNECTING = 0;
  static final int WAITING = 1;
  static final int WELCOMED = 2;

  private static final int CENSUS_SECONDS = 20;

  private final Vertx vertx;
  /** By room: nanoseconds from the kill to each step, 0 until it happened. */
  private final Map<Integer, long[]> steps = new ConcurrentHashMap<>();
  private final List<IntSupplier> phones = new CopyOnWriteArrayList<>();
  private volatile long killedAt;

  TakeoverWatch(Vertx vertx) {
    this.vertx = vertx;
  }

  /** A phone of a room on the node to kill, by its state ({@link #CONNECTING}, {@link #WAITING}, {@link #WELCOMED}). */
  void phone(IntSupplier state) {
    phones.add(state);
  }

  /** The node was killed now: the census starts. */
  void killed(long at) {
    killedAt = at;
    census(0);
  }

  /** {@code room} reached {@code step}; only the first time after the kill counts. */
  void reached(int room, int step) {
    long at = killedAt;
    if (at == 0) return;
    long[] m = steps.computeIfAbsent(room, k -> new long[4]);
    synchronized (m) {
      if (m[step] == 0) m[step] = System.nanoTime() - at;
    }
  }

  void print() {
    steps.forEach((room, m) -> System.out.printf(Locale.ROOT,
        "[cluster] room %d after the kill: host welcomed %d ms, first phone welcomed %d ms, a question %d ms, an answer acknowledged %d ms%n",
        room, m[HOST_WELCOMED] / 1_000_000, m[PHONE_WELCOMED] / 1_000_000, m[QUESTION] / 1_000_000, m[ACKNOWLEDGED] / 1_000_000));
  }

  private void census(int seconds) {
    int[] n = new int[3];
    for (IntSupplier p : phones) n[p.getAsInt()]++;
    System.out.printf(Locale.ROOT, "[cluster] +%.1f s: %d phones connecting, %d waiting for their welcome, %d welcomed%n",
        (System.nanoTime() - killedAt) / 1e9, n[CONNECTING], n[WAITING], n[WELCOMED]);
    if (seconds < CENSUS_SECONDS) vertx.setTimer(1000, t -> census(seconds + 1));
  }
}
