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

  /** Where a connection's frames go: its WebSocket, or the event bus to the node that holds the socket. */
  interface Sink {
    io.vertx.core.Future<Void> write(String text);

    void close(short code, String reason);
  }

  private final Sink socket;
  private final String address;
  /** Set when the room is run by another node: every frame is relayed there. */
  volatile RoomRelay.Link relayed;
  /**
   * Said hello (join, resume or host) and waits for its answer: the hello deadline waits with it,
   * since the client did speak in time; an overloaded room answers late, not never. Cleared when the
   * hello is refused (an error before any role), so a socket refused and silent is still closed.
   */
  volatile boolean waitingForWelcome;
  /** The next hello has passed the per-address join budget already (relayed, then handed back here). */
  volatile boolean helloPaid;
  volatile Room room;
  volatile Player player;
  volatile Role role = Role.NONE;
  private volatile boolean closed;

  Connection(ServerWebSocket socket, String address) {
    this(new Sink() {
      @Override
      public io.vertx.core.Future<Void> write(String text) {
        return socket.writeTextMessage(text);
      }

      @Override
      public void close(short code, String reason) {
        socket.close(code, reason);
      }
    }, address);
  }

  Connection(Sink sink, String address) {
    this.socket = sink;
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
    socket.write(text).onFailure(err -> closed = true);
  }

  void error(String code, String message) {
    if (role == Role.NONE) waitingForWelcome = false;
    send(Messages.error(code, message));
  }

  /** Closes with a close frame; 1000 normal, 1008 policy violation. */
  void close(short code, String reason) {
    if (closed) return;
    closed = true;
    socket.close(code, reason);
  }

  boolean closed() {
    return closed;
  }

  void markClosed() {
    closed = true;
  }
}
