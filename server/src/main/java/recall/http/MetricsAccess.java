package recall.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may read {@code /metrics} ({@code RECALL_METRICS}): {@code local} lets in only loopback (the
 * machine itself: a local Prometheus, the benchmark), {@code token} wants
 * {@code Authorization: Bearer <RECALL_METRICS_TOKEN>}, {@code open} lets in anyone. Room counts,
 * heap and timings tell a stranger more than they should.
 */
final class MetricsAccess implements Handler<RoutingContext> {
  private final String mode;
  private final byte[] token;

  MetricsAccess(String mode, String token) {
    this.mode = mode;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(RoutingContext ctx) {
    boolean allowed = switch (mode) {
      case "open" -> true;
      case "token" -> hasToken(ctx.request().getHeader("Authorization"));
      default -> loopback(ctx.request().remoteAddress() == null ? null : ctx.request().remoteAddress().hostAddress());
    };
    if (allowed) {
      ctx.next();
    } else if (mode.equals("token")) {
      ctx.response().putHeader("WWW-Authenticate", "Bearer");
      Errors.send(ctx, 401, "unauthorized", "/metrics needs its bearer token (RECALL_METRICS_TOKEN).");
    } else {
      Errors.send(ctx, 403, "forbidden", "/metrics answers only on this machine (RECALL_METRICS=local).");
    }
  }

  private boolean hasToken(String auth) {
    if (token == null || auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
    return MessageDigest.isEqual(auth.substring(7).trim().getBytes(StandardCharsets.UTF_8), token);
  }

  static boolean loopback(String address) {
    if (address == null) return false;
    String a = address.toLowerCase(java.util.Locale.ROOT);
    if (a.startsWith("::ffff:")) a = a.substring(7);
    return a.startsWith("127.") || a.equals("::1") || a.equals("0:0:0:0:0:0:0:1");
  }
}
