package recall.loadgen;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens WebSockets to {@code /ws}, spread over several loopback source addresses (127.0.0.2,
 * 127.0.0.3, ...), so that more connections can be open than one address has ephemeral ports.
 */
final class Connector {
  private final List<WebSocketClient> clients = new ArrayList<>();
  private final List<String> addresses = new ArrayList<>();
  private final String host;
  private final int port;
  private final AtomicInteger next = new AtomicInteger();

  /**
   * @param localAddresses how many source addresses to use, from 127.0.0.2 on; 0 lets the OS choose
   */
  Connector(Vertx vertx, String host, int port, int localAddresses) {
    this.host = host;
    this.port = port;
    int n = Math.max(1, localAddresses);
    for (int i = 0; i < n; i++) {
      WebSocketClientOptions options = new WebSocketClientOptions()
          .setMaxConnections(Integer.MAX_VALUE)
          .setConnectTimeout(30_000)
          .setMaxFrameSize(1024 * 1024).setMaxMessageSize(16 * 1024 * 1024)
          .setTryUsePerMessageCompression(false).setTryUsePerFrameCompression(false);
      if (localAddresses > 0) {
        String address = "127.0.0." + (2 + i);
        options.setLocalAddress(address);
        addresses.add(address);
      }
      clients.add(vertx.createWebSocketClient(options));
    }
  }

  List<String> addresses() {
    return addresses;
  }

  /** Opens one connection, from the next source address in turn. A script sends no Origin. */
  Future<WebSocket> connect() {
    WebSocketClient client = clients.get(Math.floorMod(next.getAndIncrement(), clients.size()));
    return client.connect(new WebSocketConnectOptions().setHost(host).setPort(port).setURI("/ws").setAllowOriginHeader(false));
  }

  Future<Void> close() {
    List<Future<Void>> all = new ArrayList<>();
    for (WebSocketClient c : clients) all.add(c.close());
    return Future.join(all).mapEmpty();
  }
}
