package recall.room;

import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import recall.store.LiveRoomStore;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A cluster's relay of room frames over the clustered event bus. Each room is run by one node; a
 * phone or host connected to another node (the edge) says hello for its PIN there, and from then
 * on the edge relays its frames to the room's node (address {@code recall.node.<node id>}) and the
 * room's frames back to the edge's own {@code recall.node.<node id>}, named by connection id, in order. The edge keeps the
 * socket's size and rate limits; the room's node sees a {@link Connection} like any other. When
 * either node leaves the cluster its relayed connections are closed (1012), and phones reconnect.
 */
public final class RoomRelay {
  private static final Logger LOG = LoggerFactory.getLogger(RoomRelay.class);
  static final String NODE = "recall.node.";
  /** How long a relayed hello waits for the room's node to answer. */
  static final long HELLO_TIMEOUT_MS = 5_000;

  private final Vertx vertx;
  private final String node;
  private final LiveRoomStore live;
  private final Supplier<java.util.List<String>> members;
  private RoomSocket socket;
  private RoomRegistry rooms;
  /** Edge side: the sockets held here whose room runs elsewhere, by connection id. */
  private final Map<String, Link> links = new ConcurrentHashMap<>();
  /** Room side: connections held by other nodes, by connection id. */
  private final Map<String, Remote> remote = new ConcurrentHashMap<>();

  /** A socket of this node relayed to the node that runs its room. */
  static final class Link {
    final String id = UUID.randomUUID().toString();
    final String owner;
    final Connection local;
    final Promise<Void> ready = Promise.promise();
    long helloTimer = -1;
    volatile boolean silent = true;
    /** The room's node welcomed this socket: the edge's own hello deadline is met. */
    volatile boolean welcomed;

    Link(String owner, Connection local) {
      this.owner = owner;
      this.local = local;
    }
  }

  private record Remote(Connection connection, String edge) {
  }

  public RoomRelay(Vertx vertx, String node, LiveRoomStore live, Supplier<java.util.List<String>> members) {
    this.vertx = vertx;
    this.node = node;
    this.live = live;
    this.members = members;
  }

  /** Starts taking frames for the rooms this node runs. */
  public Future<Void> start(RoomSocket socket, RoomRegistry rooms) {
    this.socket = socket;
    this.rooms = rooms;
    rooms.relay = this;
    socket.relay = this;
    return vertx.eventBus().<String>consumer(NODE + node, this::fromEdge).completion();
  }

  // ---- edge side ----

  /** A hello for a PIN this node does not run: relayed to the room's node, or no-room. */
  void hello(Connection c, String pin, String text) {
    live.nodeOf(pin).onComplete(ar -> {
      String owner = ar.succeeded() && ar.result() != null ? ar.result()[0] : null;
      if (owner == null) {
        socket.noRoom(c);
      } else if (owner.equals(node) || !members.get().contains(owner) || Long.parseLong(ar.result()[1]) < System.currentTimeMillis()) {
        // Its node has just died: another takes the room over within seconds. Come back then.
        c.close((short) 1012, "room moving to another server");
      } else {
        Link link = link(c, owner);
        link.ready.future().onSuccess(v -> forward(link, text));
        // A node that died a moment ago may still look alive: no answer to the hello, come back later.
        link.helloTimer = vertx.setTimer(HELLO_TIMEOUT_MS, t -> {
          if (link.silent) {
            c.close((short) 1012, "room moving to another server");
            closed(link);
          }
        });
      }
    });
  }

  private Link link(Connection c, String owner) {
    Link link = new Link(owner, c);
    c.relayed = link;
    links.put(link.id, link);
    // Frames come back to this node's own address (registered at start, so known cluster-wide):
    // an address per socket would be registered anew for every phone, and the cluster learns of a
    // new registration a moment later, so the first frames back (the welcome) could be lost.
    link.ready.complete();
    return link;
  }

