package recall.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import recall.room.OriginCheck;

import java.util.Locale;
import java.util.Set;

/**
 * Refuses state-changing API calls that a page of another origin could make with the teacher's
 * cookie. {@code SameSite=Strict} does not cover a page on another port of the same host or a sibling
 * subdomain (both are "same site"), so every POST, PUT, PATCH and DELETE on {@code /api/} is checked:
 * <ul>
 *   <li>an {@code Origin} other than the server's own (the request's Host, or the public URL) → 403
 *       {@code forbidden-origin};</li>
 *   <li>no {@code Origin} but {@code Sec-Fetch-Site: same-site} or {@code cross-site} on a call that
 *       carries no bearer token (so it rides on the cookie) → 403;</li>
 *   <li>no {@code Origin} and no {@code Sec-Fetch-Site} (scripts, curl): let in;</li>
 *   <li>a body sent as anything but {@code application/json} → 415, since an HTML form can send
 *       {@code text/plain}, form-encoded and multipart bodies across sites without asking; the raw
 *       uploads ({@link #RAW_BODY}) take any explicit type except those three.</li>
 * </ul>
 * Runs before the body is read, so a refused call costs nothing.
 */
final class RequestForgeryGuard implements Handler<RoutingContext> {
  /** Calls whose body is a file's bytes rather than JSON. */
  static final Set<String> RAW_BODY = Set.of("/api/quizzes/import", "/api/notes");
  private static final Set<HttpMethod> CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
  private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

  private final OriginCheck origins;

  RequestForgeryGuard(OriginCheck origins) {
    this.origins = origins;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (!CHANGING.contains(ctx.request().method())) {
      ctx.next();
      return;
    }
    String origin = ctx.request().getHeader("Origin");
    if (origin != null ? !origins.allows(origin, ctx.request().getHeader("Host")) : crossSiteCookieCall(ctx)) {
      Errors.send(ctx, 403, "forbidden-origin", "This call must come from Recall's own pages.");
      return;
    }
    String problem = contentTypeProblem(ctx);
    if (problem != null) {
      Errors.send(ctx, 415, "unsupported-media-type", problem);
      return;
    }
    ctx.next();
  }

  private static boolean crossSiteCookieCall(RoutingContext ctx) {
    String site = ctx.request().getHeader("Sec-Fetch-Site");
    if (site == null) return false;
    site = site.trim().toLowerCase(Locale.ROOT);
    boolean foreign = site.equals("same-site") || site.equals("cross-site");
    String auth = ctx.request().getHeader("Authorization");
    boolean bearer = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7);
    return foreign && !bearer;
  }

  /** Why the body's type is refused, or null when it is fine (or there is no body). */
  private static String contentTypeProblem(RoutingContext ctx) {
    String length = ctx.request().getHeader("Content-Length");
    boolean chunked = ctx.request().getHeader("Transfer-Encoding") != null;
    if (!chunked && (length == null || length.trim().equals("0"))) return null;
    String type = mediaType(ctx.request().getHeader("Content-Type"));
    if (RAW_BODY.contains(ctx.request().path())) {
      if (type == null || FORM_TYPES.contains(type)) {
        return "Send the file with an explicit type that a form cannot send (for example text/x-gift, text/csv or application/octet-stream).";
      }
      return null;
    }
    if (type == null || !(type.equals("application/json") || type.endsWith("+json"))) {
      return "The body must be sent as Content-Type: application/json.";
    }
    return null;
  }

  /** {@code "Text/Plain; charset=utf-8"} → {@code "text/plain"}; null when absent. */
  static String mediaType(String header) {
    if (header == null) return null;
    int semi = header.indexOf(';');
    String t = (semi < 0 ? header : header.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    return t.isEmpty() ? null : t;
  }
}
