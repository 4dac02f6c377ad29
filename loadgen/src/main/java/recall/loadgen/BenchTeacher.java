package recall.loadgen;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The teacher's side of the cluster bench, over HTTP: logged in once per node, opening rooms there. */
final class BenchTeacher {
  private static final String QUIZ = "power-struggle";

  private final Vertx vertx;
  private final String password;
  private final Map<String, Future<String>> tokens = new HashMap<>();
  private final Map<String, WebClient> clients = new ConcurrentHashMap<>();

  BenchTeacher(Vertx vertx, String password) {
    this.vertx = vertx;
    this.password = password;
  }

  /**
   * Opens a room of {@code questions} choice questions on {@code node} (every phone answers option
   * 0, which fits all of them); completes with its {@code pin} and {@code hostKey}.
   */
  Future<JsonObject> open(String[] node, int questions) {
    return login(node).compose(token -> web(node).get("/api/quizzes/" + QUIZ).bearerTokenAuthentication(token).send()
        .compose(quiz -> {
          JsonArray ids = new JsonArray();
          JsonArray qs = quiz.bodyAsJsonObject().getJsonArray("questions");
          for (int q = 0; q < qs.size() && ids.size() < questions; q++) {
            if (List.of("single", "multiple", "truefalse", "poll").contains(qs.getJsonObject(q).getString("kind"))) ids.add(qs.getJsonObject(q).getString("id"));
          }
          return web(node).post("/api/rooms").bearerTokenAuthentication(token)
              .sendJsonObject(new JsonObject().put("quiz", QUIZ).put("questions", ids).put("timeLimitSeconds", 60));
        }))
        .map(resp -> resp.bodyAsJsonObject());
  }

  /** One log-in per node, shared by the rooms opened there. */
  private synchronized Future<String> login(String[] node) {
    return tokens.computeIfAbsent(node[0] + ":" + node[1], k -> logIn(node));
  }

  private Future<String> logIn(String[] node) {
    return web(node).post("/api/login").sendJsonObject(new JsonObject().put("user", "teacher").put("password", password))
        .map(r -> {
          if (r.statusCode() != 200) throw new IllegalStateException("log-in on " + String.join(":", node) + ": " + r.statusCode() + " " + r.bodyAsString());
          return r.bodyAsJsonObject().getString("token");
        });
  }

  /** One HTTP client per node, kept for the run (a client per call would leave its pool behind). */
  private WebClient web(String[] node) {
    return clients.computeIfAbsent(node[0] + ":" + node[1], k -> WebClient.create(vertx,
        new WebClientOptions().setDefaultHost(node[0]).setDefaultPort(Integer.parseInt(node[1]))));
  }
}
