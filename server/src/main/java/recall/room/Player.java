package recall.room;

import io.vertx.core.json.JsonObject;

/** A player of one room: name, secret token, score and streak, and its socket while connected. */
final class Player {
  final String id;
  String name;
  /** The secret; for a restored player only its hash is known until it resumes with it. */
  String token;
  final long joinedAt;
  /** The class roster's student this player is (joined with a code), or null for a nickname. */
  String studentId;
  int score;
  int streak;
  int rank;
  boolean kicked;
  /** Extra time (WCAG 2.2.1): this player's time limits are the questions' times this factor. */
  double extraTime = 1.0;
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
    JsonObject s = new JsonObject().put("id", id).put("name", name).put("connected", connection != null);
    return extraTime == 1.0 ? s : s.put("extraTime", extraTime);
  }
}
