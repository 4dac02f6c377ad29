package recall.room;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.scoring.Leaderboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ranking of a room's players, and what of it each screen is shown under the room's
 * {@link Leaderboard} mode: the projector's leaderboard and podium, and each player's own rank.
 */
final class Standings {
  private static final int TOP = 10;
  private static final int PODIUM = 3;

  private final Room room;
  private final Leaderboard mode;
  private List<Player> ranked = List.of();

  Standings(Room room) {
    this.room = room;
    this.mode = room.plan.rules().leaderboard();
  }

  /** Ranks follow scores; equal scores share a rank. */
  void rank() {
    List<Player> list = new ArrayList<>(room.activePlayers());
    list.sort(Comparator.comparingInt((Player p) -> -p.score).thenComparingLong(p -> p.joinedAt));
    for (int i = 0; i < list.size(); i++) {
      Player p = list.get(i);
      p.rank = i > 0 && list.get(i - 1).score == p.score ? list.get(i - 1).rank : i + 1;
    }
    ranked = list;
  }

  /** The player's rank as it may be shown to the player, or null when the mode hides it. */
  Integer rankFor(Player p) {
    return mode.ranksToPlayers() && p.rank > 0 ? p.rank : null;
  }

  /** The host's {@code leaderboard} after a reveal. */
  JsonObject leaderboard(int index) {
    return new JsonObject().put("type", "leaderboard").put("index", index)
        .put("top", Messages.standings(ranked, mode.projected(TOP))).put("leaderboard", mode.wire());
  }

  private JsonObject finished(String sessionId) {
    return new JsonObject().put("type", "finished").put("sessionId", sessionId)
        .put("podium", Messages.standings(ranked, mode.projected(PODIUM))).put("leaderboard", mode.wire());
  }

  JsonObject finishedFor(Player p, String sessionId) {
    return finished(sessionId).put("score", p.score).put("rank", rankFor(p));
  }

  JsonObject finishedForHost(String sessionId) {
    JsonArray all = Messages.standings(ranked, mode.projected(Integer.MAX_VALUE));
    return finished(sessionId).put("standings", all);
  }
}
