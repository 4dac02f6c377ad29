package recall.http;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import recall.app.NetConfig;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The network guards of the HTTP server, shared by its instances: connection caps, the Host check,
 * idle timeouts and HTTPS. A connection over a cap gets one refusal (429 for its address, 503 for
 * the server) and is closed soon after, whether it asks anything or not.
 */
public final class Network {
  /** How long a connection over a cap may stay to read why it is refused. */
  static final long REFUSED_GRACE_MS = 1000;

  private final NetConfig net;
  private final ConnectionLimits limits;
  private final HostCheck hosts;
  private final Tls tls;
  private final Map<HttpConnection, ConnectionLimits.Verdict> refused = new ConcurrentHashMap<>();

  public Network(NetConfig net, HostCheck hosts, Tls tls) {
    this.net = net;
    this.limits = new ConnectionLimits(net.maxPerAddress(), net.maxConnections());
    this.hosts = hosts;
    this.tls = tls;
  }

  /** No guards but the defaults' timeouts: for code that starts a server without the start-up checks. */
  public static Network open() {
    return new Network(NetConfig.DEFAULTS, new HostCheck(List.of("*")), null);
  }

  public ConnectionLimits limits() {
    return limits;
  }

  public boolean https() {
    return tls != null;
  }

  /** The server's options: idle timeout and, with a certificate, HTTPS. */
  HttpServerOptions apply(HttpServerOptions options) {
    // No clear-text HTTP/2: waiting for its preface, a silent socket would not yet be a connection,
    // and would escape the caps.
    options.setHttp2ClearTextEnabled(false);
    if (net.idleTimeoutSeconds() > 0) options.setIdleTimeout(net.idleTimeoutSeconds()).setIdleTimeoutUnit(TimeUnit.SECONDS);
    return tls == null ? options : tls.apply(options);
  }

  /** Counts each new connection; one over a cap is marked for refusal and closed after a moment. */
  void opened(io.vertx.core.Vertx vertx, HttpConnection conn) {
    String address = conn.remoteAddress() == null || conn.remoteAddress().hostAddress() == null ? "?" : conn.remoteAddress().hostAddress();
    ConnectionLimits.Verdict verdict = limits.opened(address);
    conn.closeHandler(v -> {
      limits.closed(address);
      refused.remove(conn);
    });
    if (verdict == ConnectionLimits.Verdict.OK) return;
    refused.put(conn, verdict);
    vertx.setTimer(REFUSED_GRACE_MS, id -> conn.close());
  }

  /** The first route: refuses a connection over a cap, and a Host that is not this server's. */
  void guard(RoutingContext ctx) {
    ConnectionLimits.Verdict verdict = refused.get(ctx.request().connection());
    if (verdict != null) {
      ctx.response().putHeader("Connection", "close").putHeader("Retry-After", "10");
      if (verdict == ConnectionLimits.Verdict.ADDRESS_FULL) {
        Errors.send(ctx, 429, "too-many-connections", "Too many connections from this address; close some and try again.");
      } else {
        Errors.send(ctx, 503, "server-full", "The server has as many connections as it can take; try again in a moment.");
      }
      return;
    }
    if (!hosts.allows(ctx.request().getHeader("Host"))) {
      Errors.send(ctx, 421, new JsonObject().put("error", "misdirected-request")
          .put("message", "This server does not answer to that host name; add it to RECALL_ALLOWED_HOSTS if it is really this server's."));
      return;
    }
    ctx.put(Tls.SECURE, Tls.secure(ctx, net.trustProxy()));
    ctx.next();
  }
}
