package recall.http;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a request's {@code Host} names this server. A page on an attacker's domain whose DNS is
 * re-pointed at the teacher's laptop (DNS rebinding) is same-origin with it for the browser, but it
 * still sends the attacker's name as Host: refusing unknown names stops it.
 */
public final class HostCheck {
  private final Set<String> names;
  private final boolean any;

  /** @param names the lower-case host names and addresses this server answers to; "*" for any */
  HostCheck(Collection<String> names) {
    this.any = names.contains("*");
    this.names = new HashSet<>();
    for (String n : names) this.names.add(normalise(n));
  }

  /**
   * This machine's own names: localhost, the loopback and LAN addresses, its host name (also with
   * {@code .local}, as phones on the same Wi-Fi resolve it), the bind address, the public URL's host,
   * and the extra names configured. Reads the network interfaces: call off the event loop.
   */
  public static HostCheck forThisMachine(String bind, String publicUrl, Collection<String> extra) {
    Set<String> names = new HashSet<>();
    for (String n : new String[] {"localhost", "127.0.0.1", "::1"}) names.add(normalise(n));
    for (String e : extra) names.add(normalise(e));
    if (bind != null && !bind.equals("0.0.0.0") && !bind.equals("::")) names.add(normalise(bind));
    if (publicUrl != null) {
      try {
        String h = URI.create(publicUrl.trim()).getHost();
        if (h != null) names.add(normalise(h));
      } catch (IllegalArgumentException ignored) {
        // An unreadable public URL names no host; the start-up line shows it anyway.
      }
    }
    try {
      String hostName = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
      names.add(hostName);
      if (!hostName.contains(".")) names.add(hostName + ".local");
    } catch (java.io.IOException ignored) {
      // No host name: the addresses below still count.
    }
    try {
      for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress a : Collections.list(ni.getInetAddresses())) names.add(normalise(a.getHostAddress()));
      }
    } catch (java.io.IOException ignored) {
      // No interfaces readable: loopback and the configured names still count.
    }
    return new HostCheck(names);
  }

  /** @param host the Host header (name or address, with or without a port), or null */
  public boolean allows(String host) {
    if (any || host == null || host.isEmpty()) return true;
    return names.contains(normalise(stripPort(host)));
  }

  private static String stripPort(String host) {
    String h = host.trim();
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end > 0 ? h.substring(1, end) : h;
    }
    int colon = h.indexOf(':');
    // More than one colon is a bare IPv6 address, which has no port.
    return colon > 0 && h.indexOf(':', colon + 1) < 0 ? h.substring(0, colon) : h;
  }

  /** Lower case, brackets and an IPv6 zone ({@code %eth0}) dropped, a trailing dot dropped. */
  static String normalise(String host) {
    String h = host.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
    int zone = h.indexOf('%');
    if (zone > 0) h = h.substring(0, zone);
    if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
    if (h.contains(":")) {
      try {
        // One spelling per IPv6 address (::1 and 0:0:0:0:0:0:0:1 alike).
        h = InetAddress.getByName(h).getHostAddress();
        int z = h.indexOf('%');
        if (z > 0) h = h.substring(0, z);
      } catch (java.io.IOException ignored) {
        // Not an address after all: kept as written.
      }
    }
    return h;
  }
}
