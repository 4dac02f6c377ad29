package recall.loadgen;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The baseline: a plain Vert.x WebSocket server that speaks the same frames as Recall but only
 * broadcasts and echoes. No rooms beyond a set of sockets per PIN, no scoring, no database. What
 * Recall costs on top of this is what its figures are compared with.
 *
 * <p>{@code java -cp recall-loadgen.jar recall.loadgen.BareServer --port 8090 [--bind 127.0.0.1]}
 */
public final class BareServer extends VerticleBase {
  private final Map<String, Group> groups;
  private final String bind;
  private final int port;

  /** The sockets of one PIN and the question on screen. */
  private static final class Group {
    final Set<ServerWebSocket> players = ConcurrentHashMap.newKeySet();
    final Set<ServerWebSocket> hosts = ConcurrentHashMap.newKeySet();
    final AtomicIntegerArray answered = new AtomicIntegerArray(64);
    volatile int index = -1;
    volatile String question;
  }

  BareServer(Map<String, Group> groups, String bind, int port) {
    this.groups = groups;
    this.bind = bind;
    this.port = port;
  }

  public static void main(String[] args) throws Exception {
    String bind = "127.0.0.1";
    int port = 8090;
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (args[i].equals("--port")) port = Integer.parseInt(args[i + 1]);
      else if (args[i].equals("--bind")) bind = args[i + 1];
    }
    if (port == 0) {
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(bind))) {
        port = s.getLocalPort();
      }
    }
    Vertx vertx = Vertx.vertx();
    start(vertx, bind, port).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> vertx.close()));
    System.out.println("Bare listening on http://" + bind + ":" + port);
  }

  /** Deploys one instance per event loop on one port, as Recall does. */
  public static Future<String> start(Vertx vertx, String bind, int port) {
    Map<String, Group> groups = new ConcurrentHashMap<>();
    int instances = Math.max(1, Runtime.getRuntime().availableProcessors());
    return vertx.deployVerticle(() -> new BareServer(groups, bind, port), new DeploymentOptions().setInstances(instances));
  }

  @Override
  public Future<?> start() {
    HttpServerOptions options = new HttpServerOptions().setHost(bind).setPort(port)
        .setPerMessageWebSocketCompressionSupported(false).setPerFrameWebSocketCompressionSupported(false);
    return vertx.createHttpServer(options)
        .webSocketHandler(this::connected)
        .requestHandler(req -> req.response().setStatusCode(404).end())
        .listen();
  }

  private void connected(ServerWebSocket ws) {
    Group[] mine = new Group[1];
    AtomicInteger ids = new AtomicInteger();
    ws.textMessageHandler(text -> {
      JsonObject m = new JsonObject(text);
      String type = m.getString("type", "");
      switch (type) {
        case "join", "resume" -> {
          mine[0] = groups.computeIfAbsent(m.getString("pin", ""), k -> new Group());
          mine[0].players.add(ws);
          String id = type.equals("join") ? "b" + Integer.toHexString(System.identityHashCode(ws)) + ids.incrementAndGet() : m.getString("token");
          JsonObject welcome = new JsonObject().put("type", "welcome").put("protocol", 1).put("role", "player")
              .put("playerId", id).put("name", m.getString("name", id)).put("token", id).put("state", new JsonObject().put("phase", "lobby"));
          String q = mine[0].question;
          if (type.equals("resume") && q != null) welcome.put("question", new JsonObject(q).put("answered", false));
          ws.writeTextMessage(welcome.encode());
        }
        case "host" -> {
          mine[0] = groups.computeIfAbsent(m.getString("pin", ""), k -> new Group());
          mine[0].hosts.add(ws);
          ws.writeTextMessage(new JsonObject().put("type", "welcome").put("protocol", 1).put("role", "host").encode());
        }
        case "start", "next" -> ask(mine[0]);
        case "answer" -> answered(mine[0], ws, m.getInteger("index", -1));
        case "close" -> send(mine[0].hosts, new JsonObject().put("type", "reveal").put("index", mine[0].index).encode());
        case "end" -> {
          String finished = new JsonObject().put("type", "finished").putNull("sessionId").put("podium", new JsonArray()).encode();
          send(mine[0].players, finished);
          send(mine[0].hosts, finished);
        }
        case "ping" -> ws.writeTextMessage("{\"type\":\"pong\"}");
        default -> ws.writeTextMessage(new JsonObject().put("type", "error").put("code", "bad-message").encode());
      }
    });
    ws.closeHandler(v -> {
      if (mine[0] != null) {
        mine[0].players.remove(ws);
        mine[0].hosts.remove(ws);
      }
    });
  }

  /** Broadcasts the next question, shaped as Recall's, encoded once. */
  private static void ask(Group g) {
    int i = g.index + 1;
    String text = new JsonObject().put("type", "question").put("index", i).put("total", 5).put("id", "bench-0" + (i + 1))
        .put("kind", "single").put("text", "Which year did the first Five-Year Plan begin?")
        .put("options", new JsonArray().add("1921").add("1928").add("1932").add("1941"))
        .put("timeLimitMs", 30_000).put("title", "Benchmark quiz").put("remainingMs", 30_000).encode();
    g.question = text;
    g.index = i;
    send(g.players, text);
    send(g.hosts, text);
  }

  /** Echoes {@code answered} at once, and tells the hosts how many have answered. */
  private static void answered(Group g, ServerWebSocket ws, int index) {
    ws.writeTextMessage(new JsonObject().put("type", "answered").put("index", index).encode());
    int n = index >= 0 && index < 64 ? g.answered.incrementAndGet(index) : 0;
    send(g.hosts, new JsonObject().put("type", "progress").put("index", index).put("answered", n).put("players", g.players.size()).encode());
  }

  private static void send(Set<ServerWebSocket> sockets, String text) {
    for (ServerWebSocket s : sockets) s.writeTextMessage(text);
  }
}
