package recall.loadgen;

import io.vertx.core.Future;

/** A server the generator plays against: Recall itself, or the bare baseline. */
interface Target {
  /** "recall" or "baseline". */
  String name();

  String host();

  int port();

  /** Opens a room for a game of {@code questions} questions. */
  Future<RoomGame> openRoom(Scenario scenario, int questions);

  /**
   * Checks every answer acknowledged in the room against what the server saved; null when this
   * target saves nothing (the baseline).
   */
  Future<Verification> verify(RoomGame room);

  /** What the saved session holds compared to what was acknowledged. */
  record Verification(long acknowledged, long stored, long lost) {
  }
}
