package recall.app;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;

/** The address that phones on the classroom Wi-Fi can reach this machine at. */
final class LanAddress {
  private LanAddress() {
  }

  /**
   * The first site-local IPv4 address of an interface that is up (192.168.x.x, 10.x.x.x, ...),
   * else any non-loopback IPv4 address, else {@code localhost}. Blocking: call it off the event loop.
   */
  static String find() {
    String fallback = null;
    try {
      for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!nif.isUp() || nif.isLoopback() || nif.isVirtual()) continue;
        for (InetAddress a : Collections.list(nif.getInetAddresses())) {
          if (!(a instanceof Inet4Address) || a.isLoopbackAddress() || a.isLinkLocalAddress()) continue;
          if (a.isSiteLocalAddress()) return a.getHostAddress();
          if (fallback == null) fallback = a.getHostAddress();
        }
      }
    } catch (SocketException e) {
      return "localhost";
    }
    return fallback != null ? fallback : "localhost";
  }
}
