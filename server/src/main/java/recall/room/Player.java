package recall.room;

import io.vertx.core.json.JsonObject;

/** A player of one room: name, secret token, score and streak, and its socket while connected. */
final class Player {
  final String id;
  final String name;
  final String token;
  final long joinedAt;
  int score;
  int streak;
  int rank;
  boolean kicked;
  Connection connection;
  /** The outcome of the last reveal, repeated to a phone that comes back. */
  JsonObject lastOutcome;

  Player(String id, String name, String token, long joinedAt) {
    this.id = id;
    this.name = name;
    this.token = token;
    this.joinedAt = joinedAt;
  }

  boolean connected() {
    return connection != null && !kicked;
  }

  void send(JsonObject message) {
    if (connection != null) connection.send(message);
  }

  JsonObject summary() {
    return new JsonObject().put("id", id).put("name", name).put("connected", connection != null);
  }
}
