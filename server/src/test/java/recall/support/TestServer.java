package recall.support;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import recall.app.Config;
import recall.app.RecallServer;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real server for a test: started in-process on a free port with an in-memory HSQLDB of its
 * own, the real question bank, and a teacher logged in through the real API.
 */
public final class TestServer {
  /** The repo's question bank, seen from the server module. */
  public static final Path QUESTIONS = Path.of("..", "questions");
  private static final AtomicInteger DB = new AtomicInteger();

  public final Vertx vertx;
  public final RecallServer server;
  public final WebClient http;
  public final String token;

  private TestServer(Vertx vertx, RecallServer server, WebClient http, String token) {
    this.vertx = vertx;
    this.server = server;
    this.http = http;
    this.token = token;
  }

  /** A unique in-memory database name for a test class. */
  public static String dbName(Class<?> testClass) {
    return testClass.getSimpleName() + "-" + DB.incrementAndGet();
  }

  public static Future<TestServer> start(Vertx vertx, Class<?> testClass) {
    return start(vertx, Config.forTests(dbName(testClass), QUESTIONS));
  }

  /** Starts the server with this configuration and logs in as the teacher. */
  public static Future<TestServer> start(Vertx vertx, Config config) {
    return start(vertx, config, java.time.Clock.systemUTC());
  }

  /** As above, with the clock that times log-in sessions. */
  public static Future<TestServer> start(Vertx vertx, Config config, java.time.Clock clock) {
    return RecallServer.start(vertx, config, new recall.app.Metrics(), clock).compose(server -> {
      WebClient http = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(server.port()));
      return http.post("/api/login").sendJsonObject(new JsonObject().put("user", "teacher").put("password", config.teacherPassword()))
          .map(r -> {
            if (r.statusCode() != 200) throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.bodyAsString());
            return new TestServer(vertx, server, http, r.bodyAsJsonObject().getString("token"));
          });
    });
  }

  public int port() {
    return server.port();
  }

  /** A request as the logged-in teacher (bearer token). */
  public HttpRequest<Buffer> teacher(HttpMethod method, String path) {
    return http.request(method, path).bearerTokenAuthentication(token);
  }

  public Future<HttpResponse<Buffer>> get(String path) {
    return teacher(HttpMethod.GET, path).send();
  }

  public Future<HttpResponse<Buffer>> post(String path, JsonObject body) {
    return teacher(HttpMethod.POST, path).sendJsonObject(body);
  }

  /** Opens a room on a quiz; the answer holds pin, hostKey and joinUrl. */
  public Future<JsonObject> openRoom(JsonObject request) {
    return post("/api/rooms", request).map(r -> {
      if (r.statusCode() != 201) throw new IllegalStateException("room not opened: " + r.statusCode() + " " + r.bodyAsString());
      return r.bodyAsJsonObject();
    });
  }

  /** Posts a quiz document; fails unless it is created. */
  public Future<String> createQuiz(JsonObject doc) {
    return post("/api/quizzes", doc).map(r -> {
      if (r.statusCode() != 201) throw new IllegalStateException("quiz not created: " + r.statusCode() + " " + r.bodyAsString());
      return r.bodyAsJsonObject().getString("id");
    });
  }

  /** A WebSocket client on {@code /ws}, with no Origin (as a script). */
  public Future<Ws> ws() {
    return Ws.connect(vertx, port());
  }

  public Future<Void> stop() {
    http.close();
    return server.stop();
  }
}
