package recall.http;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import recall.auth.Accounts;

/**
 * Teacher log-in for the browser (an HttpOnly, SameSite=Strict cookie) and for scripts (a bearer
 * token), and the guard in front of every teacher-only call.
 */
final class AuthApi {
  static final String COOKIE = "recall_session";
  static final String USER = "teacher-user";

  private final Accounts accounts;

  AuthApi(Accounts accounts) {
    this.accounts = accounts;
  }

  void mount(Router router) {
    router.post("/api/login").handler(this::login);
    router.post("/api/logout").handler(this::logout);
  }

  /** Lets a request through only with a live session cookie or bearer token; else 401. */
  void requireTeacher(RoutingContext ctx) {
    String user = accounts.userOf(token(ctx));
    if (user == null) {
      Errors.send(ctx, 401, "unauthorized", "Log in as a teacher first.");
      return;
    }
    ctx.put(USER, user);
    ctx.next();
  }

  void me(RoutingContext ctx) {
    Errors.json(ctx, 200, new JsonObject().put("user", (String) ctx.get(USER)));
  }

  private void login(RoutingContext ctx) {
    JsonObject body = Errors.body(ctx);
    if (body == null) return;
    if (!(body.getValue("user") instanceof String user) || !(body.getValue("password") instanceof String password)) {
      Errors.badRequest(ctx, "Log-in needs \"user\" and \"password\" strings.");
      return;
    }
    String address = ctx.request().remoteAddress() == null ? "?" : ctx.request().remoteAddress().hostAddress();
    accounts.login(user, password, address).onComplete(ar -> {
      if (ar.failed()) {
        Errors.internal(ctx, ar.cause());
        return;
      }
      Accounts.Login login = ar.result();
      if (login.retryAfterMs() > 0) {
        ctx.response().putHeader("Retry-After", String.valueOf((login.retryAfterMs() + 999) / 1000));
        Errors.send(ctx, 429, "too-many-attempts", "Too many failed log-ins; wait a little and try again.");
      } else if (!login.ok()) {
        Errors.send(ctx, 401, "unauthorized", "Wrong user name or password.");
      } else {
        ctx.response().addCookie(Cookie.cookie(COOKIE, login.token()).setPath("/").setHttpOnly(true)
            .setSameSite(CookieSameSite.STRICT).setMaxAge(12 * 3600).setSecure(Boolean.TRUE.equals(ctx.get(Tls.SECURE))));
        Errors.json(ctx, 200, new JsonObject().put("token", login.token()));
      }
    });
  }

  private void logout(RoutingContext ctx) {
    accounts.logout(token(ctx));
    ctx.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setMaxAge(0));
    ctx.response().setStatusCode(204).end();
  }

  private static String token(RoutingContext ctx) {
    String auth = ctx.request().getHeader("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) return auth.substring(7).trim();
    Cookie c = ctx.request().getCookie(COOKIE);
    return c == null ? null : c.getValue();
  }
}
