package recall.loadgen;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;

/** What one scenario run counted, from any event loop: connections, answers, errors, closes. */
final class Tally {
  /** Acknowledgements are counted in 10 ms slots, for the best second of stored answers. */
  private static final int SLOT_MS = 10;

  final long startNanos = System.nanoTime();
  final LongAdder joined = new LongAdder();
  final LongAdder answersSent = new LongAdder();
  final LongAdder acked = new LongAdder();
  final LongAdder resumes = new LongAdder();
  final LongAdder unexpectedCloses = new LongAdder();
  private final Map<String, LongAdder> connectFailures = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
  private final AtomicIntegerArray ackSlots;
  private final AtomicIntegerArray sendSlots;

  Tally(long expectedDurationMs) {
    ackSlots = new AtomicIntegerArray((int) Math.max(1000, 2 * expectedDurationMs / SLOT_MS));
    sendSlots = new AtomicIntegerArray(ackSlots.length());
  }

  void connectFailed(String cause) {
    connectFailures.computeIfAbsent(cause, k -> new LongAdder()).increment();
  }

  void error(String code) {
    errors.computeIfAbsent(code, k -> new LongAdder()).increment();
  }

  void sent() {
    answersSent.increment();
    count(sendSlots);
  }

  void acknowledged() {
    acked.increment();
    count(ackSlots);
  }

  private void count(AtomicIntegerArray slots) {
    int slot = (int) ((System.nanoTime() - startNanos) / 1_000_000 / SLOT_MS);
    if (slot < slots.length()) slots.incrementAndGet(slot);
  }

  /** The most answers acknowledged (so stored) within any one second of the run. */
  long bestSecond() {
    return bestSecond(ackSlots);
  }

  /**
   * The fastest storing, as answers a second, over the best half second: a burst of 10,000
   * students cannot fill a whole second at more than 10,000 a second.
   */
  long peakRate() {
    return 2 * bestWindow(ackSlots, 500 / SLOT_MS);
  }

  /** The most answers sent within any one second of the run: the load offered. */
  long bestSecondSent() {
    return bestSecond(sendSlots);
  }

  private static long bestSecond(AtomicIntegerArray slots) {
    return bestWindow(slots, 1000 / SLOT_MS);
  }

  private static long bestWindow(AtomicIntegerArray slots, int window) {
    long sum = 0;
    long best = 0;
    for (int i = 0; i < slots.length(); i++) {
      sum += slots.get(i);
      if (i >= window) sum -= slots.get(i - window);
      best = Math.max(best, sum);
    }
    return best;
  }

  Map<String, Long> connectFailures() {
    return snapshot(connectFailures);
  }

  Map<String, Long> errors() {
    return snapshot(errors);
  }

  private static Map<String, Long> snapshot(Map<String, LongAdder> m) {
    Map<String, Long> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
