package recall.room;

import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;

/**
 * One WebSocket: who it speaks for once its first message said so. The socket's own event loop
 * reads it; its room's context writes {@link #room}, {@link #player} and {@link #role}, hence volatile.
 */
public final class Connection {
  /** What a connection speaks for. */
  public enum Role { NONE, PLAYER, HOST }

  private final ServerWebSocket socket;
  private final String address;
  volatile Room room;
  volatile Player player;
  volatile Role role = Role.NONE;
  private volatile boolean closed;

  Connection(ServerWebSocket socket, String address) {
    this.socket = socket;
    this.address = address;
  }

  public String address() {
    return address;
  }

  /** Sends one message; a closed socket is skipped (its close handler detaches it). */
  void send(JsonObject message) {
    sendText(message.encode());
  }

  /** Sends a message already encoded, so that a broadcast encodes it once. */
  void sendText(String text) {
    if (closed) return;
    socket.writeTextMessage(text).onFailure(err -> closed = true);
  }

  void error(String code, String message) {
    send(Messages.error(code, message));
  }

  /** Closes with a close frame; 1000 normal, 1008 policy violation. */
  void close(short code, String reason) {
    if (closed) return;
    closed = true;
    socket.close(code, reason);
  }

  void markClosed() {
    closed = true;
  }
}
