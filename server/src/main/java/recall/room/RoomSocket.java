package recall.room;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The WebSocket endpoint {@code /ws}: checks the upgrade, reads frames, enforces size and rate
 * limits on the socket's own event loop, and hands each message to its room's context in order.
 */
public final class RoomSocket {
  public static final String PATH = "/ws";
  public static final int MAX_MESSAGE_BYTES = 64 * 1024;
  static final int MAX_PER_SECOND = 20;
  /** Past this many messages in one second a client is not a phone: close it. */
  static final int CLOSE_PER_SECOND = 100;
  private static final Set<String> HOST_COMMANDS = Set.of("start", "next", "close", "kick", "lock", "unlock", "end", "extra-time", "rename");

  private final RoomRegistry rooms;
  private final JoinLimiter joins;
  private final OriginCheck origins;
  private final SocketTimeouts timeouts;
  private final AtomicInteger open = new AtomicInteger();
  /** In a cluster, the way to rooms that other nodes run; null for a server alone. */
  volatile RoomRelay relay;

  public RoomSocket(RoomRegistry rooms, JoinLimiter joins, OriginCheck origins) {
    this(rooms, joins, origins, SocketTimeouts.NONE);
  }

  public RoomSocket(RoomRegistry rooms, JoinLimiter joins, OriginCheck origins, SocketTimeouts timeouts) {
    this.rooms = rooms;
    this.joins = joins;
    this.origins = origins;
    this.timeouts = timeouts;
  }

  /**
   * The upgrade to {@code /ws}, as a route: a refusal is an ordinary HTTP answer, with the security
   * headers and a JSON body. Browsers' upgrades must come from this server's own pages; a client
   * that sends no Origin is let in.
   */
  public void upgrade(RoutingContext ctx) {
    HttpServerRequest req = ctx.request();
    if (!origins.allows(req.getHeader("Origin"), req.getHeader("Host"))) {
      refuse(ctx, 403, "forbidden", "WebSocket connections come from this server's own pages.");
      return;
    }
    if (!"websocket".equalsIgnoreCase(req.getHeader("Upgrade"))) {
      refuse(ctx, 400, "bad-request", "This address takes WebSocket connections only.");
      return;
    }
    HttpConnection conn = req.connection();
    req.toWebSocket().onSuccess(ws -> {
      guard(conn);
      connected(ws);
    }).onFailure(err -> refuse(ctx, 400, "bad-request", "Not a WebSocket upgrade: " + err.getMessage()));
  }

  /**
   * Any frame over the limit is refused as soon as its header is read, before its bytes are. This
   * reaches into Vert.x's connection for its Netty pipeline; were that to change, Netty's own limit
   * still holds (the socket is then dropped without the error).
   */
  private static void guard(HttpConnection conn) {
    if (conn instanceof ConnectionBase base) {
      FrameGuard.install(base.channelHandlerContext(), MAX_MESSAGE_BYTES, Messages.error("too-large", "A message is at most 64 KiB.").encode());
    }
  }

  private static void refuse(RoutingContext ctx, int status, String code, String message) {
    if (ctx.response().ended()) return;
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
        .end(new JsonObject().put("error", code).put("message", message).encode());
  }

  /** What counts as this server's own origin, shared with the HTTP API's forgery guard. */
  public OriginCheck origins() {
    return origins;
  }

  /** Open sockets right now, for the metrics. */
  public int connections() {
    return open.get();
  }

  public void connected(ServerWebSocket ws) {
    open.incrementAndGet();
    Connection c = new Connection(ws, ws.remoteAddress() == null ? "?" : ws.remoteAddress().hostAddress());
    SocketWatch watch = new SocketWatch(Vertx.currentContext().owner(), ws, c, timeouts);
    FrameReader reader = new FrameReader(c, text -> {
      // A socket whose room runs on another node has its frames relayed there, after the same limits.
      RoomRelay.Link link = c.relayed;
      if (link != null) relay.forward(link, text);
      else onMessage(c, text, System.nanoTime());
    }, watch::messageStarted, watch::messageEnded);
    ws.frameHandler(frame -> {
      watch.heard();
      reader.handle(frame);
    });
    ws.exceptionHandler(err -> c.markClosed());
    ws.closeHandler(v -> {
      open.decrementAndGet();
      watch.stop();
      c.markClosed();
      if (c.relayed != null) relay.closed(c.relayed);
      Room r = c.room;
      if (r != null) r.run(() -> r.left(c));
    });
  }

  /** One frame of a connection, from its socket or relayed from another node's ({@link RoomRelay}). */
  void onMessage(Connection c, String text, long receivedNanos) {
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
      case "join", "resume", "host" -> hello(c, type, msg, text);
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

  private void hello(Connection c, String type, JsonObject msg, String text) {
    if (c.room != null || c.role != Connection.Role.NONE) {
      c.error("bad-state", "This connection has already said who it is.");
      return;
    }
    c.waitingForWelcome = true;
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
    boolean paid = c.helloPaid;
    c.helloPaid = false;
    if (!paid && !joins.allow(c.address())) {
      c.error("rate-limited", "Too many attempts from this address; wait a minute.");
      return;
    }
    Room room = rooms.get(p);
    if (room == null && relay != null && c.relayed == null) {
      relay.hello(c, p, text);
      return;
    }
    if (room == null) {
      noRoom(c);
      return;
    }
    c.room = room;
    room.run(() -> {
      switch (type) {
        case "join" -> {
          if (byCode) ClassJoin.join(room, c, s);
          else room.door.join(c, s);
        }
        case "resume" -> room.resume(c, s);
        default -> room.host(c, s);
      }
    });
  }

  /** A PIN no room has, here or in the cluster: it spends the server-wide budget; once that is gone, wrong PINs are refused outright. */
  void noRoom(Connection c) {
    if (joins.wrongPin()) c.error("no-room", "There is no game with that PIN.");
    else c.error("rate-limited", "Too many wrong PINs on this server just now; check the PIN and try again in a minute.");
  }

  private static void dispatch(Room room, Connection c, String type, JsonObject msg, long receivedNanos) {
    if (c.role == Connection.Role.NONE) {
      c.error("hello-first", "Say who you are first: join, resume or host.");
      return;
    }
    if (room.homework != null && c.role == Connection.Role.PLAYER && c.player != null
        && (type.equals("next") || type.equals("answer"))) {
      // Homework: each player asks for its own next question.
      room.touched();
      if (type.equals("next")) room.homework.next(c);
      else room.homework.answer(c, msg);
    } else if (HOST_COMMANDS.contains(type)) {
      if (c.role == Connection.Role.HOST) room.touched();
      room.command(c, type, msg);
    } else if (type.equals("answer")) {
      if (c.role != Connection.Role.PLAYER || c.player == null) {
        c.error("forbidden", "Only players answer.");
        return;
      }
      room.touched();
      room.game.answer(c, msg, receivedNanos);
    } else {
      c.error("bad-message", "Unknown message type \"" + type + "\".");
    }
  }
}
