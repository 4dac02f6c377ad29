package recall.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The teacher's REST calls the test makes directly: adding its quiz, reading a saved session. */
final class Api {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String token;

  Api(String base, String password) throws IOException, InterruptedException {
    this.base = base;
    HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("user", "teacher").put("password", password).encode())), 200);
    this.token = new JsonObject(login.body()).getString("token");
  }

  /** POST /api/quizzes; the quiz id. */
  String addQuiz(String document) throws IOException, InterruptedException {
    HttpResponse<String> r = send(authed("/api/quizzes").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(document)), 201);
    return new JsonObject(r.body()).getString("id");
  }

  /** GET /api/quizzes/{id}: the whole document. */
  JsonObject quiz(String id) throws IOException, InterruptedException {
    return new JsonObject(send(authed("/api/quizzes/" + id).GET(), 200).body());
  }

  /** The status a GET answers, for a test that needs a part of the API to be there. */
  int status(String path) throws IOException, InterruptedException {
    return http.send(authed(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  JsonObject session(String id) throws IOException, InterruptedException {
    return new JsonObject(send(authed("/api/sessions/" + id).GET(), 200).body());
  }

  JsonArray sessions() throws IOException, InterruptedException {
    return new JsonArray(send(authed("/api/sessions").GET(), 200).body());
  }

  private HttpRequest.Builder authed(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expected) {
      throw new IllegalStateException(r.request().method() + " " + r.uri() + " answered " + r.statusCode() + ": " + r.body());
    }
    return r;
  }
}
