package recall.support;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;

/**
 * Teachers for a test, made through the real API: the admin adds one, it logs in with its one-time
 * password and chooses its own, as a new colleague would.
 */
public final class Staffroom {
  /** A new teacher's own password in these tests. */
  public static final String PASSWORD_SUFFIX = "-Kirov-1934-purple";

  private Staffroom() {
  }

  /** A teacher logged in through the API. */
  public record Login(String user, String token) {
  }

  /** A request with a bearer token; a null token sends none. */
  public static HttpRequest<Buffer> as(WebClient http, String token, HttpMethod method, String path) {
    HttpRequest<Buffer> r = http.request(method, path);
    return token == null ? r : r.bearerTokenAuthentication(token);
  }

  /** Logs in; the future holds the whole answer. */
  public static Future<HttpResponse<Buffer>> login(WebClient http, String user, String password) {
    return http.post("/api/login").sendJsonObject(new JsonObject().put("user", user).put("password", password));
  }

  /** Logs in and fails unless that works; the future holds the token. */
  public static Future<String> token(WebClient http, String user, String password) {
    return login(http, user, password).map(r -> {
      if (r.statusCode() != 200) throw new IllegalStateException("login of " + user + " failed: " + r.statusCode() + " " + r.bodyAsString());
      return r.bodyAsJsonObject().getString("token");
    });
  }

  /** The admin adds {@code user}; the future holds the one-time password. */
  public static Future<String> add(WebClient http, String adminToken, String user, String displayName) {
    return as(http, adminToken, HttpMethod.POST, "/api/teachers")
        .sendJsonObject(new JsonObject().put("user", user).put("displayName", displayName)).map(r -> {
          if (r.statusCode() != 201) throw new IllegalStateException("teacher not added: " + r.statusCode() + " " + r.bodyAsString());
          return r.bodyAsJsonObject().getString("password");
        });
  }

  /** Adds a teacher, logs in with the one-time password and sets {@code user + PASSWORD_SUFFIX}. */
  public static Future<Login> colleague(WebClient http, String adminToken, String user) {
    return add(http, adminToken, user, "Teacher " + user)
        .compose(once -> token(http, user, once).compose(token -> as(http, token, HttpMethod.POST, "/api/password")
            .sendJsonObject(new JsonObject().put("current", once).put("new", user + PASSWORD_SUFFIX)).map(r -> {
              if (r.statusCode() != 204) throw new IllegalStateException("password not changed: " + r.statusCode() + " " + r.bodyAsString());
              return new Login(user, token);
            })));
  }
}