  /** A frame from a relayed socket, sent on in order once the way back is registered. */
  void forward(Link link, String text) {
    link.ready.future().onSuccess(v -> vertx.eventBus().send(NODE + link.owner, text, headers(link).addHeader("addr", link.local.address())));
  }

  /** A relayed socket closed: the room's node lets its player go. */
  void closed(Link link) {
    if (links.remove(link.id) == null) return;
    vertx.eventBus().send(NODE + link.owner, "", headers(link).addHeader("op", "gone"));
  }

  private DeliveryOptions headers(Link link) {
    return new DeliveryOptions().addHeader("conn", link.id).addHeader("edge", node);
  }

  private void fromOwner(Link link, Message<String> m) {
    link.silent = false;
    // Only the frames before the welcome are read here; after it, they are passed on untouched.
    if (!link.welcomed && m.body().contains("\"welcome\"")) link.welcomed = isWelcome(m.body());
    String close = m.headers().get("close");
    if (close == null) link.local.sendText(m.body());
    else link.local.close(Short.parseShort(close), m.body());
  }

  private static boolean isWelcome(String frame) {
    try {
      return "welcome".equals(new JsonObject(frame).getString("type"));
    } catch (RuntimeException e) {
      return false;
    }
  }

  // ---- the room's side ----

  private void fromEdge(Message<String> m) {
    String id = m.headers().get("conn");
    String op = m.headers().get("op");
    if ("down".equals(op)) {
      Link link = links.get(id);
      if (link != null) fromOwner(link, m);
      return;
    }
    if ("info".equals(op)) {
      Room room = rooms.get(m.body());
      if (room == null) m.fail(404, "no-room");
      else room.info().onComplete(ar -> m.reply(ar.succeeded() ? ar.result().encode() : null));
      return;
    }
    if ("gone".equals(op)) {
      Remote r = remote.remove(id);
      if (r != null) left(r.connection());
      return;
    }
    String edge = m.headers().get("edge");
    Remote r = remote.computeIfAbsent(id, k -> new Remote(new Connection(sink(k, edge), m.headers().get("addr")), edge));
    socket.onMessage(r.connection(), m.body(), System.nanoTime());
  }

  /** Frames for a socket held by the node {@code edge}: to that node's address, named by connection id. */
  private Connection.Sink sink(String id, String edge) {
    return new Connection.Sink() {
      @Override
      public Future<Void> write(String text) {
        vertx.eventBus().send(NODE + edge, text, down(id));
        return Future.succeededFuture();
      }

      @Override
      public void close(short code, String reason) {
        vertx.eventBus().send(NODE + edge, reason, down(id).addHeader("close", String.valueOf(code)));
      }
    };
  }

  private static DeliveryOptions down(String id) {
    return new DeliveryOptions().addHeader("op", "down").addHeader("conn", id);
  }

  private static void left(Connection c) {
    c.markClosed();
    Room room = c.room;
    if (room != null) room.run(() -> room.left(c));
  }

  /** A PIN's room info from the node that runs it, or null when no node does. */
  Future<JsonObject> info(String pin) {
    return live.nodeOf(pin).compose(owner -> {
      if (owner == null || owner[0] == null || owner[0].equals(node) || !members.get().contains(owner[0])) return Future.succeededFuture(null);
      return vertx.eventBus().<String>request(NODE + owner[0], pin, new DeliveryOptions().addHeader("op", "info").setSendTimeout(3000))
          .map(reply -> reply.body() == null ? (JsonObject) null : new JsonObject(reply.body()));
    }).otherwise((JsonObject) null);
  }

  /** A node left the cluster: its relayed sockets close (their phones reconnect), its players here leave. */
  public void nodeLeft(String gone) {
    LOG.info("Node {} left the cluster", gone);
    for (Link link : links.values()) {
      if (link.owner.equals(gone)) {
        link.local.close((short) 1012, "server moved");
        closed(link);
      }
    }
    remote.entrySet().removeIf(e -> {
      if (!e.getValue().edge().equals(gone)) return false;
      left(e.getValue().connection());
      return true;
    });
  }
}
