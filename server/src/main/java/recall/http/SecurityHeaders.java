package recall.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers on every answer: a Content-Security-Policy that allows only this server's own scripts,
 * styles, images and socket (so injected markup cannot run or phone home), no framing, no sniffing.
 */
final class SecurityHeaders implements Handler<RoutingContext> {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'%s; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  /** A Host header that is safe to write into the policy; anything else is left out. */
  private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

  @Override
  public void handle(RoutingContext ctx) {
    ctx.response().headers()
        .set("Content-Security-Policy", policy(ctx.request().getHeader("Host")))
        .set("X-Frame-Options", "DENY")
        .set("X-Content-Type-Options", "nosniff")
        .set("Referrer-Policy", "no-referrer")
        .set("Cache-Control", ctx.request().path().startsWith("/api/") ? "no-store" : "no-cache");
    ctx.next();
  }

  /**
   * The policy, with this server's own WebSocket origin named: older Safari does not count
   * {@code ws://} to the page's own host as {@code 'self'}.
   */
  static String policy(String host) {
    String ws = host != null && HOST.matcher(host).matches() ? " ws://" + host + " wss://" + host : "";
    return String.format(CSP, ws);
  }
}
