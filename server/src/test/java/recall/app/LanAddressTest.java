package recall.app;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("The LAN address phones are sent to")
class LanAddressTest {
  private static final LanAddress.Candidate DOCKER = new LanAddress.Candidate("172.17.0.1", "docker0", true);
  private static final LanAddress.Candidate VBOX = new LanAddress.Candidate("192.168.56.1", "vboxnet0", true);
  private static final LanAddress.Candidate WIFI = new LanAddress.Candidate("10.20.30.40", "wlp2s0", true);

  @Test
  @DisplayName("reads the default route's interface from /proc/net/route, the lowest metric winning")
  void defaultRoute() {
    List<String> routes = List.of(
        "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT",
        "docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0",
        "tun0\t00000000\t0100080A\t0003\t0\t0\t700\t00000000\t0\t0\t0",
        "wlp2s0\t00000000\t011E140A\t0003\t0\t0\t600\t00000000\t0\t0\t0",
        "wlp2s0\t001E140A\t00000000\t0001\t0\t0\t600\t00FFFFFF\t0\t0\t0");
    assertEquals("wlp2s0", LanAddress.defaultRouteInterface(routes));
    assertNull(LanAddress.defaultRouteInterface(routes.subList(0, 2)), "no default route");
  }

  @Test
  @DisplayName("prefers the default route's interface over virtual adapters listed first, then the UDP source address")
  void choose() {
    List<LanAddress.Candidate> all = List.of(DOCKER, VBOX, WIFI);
    assertEquals("10.20.30.40", LanAddress.choose(all, "wlp2s0", null));
    assertEquals("10.20.30.40", LanAddress.choose(all, null, "10.20.30.40"));
    assertEquals("172.17.0.1", LanAddress.choose(all, null, null), "no route known: the first site-local address");
    assertEquals("localhost", LanAddress.choose(List.of(), "eth0", null));
  }
}
