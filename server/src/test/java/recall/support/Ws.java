package recall.support;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A test's WebSocket client: sends JSON, and hands out received messages in order by waiting on
 * futures (never sleeping). Messages not asked for yet are kept in an inbox.
 */
public final class Ws {
  public static final long TIMEOUT_MS = 10_000;

  private final Vertx vertx;
  private final WebSocket socket;
  /** Held for the socket's life: Vert.x closes a WebSocketClient (and its sockets) once it is garbage collected. */
  private final WebSocketClient client;
  private final List<JsonObject> inbox = new ArrayList<>();
  private final List<JsonObject> all = new ArrayList<>();
  private final List<Waiter> waiters = new ArrayList<>();
  private final Promise<Short> closed = Promise.promise();

  private record Waiter(Predicate<JsonObject> match, Promise<JsonObject> promise, long timer) {
  }

  private Ws(Vertx vertx, WebSocketClient client, WebSocket socket) {
    this.vertx = vertx;
    this.client = client;
    this.socket = socket;
    socket.textMessageHandler(this::received);
    socket.closeHandler(v -> closed.tryComplete(socket.closeStatusCode()));
  }

  public static Future<Ws> connect(Vertx vertx, int port) {
    return connect(vertx, new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/ws"));
  }

  public static Future<Ws> connect(Vertx vertx, WebSocketConnectOptions options) {
    WebSocketClient client = vertx.createWebSocketClient();
    return client.connect(options).map(ws -> new Ws(vertx, client, ws));
  }

  /** A client from another loopback address ({@code 127.0.0.2}...), as a second phone on another network. */
  public static Future<Ws> connectFrom(Vertx vertx, int port, String localAddress) {
    WebSocketClient client = vertx.createWebSocketClient(new io.vertx.core.http.WebSocketClientOptions().setLocalAddress(localAddress));
    return client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/ws"))
        .map(ws -> new Ws(vertx, client, ws));
  }

  private void received(String text) {
    JsonObject msg = new JsonObject(text);
    Waiter matched = null;
    synchronized (this) {
      all.add(msg);
      for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
        Waiter w = it.next();
        if (w.match().test(msg)) {
          it.remove();
          matched = w;
          break;
        }
      }
      if (matched == null) inbox.add(msg);
    }
    // Completed outside the lock: a test's callback may wait on another client.
    if (matched != null) {
      vertx.cancelTimer(matched.timer());
      matched.promise().tryComplete(msg);
    }
  }

  public Ws send(JsonObject msg) {
    socket.writeTextMessage(msg.encode());
    return this;
  }

  public Ws sendText(String text) {
    socket.writeTextMessage(text);
    return this;
  }

  /** The next message of this type (earlier ones of other types stay in the inbox). */
  public Future<JsonObject> next(String type) {
    return next(m -> type.equals(m.getString("type")), type);
  }

  /** The next error with this code. */
  public Future<JsonObject> error(String code) {
    return next(m -> "error".equals(m.getString("type")) && code.equals(m.getString("code")), "error " + code);
  }

  public synchronized Future<JsonObject> next(Predicate<JsonObject> match, String what) {
    for (Iterator<JsonObject> it = inbox.iterator(); it.hasNext(); ) {
      JsonObject m = it.next();
      if (match.test(m)) {
        it.remove();
        return Future.succeededFuture(m);
      }
    }
    Promise<JsonObject> p = Promise.promise();
    long timer = vertx.setTimer(TIMEOUT_MS, id -> {
      synchronized (this) {
        waiters.removeIf(w -> w.promise() == p);
      }
      p.tryFail(new TimeoutException("no " + what + " within " + TIMEOUT_MS + " ms; received " + all));
    });
    waiters.add(new Waiter(match, p, timer));
    return p.future();
  }

  /** Sends a binary frame (the contract allows only JSON text frames). */
  public Ws sendBinary(io.vertx.core.buffer.Buffer bytes) {
    socket.writeBinaryMessage(bytes);
    return this;
  }

  /** Sends one frame as it is (a fragment, a ping...). */
  public Ws writeFrame(io.vertx.core.http.WebSocketFrame frame) {
    socket.writeFrame(frame);
    return this;
  }

  /** Sends a ping frame (the WebSocket protocol's own, not the contract's "ping" message). */
  public Ws pingFrame() {
    socket.writePing(io.vertx.core.buffer.Buffer.buffer());
    return this;
  }

  /** Whether the server has closed this socket (or it was closed here). */
  public boolean isClosed() {
    return closed.future().isComplete();
  }

  /**
   * The first message of this type that matches, dropping the earlier ones of this type: a screen's
   * latest state (a {@code lobby} after a change) rather than a stale one still in the inbox.
   */
  public Future<JsonObject> nextUntil(String type, Predicate<JsonObject> match) {
    return next(type).compose(m -> match.test(m) ? Future.succeededFuture(m) : nextUntil(type, match));
  }

  /** Sends a message and waits for the answer of this type. */
  public Future<JsonObject> ask(JsonObject msg, String type) {
    Future<JsonObject> f = next(type);
    send(msg);
    return f;
  }

  /** Every message received so far, in order. */
  public synchronized List<JsonObject> received() {
    return List.copyOf(all);
  }

  /** Completes with the close code once the server closes the socket. */
  public Future<Short> closed() {
    return closed.future();
  }

  public Future<Void> close() {
    return socket.close();
  }

  // ---- the contract's messages ----

  public static JsonObject join(String pin, String name) {
    return new JsonObject().put("type", "join").put("pin", pin).put("name", name);
  }

  public static JsonObject resume(String pin, String token) {
    return new JsonObject().put("type", "resume").put("pin", pin).put("token", token);
  }

  public static JsonObject host(String pin, String key) {
    return new JsonObject().put("type", "host").put("pin", pin).put("key", key);
  }

  public static JsonObject command(String type) {
    return new JsonObject().put("type", type);
  }

  public static JsonObject answer(int index, String field, Object value) {
    return new JsonObject().put("type", "answer").put("index", index).put(field, value);
  }
}
