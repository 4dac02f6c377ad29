package recall.loadgen;

import java.util.List;

/**
 * One way a school uses Recall, played the same way against Recall and against the bare baseline.
 *
 * @param name short name, used in the tables and the JSON
 * @param rooms rooms played at once
 * @param playersPerRoom students in each room
 * @param questions questions of each game (taken from the bench quiz, in order)
 * @param thinkFromMs a student answers this long at the earliest after seeing the question
 * @param thinkToMs ... and at the latest (uniformly in between)
 * @param timeLimitSeconds the room's time limit per question
 * @param wrongShare share of answers that are wrong
 * @param silentShare share of (player, question) pairs left unanswered
 * @param dropShare share of (player, question) pairs where the phone drops and comes back with resume
 * @param games games played one after the other (each in new rooms)
 * @param gameEveryMs a game starts this often (0: each right after the previous one)
 * @param revealPauseMs how long the teacher shows each reveal before the next question
 * @param baseline whether the bare baseline plays it too, for the ratios
 * @param measureHeap whether the server's heap per connected player is measured during it
 */
public record Scenario(String name, int rooms, int playersPerRoom, int questions, long thinkFromMs, long thinkToMs,
                       int timeLimitSeconds, double wrongShare, double silentShare, double dropShare, int games,
                       long gameEveryMs, long revealPauseMs, boolean baseline, boolean measureHeap) {

  public int players() {
    return rooms * playersPerRoom;
  }

  /** What it is, in one line, for the reports. */
  public String describe() {
    String shape = rooms == 1 ? "1 room of " + playersPerRoom : rooms + " rooms x " + playersPerRoom;
    String games = this.games > 1 ? ", " + this.games + " games" + (gameEveryMs > 0 ? " (one every " + gameEveryMs / 1000 + " s)" : "") : "";
    return shape + ", " + questions + " questions, answers " + thinkFromMs + "-" + thinkToMs + " ms after the question" + games;
  }

  /** The full benchmark: what the issue asks for. */
  public static List<Scenario> full() {
    return List.of(
        // 10,000 answers over ~5 s: about 2,000 answers a second, fan-out to 200 per room.
        new Scenario("many-rooms", 50, 200, 3, 300, 5300, 30, 0.25, 0.05, 0.02, 1, 0, 1000, true, true),
        new Scenario("big-room", 1, 10_000, 3, 500, 10_500, 30, 0.25, 0.05, 0.02, 1, 0, 1000, true, true),
        // Every student answers within 2 s of seeing the question; fan-out to 2,000 per room.
        new Scenario("burst", 5, 2_000, 3, 0, 2000, 30, 0.25, 0.0, 0.0, 1, 0, 1000, true, false),
        // Everyone at once (within 0.5 s): how many answers a second the server stores.
        new Scenario("throughput", 50, 200, 2, 0, 500, 30, 0.25, 0.0, 0.0, 1, 0, 1000, true, false),
        // A game a minute for 10 minutes, 10,000 players, phones dropping and resuming.
        new Scenario("soak", 50, 200, 3, 1000, 9000, 20, 0.25, 0.05, 0.05, 10, 60_000, 1000, false, false));
  }

  /** A smoke run of a minute or two: every scenario, small. */
  public static List<Scenario> quick() {
    return List.of(
        new Scenario("many-rooms", 10, 40, 2, 300, 2300, 20, 0.25, 0.05, 0.05, 1, 0, 300, true, true),
        new Scenario("big-room", 1, 1_000, 2, 300, 3300, 20, 0.25, 0.05, 0.02, 1, 0, 300, true, true),
        new Scenario("burst", 2, 400, 2, 0, 2000, 20, 0.25, 0.0, 0.0, 1, 0, 300, true, false),
        new Scenario("throughput", 10, 100, 2, 0, 500, 20, 0.25, 0.0, 0.0, 1, 0, 300, true, false),
        new Scenario("soak", 5, 40, 2, 300, 3000, 10, 0.25, 0.05, 0.1, 3, 15_000, 300, false, false));
  }
}
