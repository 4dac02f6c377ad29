package recall.room;

import java.net.URI;
import java.util.Locale;

/**
 * Whether a browser's WebSocket upgrade comes from a page of this server. A page on another site
 * could otherwise drive a student's or teacher's socket (cross-site WebSocket hijacking). Clients
 * that send no Origin (scripts, the load generator) are let in, as the contract says.
 */
public final class OriginCheck {
  private final String publicOrigin;

  /** @param publicUrl the configured public base URL, or null */
  public OriginCheck(String publicUrl) {
    this.publicOrigin = publicUrl == null ? null : origin(publicUrl);
  }

  /**
   * @param origin the Origin header, or null
   * @param host the Host header of the upgrade request
   */
  public boolean allows(String origin, String host) {
    if (origin == null) return true;
    String o = origin(origin);
    if (o == null) return false;
    if (o.equals(publicOrigin)) return true;
    return host != null && (o.equals(origin("http://" + host)) || o.equals(origin("https://" + host)));
  }

  /** scheme://host:port with the default port written out, lower case; null when unreadable. */
  static String origin(String url) {
    try {
      URI u = new URI(url.trim());
      if (u.getScheme() == null || u.getHost() == null) return null;
      String scheme = u.getScheme().toLowerCase(Locale.ROOT);
      int port = u.getPort() != -1 ? u.getPort() : scheme.equals("https") ? 443 : 80;
      return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    } catch (Exception e) {
      return null;
    }
  }
}
