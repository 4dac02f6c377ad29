package recall.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The network settings: how long a silent connection lives, how many one address and everyone may
 * hold, which Host names the server answers to, and HTTPS.
 *
 * @param idleTimeoutSeconds a connection that sends nothing this long is closed (a WebSocket answers the
 *     server's pings, so a quiet player is not)
 * @param helloTimeoutSeconds a WebSocket that has not said who it is, or leaves a message unfinished, this long is closed
 * @param maxPerAddress open connections from one address, 0 for no cap
 * @param maxConnections open connections in all, 0 for no cap, -1 to size it from the open-files limit and the heap
 * @param allowedHosts extra Host names (besides this machine's own names and addresses), or ["*"] for any
 * @param tls "self-signed" for a generated certificate kept in the data folder, "" for none (or a PEM pair below)
 * @param tlsCert PEM certificate chain, or null
 * @param tlsKey PEM private key, or null
 * @param trustProxy whether X-Forwarded-Proto from a reverse proxy says the page is HTTPS
 */
public record NetConfig(int idleTimeoutSeconds, int helloTimeoutSeconds, int maxPerAddress, int maxConnections,
                        List<String> allowedHosts, String tls, Path tlsCert, Path tlsKey, boolean trustProxy) {
  /** The defaults, as the README's configuration table gives them. */
  public static final NetConfig DEFAULTS = new NetConfig(60, 10, 200, -1, List.of(), "", null, null, false);

  /** Reads the RECALL_* values already gathered from the environment and the flags. */
  static NetConfig from(Map<String, String> v) {
    String tls = v.getOrDefault("RECALL_TLS", "").trim();
    if (!tls.isEmpty() && !tls.equals("self-signed") && !tls.equals("off")) {
      throw new IllegalArgumentException("RECALL_TLS must be self-signed or off, not '" + tls + "'");
    }
    Path cert = v.containsKey("RECALL_TLS_CERT") ? Path.of(v.get("RECALL_TLS_CERT")) : null;
    Path key = v.containsKey("RECALL_TLS_KEY") ? Path.of(v.get("RECALL_TLS_KEY")) : null;
    if ((cert == null) != (key == null)) throw new IllegalArgumentException("RECALL_TLS_CERT and RECALL_TLS_KEY go together");
    int total = v.containsKey("RECALL_MAX_CONNECTIONS") ? Config.number(v, "RECALL_MAX_CONNECTIONS", 0) : -1;
    return new NetConfig(
        Config.number(v, "RECALL_IDLE_TIMEOUT", DEFAULTS.idleTimeoutSeconds),
        Config.number(v, "RECALL_HELLO_TIMEOUT", DEFAULTS.helloTimeoutSeconds),
        Config.number(v, "RECALL_MAX_CONNECTIONS_PER_ADDRESS", DEFAULTS.maxPerAddress),
        total,
        Arrays.stream(v.getOrDefault("RECALL_ALLOWED_HOSTS", "").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
        tls.equals("off") ? "" : tls, cert, key,
        Boolean.parseBoolean(v.getOrDefault("RECALL_TRUST_PROXY", "false").trim()));
  }

  /** Whether the server speaks HTTPS. */
  public boolean https() {
    return tls.equals("self-signed") || tlsCert != null;
  }

  public NetConfig withTimeouts(int idleSeconds, int helloSeconds) {
    return new NetConfig(idleSeconds, helloSeconds, maxPerAddress, maxConnections, allowedHosts, tls, tlsCert, tlsKey, trustProxy);
  }

  public NetConfig withCaps(int perAddress, int total) {
    return new NetConfig(idleTimeoutSeconds, helloTimeoutSeconds, perAddress, total, allowedHosts, tls, tlsCert, tlsKey, trustProxy);
  }

  public NetConfig withAllowedHosts(List<String> hosts) {
    return new NetConfig(idleTimeoutSeconds, helloTimeoutSeconds, maxPerAddress, maxConnections, hosts, tls, tlsCert, tlsKey, trustProxy);
  }

  public NetConfig withTls(String mode, boolean proxy) {
    return new NetConfig(idleTimeoutSeconds, helloTimeoutSeconds, maxPerAddress, maxConnections, allowedHosts, mode, tlsCert, tlsKey, proxy);
  }
}
