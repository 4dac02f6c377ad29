package recall.room;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import recall.store.LiveRoomStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A cluster's relay of room frames over the clustered event bus. Each room is run by one node; a
 * phone or host connected to another node (the edge) says hello for its PIN there, and from then
 * on the edge relays its frames to the room's node (address {@code recall.node.<node id>}) and the
 * room's frames back to the edge's own {@code recall.node.<node id>}, named by connection id (several ids, comma-separated,
 * for a frame broadcast to several of the edge's sockets), in order. The edge keeps the
 * socket's size and rate limits; the room's node sees a {@link Connection} like any other. When
 * either node leaves the cluster its relayed connections are closed (1012), and phones reconnect.
 */
public final class RoomRelay {
  private static final Logger LOG = LoggerFactory.getLogger(RoomRelay.class);
  static final String NODE = "recall.node.";
  /** Where a node announces the PIN of a room it took over. */
  static final String MOVED = "recall.rooms.moved";
  /** How long a relayed hello waits for the room's node to answer. */
  static final long HELLO_TIMEOUT_MS = 5_000;
  /** Frames a phone may send before its room's node welcomes it (a hello and a few buffered answers). */
  static final int MAX_UNWELCOMED = 64;

  private final Vertx vertx;
  private final String node;
  private final LiveRoomStore live;
  private final Supplier<java.util.List<String>> members;
  private RoomDirectory directory;
  private RoomSocket socket;
  private RoomRegistry rooms;
  /** Edge side: the sockets held here whose room runs elsewhere, by connection id. */
  private final Map<String, Link> links = new ConcurrentHashMap<>();
  /** Room side: connections held by other nodes, by connection id. */
  private final Map<String, Remote> remote = new ConcurrentHashMap<>();
  /** How a broadcast's frames for other nodes go out, once per node (see {@link RelayedBroadcast}). */
  private final RelayedBroadcast.Sender downs = this::down;

  /**
   * A socket of this node relayed to the node that runs its room. Its state is only touched on its
   * socket's context: the frames the phone sent while its room's node was being found, and those
   * sent on before the welcome, are kept so that they can be sent again should that node die first.
   */
  static final class Link {
    final String id = UUID.randomUUID().toString();
    final String pin;
    final Connection local;
    final Context context;
    /** The room's node; null while it is being found. */
    String owner;
    /** Frames not yet welcomed by the room's node, the hello first. */
    final List<String> unwelcomed = new ArrayList<>();
    long helloTimer = -1;
    boolean silent = true;
    /** The room's node welcomed this socket: the edge's own hello deadline is met. */
    volatile boolean welcomed;

    Link(String pin, Connection local, Context context) {
      this.pin = pin;
      this.local = local;
      this.context = context;
    }

    /** Still looking for the room's node: the edge's hello deadline waits for that (see {@link RoomDirectory#WAIT_MS}). */
    boolean finding() {
      return owner == null;
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
    directory = new RoomDirectory(vertx, node, live, members, pin -> rooms.get(pin) != null);
    // Each room this node takes over is announced, so that hellos waiting for it anywhere go on at once.
    rooms.takeover().announce = pin -> vertx.eventBus().publish(MOVED, pin, new DeliveryOptions().addHeader("node", node));
    return vertx.eventBus().<String>consumer(MOVED, m -> directory.moved(m.body(), m.headers().get("node"))).completion()
        .compose(v -> vertx.eventBus().<String>consumer(NODE + node, this::fromEdge).completion());
  }

  // ---- edge side ----

  /**
   * A hello for a PIN this node does not run: relayed to the room's node once it is known (waiting
   * while the room is between nodes), handled here if this node took the room over meanwhile, or
   * no-room. Called on the socket's context.
   */
  void hello(Connection c, String pin, String text) {
    Link link = new Link(pin, c, Vertx.currentContext());
    c.relayed = link;
    link.unwelcomed.add(text);
    find(link);
  }

  private void find(Link link) {
    directory.owner(link.pin).onComplete(ar -> link.context.runOnContext(v -> found(link, ar)));
  }

  private void found(Link link, AsyncResult<String> ar) {
    Connection c = link.local;
    if (c.closed()) return;
    List<String> frames = List.copyOf(link.unwelcomed);
    if (ar.failed() || ar.result() == null || ar.result().equals(node)) {
      c.relayed = null;
      if (ar.failed()) {
        // No node took the room over in time: the phone comes back in a moment, as after any drop.
        c.close((short) 1012, "room moving to another server");
      } else if (ar.result() == null) {
        socket.noRoom(c);
      } else {
        // This node took the room over meanwhile: the hello and what followed it are handled here
        // (the hello passed the join budget on its way in, once is enough).
        c.helloPaid = true;
        for (String f : frames) socket.onMessage(c, f, System.nanoTime());
      }
      return;
    }
    link.owner = ar.result();
    // Frames come back to this node's own address (registered at start, so known cluster-wide):
    // an address per socket would be registered anew for every phone, and the cluster learns of a
    // new registration a moment later, so the first frames back (the welcome) could be lost.
    links.put(link.id, link);
    for (String f : frames) send(link, f);
    link.helloTimer = vertx.setTimer(HELLO_TIMEOUT_MS, t -> helloOverdue(link));
  }

  /**
   * The room's node has not answered a relayed hello in {@link #HELLO_TIMEOUT_MS}. A node that died a
   * moment ago may still look alive: once the cluster no longer lists it, the phone is told to come
   * back (1012). A node still listed is only busy, and its answer will come: closing the socket would
   * make the phone join again, and the first join's late answer a ghost player (seen at 15,000
   * players: rooms of 500 phones with 1,500 players).
   */
  private void helloOverdue(Link link) {
    link.helloTimer = -1;
    if (!link.silent || link.local.closed() || link.owner == null) return;
    if (members.get().contains(link.owner)) {
      link.helloTimer = vertx.setTimer(HELLO_TIMEOUT_MS, t -> helloOverdue(link));
      return;
    }
    link.local.close((short) 1012, "room moving to another server");
    closed(link);
  }

  /** A frame from a relayed socket (on its context): sent on in order, or kept while its room's node is being found. */
  void forward(Link link, String text) {
    if (!link.welcomed) {
      if (link.unwelcomed.size() >= MAX_UNWELCOMED) {
        link.local.error("bad-state", "Too many messages before the game answered; wait for it.");
        return;
      }
      link.unwelcomed.add(text);
    }
    if (!link.finding()) send(link, text);
  }

  private void send(Link link, String text) {
    vertx.eventBus().send(NODE + link.owner, text, headers(link).addHeader("addr", link.local.address()));
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
    // On the socket's context, in order, like the frames the socket sends.
    link.context.runOnContext(v -> {
      link.silent = false;
      // Only the frames before the welcome are read here; after it, they are passed on untouched.
      if (!link.welcomed && m.body().contains("\"welcome\"") && isWelcome(m.body())) {
        link.welcomed = true;
        link.unwelcomed.clear();
      } else if (!link.welcomed && m.body().startsWith("{\"type\":\"error\"")) {
        // The room's node refused the hello: the edge's hello deadline runs again.
        link.local.waitingForWelcome = false;
      }
      String close = m.headers().get("close");
      if (close == null) link.local.sendText(m.body());
      else link.local.close(Short.parseShort(close), m.body());
    });
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
      // One frame for one socket, or for several (a broadcast, see RelayedBroadcast).
      for (String one : id.split(",")) {
        Link link = links.get(one);
        if (link != null) fromOwner(link, m);
      }
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

  /** Frames for a socket held by the node {@code edge}: to that node's address, named by connection id (or gathered, in a broadcast). */
  private Connection.Sink sink(String id, String edge) {
    return new Connection.Sink() {
      @Override
      public Future<Void> write(String text) {
        if (!RelayedBroadcast.gather(downs, edge, id, text)) down(edge, id, text);
        return Future.succeededFuture();
      }

      @Override
      public void close(short code, String reason) {
        // Never gathered: a room closes sockets outside its broadcasts, so no gathered frame is left behind it.
        vertx.eventBus().send(NODE + edge, reason, down(id).addHeader("close", String.valueOf(code)));
      }
    };
  }

  /** A frame for the sockets {@code ids} (comma-separated) that node {@code edge} holds. */
  private void down(String edge, String ids, String text) {
    vertx.eventBus().send(NODE + edge, text, down(ids));
  }

  private static DeliveryOptions down(String id) {
    return new DeliveryOptions().addHeader("op", "down").addHeader("conn", id);
  }

  private static void left(Connection c) {
    c.markClosed();
    Room room = c.room;
    if (room != null) room.run(() -> room.left(c));
  }

  /**
   * A PIN's room info from the node that runs it (waiting, like a hello, while the room is between
   * nodes), or null when no node does.
   */
  Future<JsonObject> info(String pin) {
    return directory.owner(pin).compose(owner -> {
      if (owner == null) return Future.succeededFuture(null);
      if (owner.equals(node)) {
        Room room = rooms.get(pin);
        return room == null ? Future.succeededFuture(null) : room.info();
      }
      return vertx.eventBus().<String>request(NODE + owner, pin, new DeliveryOptions().addHeader("op", "info").setSendTimeout(3000))
          .map(reply -> reply.body() == null ? (JsonObject) null : new JsonObject(reply.body()));
    }).otherwise((JsonObject) null);
  }

  /**
   * A node left the cluster. Its relayed sockets that were welcomed close (1012: their phones come
   * back with their tokens); those still waiting for its welcome look for the room's new node and
   * say their hello again there. Its players here leave. Safe from any thread (told on a worker
   * context): the maps are concurrent, and each socket's part runs on that socket's context.
   */
  public void nodeLeft(String gone) {
    LOG.info("Node {} left the cluster", gone);
    directory.nodeLeft(gone);
    for (Link link : links.values()) {
      link.context.runOnContext(v -> {
        if (!gone.equals(link.owner) || links.remove(link.id) == null) return;
        if (link.welcomed) {
          link.local.close((short) 1012, "server moved");
          return;
        }
        if (link.helloTimer >= 0) vertx.cancelTimer(link.helloTimer);
        link.helloTimer = -1;
        link.owner = null;
        link.silent = true;
        find(link);
      });
    }
    remote.entrySet().removeIf(e -> {
      if (!e.getValue().edge().equals(gone)) return false;
      left(e.getValue().connection());
      return true;
    });
  }
}
