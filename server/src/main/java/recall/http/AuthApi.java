package recall.http;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import recall.auth.Accounts;
import recall.auth.PasswordRules;
import recall.auth.Teacher;

/**
 * Teacher log-in for the browser (an HttpOnly, SameSite=Strict cookie) and for scripts (a bearer
 * token), the guard in front of every teacher-only call, and a teacher's own account
 * ({@code /api/me}, {@code /api/password}).
 */
final class AuthApi {
  static final String COOKIE = "recall_session";
  private static final String TOKEN_HASH = "recall.token-hash";
  /** The known-device cookie: only sent back to the log-in call, where it keeps the owner's own budget. */
  static final String DEVICE_COOKIE = "recall_device";

  private final Accounts accounts;

  AuthApi(Accounts accounts) {
    this.accounts = accounts;
  }

  void mount(Router router) {
    router.post("/api/login").handler(this::login);
    router.post("/api/logout").handler(this::logout);
  }

  /** Mounted behind the guard. */
  void mountTeacher(Router router) {
    router.get("/api/me").handler(this::me);
    router.post("/api/password").handler(this::changePassword);
  }

  /**
   * Lets a request through only with a live session cookie or bearer token (else 401), and puts
   * the {@link Teacher} on it. A teacher with a one-time password gets only {@code POST /api/password}.
   */
  void requireTeacher(RoutingContext ctx) {
    accounts.resolve(token(ctx)).onComplete(ar -> {
      if (ar.failed()) {
        Errors.internal(ctx, ar.cause());
        return;
      }
      Accounts.Resolved r = ar.result();
      if (r.teacher() == null) {
        if (r.expired()) Errors.send(ctx, 401, "session-expired", "The session has ended; log in again.");
        else Errors.send(ctx, 401, "unauthorized", "Log in as a teacher first.");
        return;
      }
      boolean passwordCall = ctx.request().method() == HttpMethod.POST && "/api/password".equals(ctx.request().path());
      if (r.mustChange() && !passwordCall) {
        Errors.send(ctx, 403, "password-change-required", "Choose a new password first (POST /api/password).");
        return;
      }
      r.teacher().putOn(ctx);
      ctx.put(TOKEN_HASH, r.tokenHash());
      ctx.next();
    });
  }

  private void me(RoutingContext ctx) {
    Teacher t = Teacher.of(ctx);
    Errors.json(ctx, 200, new JsonObject().put("user", t.user()).put("displayName", t.displayName()).put("admin", t.admin()));
  }

  private void login(RoutingContext ctx) {
    JsonObject body = Errors.body(ctx);
    if (body == null) return;
    if (!(body.getValue("user") instanceof String user) || !(body.getValue("password") instanceof String password)) {
      Errors.badRequest(ctx, "Log-in needs \"user\" and \"password\" strings.");
      return;
    }
    Cookie device = ctx.request().getCookie(DEVICE_COOKIE);
    accounts.login(user, password, address(ctx), device == null ? null : device.getValue()).onComplete(ar -> {
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
            .setSameSite(CookieSameSite.STRICT).setMaxAge(accounts.maxMs() / 1000)
            .setSecure(Boolean.TRUE.equals(ctx.get(Tls.SECURE))));
        ctx.response().addCookie(Cookie.cookie(DEVICE_COOKIE, login.device()).setPath("/api/login").setHttpOnly(true)
            .setSameSite(CookieSameSite.STRICT).setMaxAge(365L * 24 * 3600).setSecure(Boolean.TRUE.equals(ctx.get(Tls.SECURE))));
        Errors.json(ctx, 200, new JsonObject().put("token", login.token()).put("mustChangePassword", login.mustChangePassword()));
      }
    });
  }

  private void changePassword(RoutingContext ctx) {
    JsonObject body = Errors.body(ctx);
    if (body == null) return;
    if (!(body.getValue("current") instanceof String current) || !(body.getValue("new") instanceof String next)) {
      Errors.badRequest(ctx, "A password change needs \"current\" and \"new\" strings.");
      return;
    }
    Teacher t = Teacher.of(ctx);
    String weak = next.equals(current) ? "The new password must differ from the current one." : PasswordRules.problem(t.user(), next);
    if (weak != null) {
      Errors.send(ctx, 400, "weak-password", weak);
      return;
    }
    accounts.changePassword(t.user(), current, next, ctx.get(TOKEN_HASH), address(ctx)).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (ar.result() == Accounts.Change.TOO_MANY_ATTEMPTS) Errors.send(ctx, 429, "too-many-attempts", "Too many wrong passwords; wait a little.");
      else if (ar.result() == Accounts.Change.WRONG_CURRENT) Errors.send(ctx, 400, "wrong-password", "The current password is not right.");
      else ctx.response().setStatusCode(204).end();
    });
  }

  private void logout(RoutingContext ctx) {
    accounts.logout(token(ctx)).onComplete(ar -> {
      if (ar.failed()) {
        Errors.internal(ctx, ar.cause());
        return;
      }
      ctx.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setMaxAge(0));
      ctx.response().setStatusCode(204).end();
    });
  }

  static String address(RoutingContext ctx) {
    return ctx.request().remoteAddress() == null ? "?" : ctx.request().remoteAddress().hostAddress();
  }

  private static String token(RoutingContext ctx) {
    String auth = ctx.request().getHeader("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) return auth.substring(7).trim();
    Cookie c = ctx.request().getCookie(COOKIE);
    return c == null ? null : c.getValue();
  }
}
