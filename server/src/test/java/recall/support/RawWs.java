package recall.support;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetSocket;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A WebSocket spoken byte by byte over a plain TCP socket, for what a well-behaved client library
 * refuses to send: a frame header announcing 100 MiB, invalid UTF-8, a socket that never answers a
 * ping. Reads the server's frames (unmasked, as RFC 6455 says) as they come.
 */
public final class RawWs {
  /** One frame from the server. */
  public record Frame(int opcode, Buffer payload) {
    public String text() {
      return payload.toString(StandardCharsets.UTF_8);
    }

    /** The status code of a close frame. */
    public int closeCode() {
      return payload.length() >= 2 ? payload.getUnsignedShort(0) : -1;
    }
  }

  private final NetClient client;
  private final NetSocket socket;
  private Buffer pending = Buffer.buffer();
  private final List<Frame> frames = new ArrayList<>();
  private final Promise<Void> closed = Promise.promise();
  private Promise<Frame> waiting;
  private int waitingOpcode;

  private RawWs(NetClient client, NetSocket socket) {
    this.client = client;
    this.socket = socket;
    socket.closeHandler(v -> closed.tryComplete());
  }

  /** Opens a TCP connection from {@code localAddress} (null for any) without upgrading it. */
  public static Future<NetSocket> tcp(Vertx vertx, int port, String localAddress) {
    NetClientOptions o = new NetClientOptions();
    if (localAddress != null) o.setLocalAddress(localAddress);
    return vertx.createNetClient(o).connect(port, "127.0.0.1");
  }

  /** Connects and upgrades to {@code /ws}; completes once the server's 101 has been read. */
  public static Future<RawWs> connect(Vertx vertx, int port) {
    NetClient client = vertx.createNetClient();
    return client.connect(port, "127.0.0.1").compose(s -> {
      RawWs ws = new RawWs(client, s);
      Promise<RawWs> upgraded = Promise.promise();
      Buffer head = Buffer.buffer();
      s.handler(b -> {
        if (upgraded.future().isComplete()) {
          ws.received(b);
          return;
        }
        head.appendBuffer(b);
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) return;
        if (!text.startsWith("HTTP/1.1 101")) {
          upgraded.tryFail("not upgraded: " + text);
          return;
        }
        upgraded.complete(ws);
        if (head.length() > end + 4) ws.received(head.getBuffer(end + 4, head.length()));
      });
      s.write("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
      return upgraded.future();
    });
  }

  /** A masked client frame header for a payload of this length (the payload itself is sent apart). */
  public static Buffer header(int opcode, boolean fin, long length) {
    Buffer b = Buffer.buffer().appendByte((byte) ((fin ? 0x80 : 0) | opcode));
    if (length < 126) b.appendByte((byte) (0x80 | length));
    else if (length < 65536) b.appendByte((byte) (0x80 | 126)).appendUnsignedShort((int) length);
    else b.appendByte((byte) (0x80 | 127)).appendLong(length);
    // A zero mask: the payload goes out as it is.
    return b.appendInt(0);
  }

  /** Sends a whole frame (masked with zeros). */
  public RawWs frame(int opcode, boolean fin, byte[] payload) {
    socket.write(header(opcode, fin, payload.length).appendBytes(payload));
    return this;
  }

  /** Sends raw bytes. */
  public RawWs write(Buffer bytes) {
    socket.write(bytes);
    return this;
  }

  private synchronized void received(Buffer b) {
    pending.appendBuffer(b);
    while (pending.length() >= 2) {
      int len7 = pending.getUnsignedByte(1) & 0x7f;
      int headerLength = 2 + (len7 == 126 ? 2 : len7 == 127 ? 8 : 0);
      if (pending.length() < headerLength) return;
      long length = len7 < 126 ? len7 : len7 == 126 ? pending.getUnsignedShort(2) : pending.getLong(2);
      if (pending.length() < headerLength + length) return;
      Frame f = new Frame(pending.getUnsignedByte(0) & 0x0f, pending.getBuffer(headerLength, headerLength + (int) length));
      pending = pending.getBuffer(headerLength + (int) length, pending.length());
      frames.add(f);
      if (waiting != null && f.opcode() == waitingOpcode) {
        Promise<Frame> p = waiting;
        waiting = null;
        frames.remove(f);
        p.complete(f);
      }
    }
  }

  /** The next frame from the server with this opcode (1 text, 8 close, 9 ping). */
  public synchronized Future<Frame> next(int opcode) {
    for (Frame f : frames) {
      if (f.opcode() == opcode) {
        frames.remove(f);
        return Future.succeededFuture(f);
      }
    }
    waiting = Promise.promise();
    waitingOpcode = opcode;
    return waiting.future();
  }

  /** Completes once the server has closed the TCP connection. */
  public Future<Void> closed() {
    return closed.future();
  }

  public Future<Void> close() {
    return socket.close().eventually(client::close);
  }
}
