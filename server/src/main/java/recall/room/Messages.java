package recall.room;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

/** Builders of the contract's server-to-client messages that do not need a room's state. */
final class Messages {
  private Messages() {
  }

  static JsonObject error(String code, String message) {
    return new JsonObject().put("type", "error").put("code", code).put("message", message);
  }

  static JsonObject answered(int index) {
    return new JsonObject().put("type", "answered").put("index", index);
  }

  static JsonObject progress(int index, int answered, int players) {
    return new JsonObject().put("type", "progress").put("index", index).put("answered", answered).put("players", players);
  }

  static JsonObject kicked() {
    return new JsonObject().put("type", "kicked");
  }

  /** One line of a leaderboard or podium. */
  static JsonObject standing(Player p) {
    return new JsonObject().put("playerId", p.id).put("name", p.name).put("score", p.score).put("rank", p.rank);
  }

  static JsonArray standings(List<Player> ranked, int limit) {
    JsonArray out = new JsonArray();
    for (int i = 0; i < ranked.size() && i < limit; i++) out.add(standing(ranked.get(i)));
    return out;
  }
}
