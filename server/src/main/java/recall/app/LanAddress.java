package recall.app;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The address that phones on the classroom Wi-Fi can reach this machine at. A laptop with Docker,
 * VirtualBox or a VPN has several; the one that carries the default route is the one the Wi-Fi
 * (or the wired school network) is on. {@code --public-url} overrides the guess.
 */
final class LanAddress {
  /** TEST-NET-1 (RFC 5737): a public address nothing answers at. Connecting a UDP socket sends nothing. */
  private static final InetSocketAddress PROBE = new InetSocketAddress("192.0.2.1", 9);
  private static final Path ROUTES = Path.of("/proc/net/route");

  /** One IPv4 address of an interface that is up. */
  record Candidate(String address, String iface, boolean siteLocal) {
    @Override
    public String toString() {
      return address + " (" + iface + ")";
    }
  }

  private LanAddress() {
  }

  /** The best guess, else {@code localhost}. Blocking: call it off the event loop. */
  static String find() {
    return choose(candidates(), defaultRouteInterface(readRoutes()), udpSource());
  }

  /**
   * The address on the default route's interface; else the source address the system would use
   * to reach the internet; else the first site-local address (192.168.x.x, 10.x.x.x, ...); else
   * any; else {@code localhost}.
   */
  static String choose(List<Candidate> candidates, String routeIface, String udpSource) {
    for (Candidate c : candidates) if (c.iface().equals(routeIface)) return c.address();
    for (Candidate c : candidates) if (c.address().equals(udpSource)) return c.address();
    for (Candidate c : candidates) if (c.siteLocal()) return c.address();
    return candidates.isEmpty() ? "localhost" : candidates.get(0).address();
  }

  /** Every IPv4 address of an interface that is up, loopback and link-local left out. */
  static List<Candidate> candidates() {
    List<Candidate> out = new ArrayList<>();
    try {
      for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!nif.isUp() || nif.isLoopback()) continue;
        for (InetAddress a : Collections.list(nif.getInetAddresses())) {
          if (!(a instanceof Inet4Address) || a.isLoopbackAddress() || a.isLinkLocalAddress()) continue;
          out.add(new Candidate(a.getHostAddress(), nif.getName(), a.isSiteLocalAddress()));
        }
      }
    } catch (SocketException e) {
      return out;
    }
    return out;
  }

  /**
   * The interface of the default route with the lowest metric, from the lines of Linux's
   * {@code /proc/net/route} (destination {@code 00000000}, flag RTF_GATEWAY), or null.
   */
  static String defaultRouteInterface(List<String> routeLines) {
    String best = null;
    long bestMetric = Long.MAX_VALUE;
    for (String line : routeLines) {
      String[] f = line.trim().split("\\s+");
      if (f.length < 8 || !f[1].equals("00000000") || !f[7].equals("00000000")) continue;
      try {
        if ((Integer.parseInt(f[3], 16) & 0x2) == 0) continue;
        long metric = Long.parseLong(f[6]);
        if (metric < bestMetric) {
          bestMetric = metric;
          best = f[0];
        }
      } catch (NumberFormatException e) {
        // the header line, or a line of another format: not a route
      }
    }
    return best;
  }

  private static List<String> readRoutes() {
    try {
      return Files.isReadable(ROUTES) ? Files.readAllLines(ROUTES) : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The local address a UDP socket "connected" to a public address gets (no packet is sent), or null. */
  private static String udpSource() {
    try (DatagramSocket s = new DatagramSocket()) {
      s.connect(PROBE);
      InetAddress local = s.getLocalAddress();
      return local == null || local.isAnyLocalAddress() ? null : local.getHostAddress();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
