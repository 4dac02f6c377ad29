package recall.room;

import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.ServerWebSocketHandshake;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The WebSocket endpoint {@code /ws}: checks the upgrade, reads frames, enforces size and rate
 * limits on the socket's own event loop, and hands each message to its room's context in order.
 */
public final class RoomSocket {
  public static final String PATH = "/ws";
  static final int MAX_MESSAGE_BYTES = 64 * 1024;
  static final int MAX_PER_SECOND = 20;
  /** Past this many messages in one second a client is not a phone: close it. */
  static final int CLOSE_PER_SECOND = 100;
  private static final Set<String> HOST_COMMANDS = Set.of("start", "next", "close", "kick", "lock", "unlock", "end",
      "extra-time", "rename");

  private final RoomRegistry rooms;
  private final JoinLimiter joins;
  private final OriginCheck origins;
  private final AtomicInteger open = new AtomicInteger();

  public RoomSocket(RoomRegistry rooms, JoinLimiter joins, OriginCheck origins) {
    this.rooms = rooms;
    this.joins = joins;
    this.origins = origins;
  }

  /** Accepts an upgrade to {@code /ws} from this server's own pages or from a non-browser client. */
  public void handshake(ServerWebSocketHandshake h) {
    if (!PATH.equals(h.path())) {
      h.reject(404);
      return;
    }
    String host = h.headers().get("Host");
    if (!origins.allows(h.headers().get("Origin"), host)) {
      h.reject(403);
      return;
    }
    h.accept();
  }

  /** Open sockets right now, for the metrics. */
  public int connections() {
    return open.get();
  }

  public void connected(ServerWebSocket ws) {
    open.incrementAndGet();
    Connection c = new Connection(ws, ws.remoteAddress() == null ? "?" : ws.remoteAddress().hostAddress());
    int[] rate = new int[1];
    long[] windowStart = {System.nanoTime()};
    ws.textMessageHandler(text -> {
      long now = System.nanoTime();
      if (now - windowStart[0] >= 1_000_000_000L) {
        windowStart[0] = now;
        rate[0] = 0;
      }
      if (++rate[0] > MAX_PER_SECOND) {
        if (rate[0] > CLOSE_PER_SECOND) c.close((short) 1008, "flooding");
        else c.error("rate-limited", "At most " + MAX_PER_SECOND + " messages a second.");
        return;
      }
      if (text.length() > MAX_MESSAGE_BYTES / 3 && text.getBytes(StandardCharsets.UTF_8).length > MAX_MESSAGE_BYTES) {
        c.error("too-large", "A message is at most 64 KiB.");
        c.close((short) 1008, "message too large");
        return;
      }
      onMessage(c, text, now);
    });
    ws.binaryMessageHandler(b -> c.error("bad-message", "Messages are JSON text frames."));
    ws.exceptionHandler(err -> c.markClosed());
    ws.closeHandler(v -> {
      open.decrementAndGet();
      c.markClosed();
      Room r = c.room;
      if (r != null) r.run(() -> r.left(c));
    });
  }

  private void onMessage(Connection c, String text, long receivedNanos) {
    JsonObject msg;
    try {
      msg = new JsonObject(text);
    } catch (RuntimeException e) {
      c.error("bad-message", "A message is one JSON object.");
      return;
    }
    if (!(msg.getValue("type") instanceof String type)) {
      c.error("bad-message", "A message needs a \"type\" string.");
      return;
    }
    switch (type) {
      case "ping" -> c.send(new JsonObject().put("type", "pong"));
      case "join", "resume", "host" -> hello(c, type, msg);
      default -> {
        Room room = c.room;
        if (room == null) {
          c.error("hello-first", "Say who you are first: join, resume or host.");
          return;
        }
        room.run(() -> dispatch(room, c, type, msg, receivedNanos));
      }
    }
  }

  private void hello(Connection c, String type, JsonObject msg) {
    if (c.room != null || c.role != Connection.Role.NONE) {
      c.error("bad-state", "This connection has already said who it is.");
      return;
    }
    Object pin = msg.getValue("pin");
    // A class room's student joins with {"code"} instead of {"name"}.
    boolean byCode = type.equals("join") && msg.getValue("code") instanceof String && !(msg.getValue("name") instanceof String);
    Object secret = msg.getValue(switch (type) {
      case "join" -> byCode ? "code" : "name";
      case "resume" -> "token";
      default -> "key";
    });
    if (!(pin instanceof String p) || !(secret instanceof String s)) {
      c.error("bad-message", type + " needs \"pin\" and \"" + (type.equals("join") ? "name" : type.equals("resume") ? "token" : "key") + "\" strings.");
      return;
    }
    if (!joins.allow(c.address())) {
      c.error("rate-limited", "Too many attempts from this address; wait a minute.");
      return;
    }
    Room room = rooms.get(p);
    if (room == null) {
      c.error("no-room", "There is no game with that PIN.");
      return;
    }
    c.room = room;
    room.run(() -> {
      switch (type) {
        case "join" -> {
          if (byCode) ClassJoin.join(room, c, s);
          else room.join(c, s);
        }
        case "resume" -> room.resume(c, s);
        default -> room.host(c, s);
      }
    });
  }

  private static void dispatch(Room room, Connection c, String type, JsonObject msg, long receivedNanos) {
    if (c.role == Connection.Role.NONE) {
      c.error("hello-first", "Say who you are first: join, resume or host.");
    } else if (room.homework != null && c.role == Connection.Role.PLAYER && c.player != null
        && (type.equals("next") || type.equals("answer"))) {
      // Homework: each player asks for its own next question.
      if (type.equals("next")) room.homework.next(c);
      else room.homework.answer(c, msg);
    } else if (HOST_COMMANDS.contains(type)) {
      room.command(c, type, msg);
    } else if (type.equals("answer")) {
      if (c.role != Connection.Role.PLAYER || c.player == null) c.error("forbidden", "Only players answer.");
      else room.game.answer(c, msg, receivedNanos);
    } else {
      c.error("bad-message", "Unknown message type \"" + type + "\".");
    }
  }
}
