package recall.loadgen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One room of one game as the generator sees it: its PIN and host key, when the host sent each
 * command (for the fan-out), how many answers the host waits for, and the answers acknowledged.
 */
final class RoomGame {
  final String pin;
  final String hostKey;
  final int questions;
  /** System.nanoTime() when the host sent the command that opens question i; 0 before. */
  private final AtomicLongArray commandNanos;
  private final int[] expected;
  /** "playerId/index" of every answer the server acknowledged with {@code answered}. */
  final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  final List<SimulatedPlayer> players = new ArrayList<>();
  volatile String sessionId;

  RoomGame(String pin, String hostKey, int questions) {
    this.pin = pin;
    this.hostKey = hostKey;
    this.questions = questions;
    this.commandNanos = new AtomicLongArray(questions);
    this.expected = new int[questions];
  }

  void commandSent(int index) {
    commandNanos.set(index, System.nanoTime());
  }

  long commandNanos(int index) {
    return index >= 0 && index < questions ? commandNanos.get(index) : 0;
  }

  /** Counts, once everyone has joined, the players who mean to answer each question. */
  void countExpected() {
    for (int i = 0; i < questions; i++) {
      int n = 0;
      for (SimulatedPlayer p : players) if (p.isIn() && p.willAnswer(i)) n++;
      expected[i] = n;
    }
  }

  int expected(int index) {
    return expected[index];
  }

  void acknowledged(String playerId, int index) {
    acknowledged.add(playerId + "/" + index);
  }
}
