package recall.loadgen;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.util.HashSet;
import java.util.Set;

/**
 * Recall through its teacher API: logs in, posts the bench quiz, opens rooms, and reads each saved
 * session back to check that no acknowledged answer is missing.
 */
final class RecallTarget implements Target {
  private final WebClient http;
  private final String host;
  private final int port;
  private String token;
  private String quizId = BenchQuiz.ID;

  RecallTarget(Vertx vertx, String host, int port) {
    this.host = host;
    this.port = port;
    this.http = WebClient.create(vertx, new WebClientOptions().setDefaultHost(host).setDefaultPort(port).setIdleTimeout(60));
  }

  @Override
  public String name() {
    return "recall";
  }

  @Override
  public String host() {
    return host;
  }

  @Override
  public int port() {
    return port;
  }

  /** Logs in as the teacher and posts the bench quiz. */
  Future<Void> prepare(String user, String password) {
    return http.post("/api/login").sendJsonObject(new JsonObject().put("user", user).put("password", password))
        .compose(r -> {
          if (r.statusCode() != 200) return Future.failedFuture("login as " + user + " failed: HTTP " + r.statusCode() + " " + r.bodyAsString());
          token = r.bodyAsJsonObject().getString("token");
          return http.post("/api/quizzes").bearerTokenAuthentication(token).sendJsonObject(BenchQuiz.document());
        })
        .compose(r -> {
          if (r.statusCode() != 201) return Future.failedFuture("the bench quiz was refused: HTTP " + r.statusCode() + " " + r.bodyAsString());
          // The server keeps the id unless it is taken, then gives a fresh one.
          quizId = r.bodyAsJsonObject().getString("id");
          return Future.succeededFuture();
        });
  }

  @Override
  public Future<RoomGame> openRoom(Scenario scenario, int questions) {
    JsonObject body = new JsonObject().put("quiz", quizId).put("questions", BenchQuiz.ids(questions))
        .put("timeLimitSeconds", scenario.timeLimitSeconds()).put("shuffle", false);
    return http.post("/api/rooms").bearerTokenAuthentication(token).sendJsonObject(body).compose(r -> {
      if (r.statusCode() != 201) return Future.failedFuture("no room: HTTP " + r.statusCode() + " " + r.bodyAsString());
      JsonObject room = r.bodyAsJsonObject();
      return Future.succeededFuture(new RoomGame(room.getString("pin"), room.getString("hostKey"), questions));
    });
  }

  @Override
  public Future<Verification> verify(RoomGame room) {
    if (room.sessionId == null) {
      return Future.succeededFuture(new Verification(room.acknowledged.size(), 0, room.acknowledged.size()));
    }
    return http.get("/api/sessions/" + room.sessionId).bearerTokenAuthentication(token).send().compose(r -> {
      if (r.statusCode() != 200) return Future.failedFuture("session " + room.sessionId + ": HTTP " + r.statusCode());
      return Future.succeededFuture(compare(room, r));
    });
  }

  private static Verification compare(RoomGame room, HttpResponse<Buffer> r) {
    JsonArray answers = r.bodyAsJsonObject().getJsonArray("answers", new JsonArray());
    Set<String> saved = new HashSet<>();
    for (int i = 0; i < answers.size(); i++) {
      JsonObject a = answers.getJsonObject(i);
      saved.add(a.getString("playerId") + "/" + a.getInteger("index"));
    }
    long lost = room.acknowledged.stream().filter(k -> !saved.contains(k)).count();
    return new Verification(room.acknowledged.size(), saved.size(), lost);
  }

  Future<Void> close() {
    http.close();
    return Future.succeededFuture();
  }
}
