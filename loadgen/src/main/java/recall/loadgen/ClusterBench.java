package recall.loadgen;

import io.vertx.core.Context;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code scripts/bench cluster}: the same game played on one Recall server and on a cluster of
 * three (players of each room spread over all nodes), measuring question fan-out (host's command to
 * each player's {@code question}) and answer round trip (send to {@code answered}); then the node
 * that runs a third of the rooms is killed with SIGKILL mid-question and, for each of its rooms,
 * the time from the kill to the first answer acknowledged again is measured (players reconnect to
 * the other nodes with {@code resume} and answer), with where that time went ({@link TakeoverWatch}).
 * Each setup plays a short warm-up game first, not measured. The rooms are spread over the
 * generator's event loops, a room's phones and host on one context.
 *
 * <p>Arguments: {@code --single host:port --nodes h:p,h:p,h:p --pids p1,p2,p3 --password pw
 * --rooms n --players n --questions n}.
 */
public final class ClusterBench {
  /** Between two joins of one room's phones (every room joins at once, so 30 rooms make 750 joins a second). */
  private static final long JOIN_SPACING_MS = 40;
  /** Names for phones that join again, unique in the run. */
  private static final java.util.concurrent.atomic.AtomicInteger REJOINS = new java.util.concurrent.atomic.AtomicInteger();
  private final Vertx vertx;
  private final WebSocketClient ws;
  private final BenchTeacher teacher;
  private final TakeoverWatch watch;

  private ClusterBench(Vertx vertx, String password) {
    this.vertx = vertx;
    this.ws = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(100_000));
    this.teacher = new BenchTeacher(vertx, password);
    this.watch = new TakeoverWatch(vertx);
  }

  /** One phone: its socket (replaced after a kill), the node it uses, its token. */
  private static final class Phone {
    final int room;
    String[] node;
    WebSocket socket;
    String token;
    long sentAt;
    int asked = -1;
    boolean answered;
    /** Its game is over: a close is the bench's own, not a node's death. */
    volatile boolean over;
    /** For the census after a kill: {@link TakeoverWatch#CONNECTING}, {@code WAITING} (for its welcome) or {@code WELCOMED}. */
    volatile int state;

    Phone(int room, String[] node) {
      this.room = room;
      this.node = node;
    }
  }

  /** What one game measured. */
  private record Measured(Histogram fanOut, Histogram roundTrip, List<Long> takeoverMs) {
  }

  /** Players per room of the warm-up game played on each setup before the measured one. */
  private static final int WARM_UP_PLAYERS = 50;

  public static void main(String[] args) throws Exception {
    String single = arg(args, "--single", null);
    String[] nodes = arg(args, "--nodes", "").split(",");
    String[] pids = arg(args, "--pids", "").split(",");
    int rooms = Integer.parseInt(arg(args, "--rooms", "6"));
    int players = Integer.parseInt(arg(args, "--players", "50"));
    int questions = Integer.parseInt(arg(args, "--questions", "4"));
    Vertx vertx = Vertx.vertx(new VertxOptions().setBlockedThreadCheckInterval(10_000));
    ClusterBench bench = new ClusterBench(vertx, arg(args, "--password", ""));
    bench.spread(2 * Runtime.getRuntime().availableProcessors()).toCompletionStage().toCompletableFuture().get(1, TimeUnit.MINUTES);
    try {
      String[][] alone = {single.split(":")};
      String[][] three = new String[nodes.length][];
      for (int i = 0; i < nodes.length; i++) three[i] = nodes[i].split(":");
      // A short game on each setup first, not measured: the servers' code is compiled by then, as in
      // a server that has run a while (a node killed in its first minute would be killed cold).
      bench.play(alone, rooms, Math.min(players, WARM_UP_PLAYERS), 2, null).toCompletionStage().toCompletableFuture().get(30, TimeUnit.MINUTES);
      Measured one = bench.play(alone, rooms, players, questions, null).toCompletionStage().toCompletableFuture().get(30, TimeUnit.MINUTES);
      bench.play(three, rooms, Math.min(players, WARM_UP_PLAYERS), 2, null).toCompletionStage().toCompletableFuture().get(30, TimeUnit.MINUTES);
      System.out.println("[cluster] warmed up; the measured games start at " + java.time.LocalTime.now());
      Measured cluster = bench.play(three, rooms, players, questions, Long.parseLong(pids[0])).toCompletionStage().toCompletableFuture().get(30, TimeUnit.MINUTES);
      System.out.printf(Locale.ROOT, "%nsetup       players    measure                count      p50      p99    p99.9      max%n");
      row("1 node", rooms, players, "fan-out (next)", one.fanOut());
      row("", rooms, players, "answer round trip", one.roundTrip());
      row("3 nodes", rooms, players, "fan-out (next)", cluster.fanOut());
      row("", rooms, players, "answer round trip", cluster.roundTrip());
      bench.watch.print();
      List<Long> t = new ArrayList<>(cluster.takeoverMs());
      t.sort(null);
      System.out.printf(Locale.ROOT, "(milliseconds)%n%nnode killed mid-question: %d of its %d room(s) were mid-game; kill -9 to the first answer acknowledged again: min %d, median %d, max %d ms%n",
          t.size(), (rooms + nodes.length - 1) / nodes.length, t.isEmpty() ? -1 : t.get(0), t.isEmpty() ? -1 : t.get(t.size() / 2), t.isEmpty() ? -1 : t.get(t.size() - 1));
    } finally {
      vertx.close();
    }
  }

  private static void row(String setup, int rooms, int players, String measure, Histogram h) {
    System.out.printf(Locale.ROOT, "%-11s %-10s %-20s %7d %8.2f %8.2f %8.2f %8.2f%n", setup, setup.isEmpty() ? "" : rooms + "x" + players, measure,
        h.getTotalCount(), h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
        h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0);
  }

  private static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
    return fallback;
  }

  /**
   * Plays {@code rooms} games at once on these nodes; room r is opened on node r % n, its players
   * spread over all nodes. With {@code killPid}, node 0 is killed when the second question opens.
   */
  private Future<Measured> play(String[][] nodes, int rooms, int players, int questions, Long killPid) {
    Histogram fanOut = histogram();
    Histogram roundTrip = histogram();
    List<Histogram[]> byRoom = new ArrayList<>();
    List<Long> takeover = new ArrayList<>();
    List<Future<Void>> games = new ArrayList<>();
    AtomicLong killedAt = new AtomicLong();
    for (int r = 0; r < rooms; r++) {
      String[] home = nodes[r % nodes.length];
      int room = r;
      games.add(teacher.open(home, questions)
          .compose(resp -> {
            // Each room's phones and host on a context of their own (its own event loop), so that the
            // generator's sockets are spread over its threads; a room's state stays with its context.
            Histogram[] mine = {histogram(), histogram()};
            synchronized (byRoom) {
              byRoom.add(mine);
            }
            Promise<Void> played = Promise.promise();
            contexts.get(room % contexts.size()).runOnContext(v -> game(nodes, room, resp, players, questions,
                mine[0], mine[1], killPid != null && room % nodes.length == 0, killPid, killedAt, takeover).onComplete(played));
            return played.future();
          }));
    }
    return Future.all(games).map(v -> {
      synchronized (byRoom) {
        for (Histogram[] h : byRoom) {
          fanOut.add(h[0]);
          roundTrip.add(h[1]);
        }
      }
      return new Measured(fanOut, roundTrip, takeover);
    });
  }

  private static Histogram histogram() {
    return new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
  }

  /** Event-loop contexts the rooms are spread over, one per event loop of the generator. */
  private final List<Context> contexts = new java.util.concurrent.CopyOnWriteArrayList<>();

  private Future<Void> spread(int n) {
    return vertx.deployVerticle(() -> new VerticleBase() {
      @Override
      public Future<?> start() {
        contexts.add(context);
        return Future.succeededFuture();
      }
    }, new DeploymentOptions().setInstances(n)).mapEmpty();
  }

  /** The frames a phone acts on. */
  private static final java.util.Set<String> PHONE_READS = java.util.Set.of("welcome", "question", "answered", "error");

  /** A frame's type when it comes first, as the server writes it ({@code {"type":"..."}), read without parsing; else null. */
  static String type(String frame) {
    if (!frame.startsWith("{\"type\":\"")) return null;
    int from = 9;
    int to = frame.indexOf('"', from);
    return to < 0 ? null : frame.substring(from, to);
  }

  private Future<WebSocket> connect(String[] node) {
    return ws.connect(new WebSocketConnectOptions().setHost(node[0]).setPort(Integer.parseInt(node[1])).setURI("/ws"));
  }

  @SuppressWarnings("checkstyle:ParameterNumber")
  private Future<Void> game(String[][] nodes, int room, JsonObject opened, int players, int questions, Histogram fanOut,
                            Histogram roundTrip, boolean onVictim, Long killPid, AtomicLong killedAt, List<Long> takeover) {
    String pin = opened.getString("pin");
    String[] home = nodes[room % nodes.length];
    Promise<Void> done = Promise.promise();
    List<Phone> phones = new ArrayList<>();
    long[] commandAt = {0};
    int[] answeredNow = {0};
    boolean[] tookOver = {false};
    long[] firstQuestionAt = {0};
    boolean[] started = {false};
    Promise<WebSocket> hostReady = Promise.promise();
    WebSocket[] host = new WebSocket[1];
    int total = Math.min(questions, 12);
    Runnable[] hostConnect = new Runnable[1];
    String[][] hostNode = {home};
    hostConnect[0] = () -> connect(hostNode[0]).onFailure(err -> vertx.setTimer(200, t -> {
      hostNode[0] = nodes[nodes.length - 1];
      hostConnect[0].run();
    })).onSuccess(h -> {
      host[0] = h;
      // The host's node died: the page reconnects to another, as the teacher's page does.
      h.closeHandler(v -> {
        if (!done.future().isComplete()) {
          hostNode[0] = nodes[nodes.length - 1];
          vertx.setTimer(200, t -> hostConnect[0].run());
        }
      });
      h.textMessageHandler(text -> {
        JsonObject m = new JsonObject(text);
        switch (m.getString("type")) {
          case "welcome" -> {
            if (onVictim) watch.reached(room, TakeoverWatch.HOST_WELCOMED);
            JsonObject state = m.getJsonObject("state");
            // Started, but the room came back in its lobby: the start went down with the node
            // (sent, never read). The teacher's page shows Start again, and the teacher presses it.
            if (started[0] && state != null && "lobby".equals(state.getString("phase"))) {
              h.writeTextMessage(new JsonObject().put("type", "start").encode());
            }
            hostReady.tryComplete(h);
          }
          case "reveal" -> vertx.setTimer(300, t -> {
            commandAt[0] = System.nanoTime();
            answeredNow[0] = 0;
            h.writeTextMessage(new JsonObject().put("type", "next").encode());
          });
          case "finished" -> done.tryComplete();
          case "error" -> {
            if (!"no-room".equals(m.getString("code"))) return;
            // A room is forgotten only once its game has ended: it ended while this host was away.
            if (started[0]) done.tryComplete();
            h.close();
          }
          default -> { }
        }
      });
      h.writeTextMessage(new JsonObject().put("type", "host").put("pin", pin).put("key", opened.getString("hostKey")).encode());
    });
    hostConnect[0].run();
    List<Future<Void>> joined = new ArrayList<>();
    for (int i = 0; i < players; i++) {
      Phone p = new Phone(room, nodes[(room + i) % nodes.length]);
      phones.add(p);
      if (onVictim) watch.phone(() -> p.state);
      Promise<Void> in = Promise.promise();
      joined.add(in.future());
      Runnable acked = () -> {
        // Only a room that was mid-game at the kill: one still in its lobby has no answer to wait for.
        if (killedAt.get() > 0 && onVictim && !tookOver[0] && firstQuestionAt[0] > 0 && firstQuestionAt[0] < killedAt.get()) {
          tookOver[0] = true;
          watch.reached(room, TakeoverWatch.ACKNOWLEDGED);
          synchronized (takeover) {
            takeover.add((System.nanoTime() - killedAt.get()) / 1_000_000);
          }
        }
      };
      // "Phone-455", not "P455" or "Phone 455": the rude-name check reads look-alike digits ("455" is "ass").
      JsonObject hello = new JsonObject().put("type", "join").put("pin", pin).put("name", "Phone-" + i);
      // A room's phones come in over a few seconds, as a class's do, not all in the same millisecond.
      vertx.setTimer(1 + (long) i * JOIN_SPACING_MS, t -> attach(p, pin, hello, in, fanOut, roundTrip, commandAt, acked, nodes,
          killedAt, total, onVictim ? killPid : null));
    }
    return Future.all(joined).compose(v -> hostReady.future()).compose(h -> {
      started[0] = true;
      return start(host, commandAt, firstQuestionAt, 20);
    })
        .compose(v -> done.future()).onComplete(v -> {
      // The next setup's phones need the ports: this game's sockets are closed once it is over.
      for (Phone p : phones) {
        p.over = true;
        if (p.socket != null) p.socket.close();
      }
      if (host[0] != null) host[0].close();
    });
  }

  /**
   * The host starts the game on its socket of the moment: while thousands join, the first one may
   * have been dropped and replaced (the teacher's page reconnects the same way).
   */
  private Future<Void> start(WebSocket[] host, long[] commandAt, long[] firstQuestionAt, int tries) {
    commandAt[0] = System.nanoTime();
    firstQuestionAt[0] = commandAt[0];
    return host[0].writeTextMessage(new JsonObject().put("type", "start").encode()).recover(err -> {
      if (tries <= 0) return Future.failedFuture(err);
      Promise<Void> later = Promise.promise();
      vertx.setTimer(500, t -> start(host, commandAt, firstQuestionAt, tries - 1).onComplete(later));
      return later.future();
    });
  }

  @SuppressWarnings("checkstyle:ParameterNumber")
  private void attach(Phone p, String pin, JsonObject hello, Promise<Void> in, Histogram fanOut, Histogram roundTrip, long[] commandAt,
                      Runnable acked, String[][] nodes, AtomicLong killedAt, int total, Long killPid) {
    p.state = TakeoverWatch.CONNECTING;
    connect(p.node).onFailure(err -> retry(p, pin, in, fanOut, roundTrip, commandAt, acked, nodes, killedAt, total, killPid)).onSuccess(s -> {
      p.socket = s;
      p.state = TakeoverWatch.WAITING;
      // Only a socket opened after the kill proves the room runs again: an acknowledgement the dying
      // node sent just before SIGKILL took effect does not count.
      boolean sinceKill = killedAt.get() > 0;
      // A socket of a room on the killed node, opened since the kill: its steps show the takeover.
      boolean watched = sinceKill && p.room % nodes.length == 0;
      s.closeHandler(v -> {
        // After the kill, or before its welcome (a socket refused while thousands connect at once).
        if (p.socket != s || p.over) return;
        p.state = TakeoverWatch.CONNECTING;
        if (killedAt.get() > 0 || p.token == null) retry(p, pin, in, fanOut, roundTrip, commandAt, acked, nodes, killedAt, total, killPid);
      });
      s.textMessageHandler(text -> {
        // Most frames a phone gets (reveals, standings) are not read here: not parsed either, so
        // that the generator's thousands of phones leave the CPU to the servers being measured.
        String type = type(text);
        if (type != null && !PHONE_READS.contains(type)) return;
        JsonObject m = new JsonObject(text);
        switch (m.getString("type")) {
          case "welcome" -> {
            p.state = TakeoverWatch.WELCOMED;
            if (watched) watch.reached(p.room, TakeoverWatch.PHONE_WELCOMED);
            if (p.token == null) p.token = m.getString("token");
            in.tryComplete();
            JsonObject q = m.getJsonObject("question");
            if (q != null && !q.getBoolean("answered", false)) answer(p, q.getInteger("index"));
          }
          case "question" -> {
            if (watched) watch.reached(p.room, TakeoverWatch.QUESTION);
            fanOut.recordValue(Math.max(0, (System.nanoTime() - commandAt[0]) / 1000));
            int index = m.getInteger("index");
            // The second question of a room on the node to kill: the kill comes once it is asked.
            if (index == 1 && killPid != null && killedAt.compareAndSet(0, System.nanoTime())) {
              ProcessHandle.of(killPid).ifPresent(ProcessHandle::destroyForcibly);
              // The nodes' logs carry the same clock: what each did after the kill can be read against it.
              System.out.println("[cluster] node killed at " + java.time.LocalTime.now());
              watch.killed(killedAt.get());
            }
            answer(p, index);
          }
          case "answered" -> {
            roundTrip.recordValue(Math.max(0, (System.nanoTime() - p.sentAt) / 1000));
            if (sinceKill) acked.run();
          }
          case "error" -> {
            // The room is between nodes (not taken over yet): close, and come back in a moment.
            if (killedAt.get() > 0 && ("no-room".equals(m.getString("code")) || "no-player".equals(m.getString("code")))) s.close();
            else if (p.token == null) {
              // Refused before its welcome: nothing a retry could mend is expected here; say so.
              System.err.println("[cluster] a join was refused: " + m.encode());
              s.close();
            }
          }
          default -> { }
        }
      });
      s.writeTextMessage(hello.encode());
    });
  }

  private void retry(Phone p, String pin, Promise<Void> in, Histogram fanOut, Histogram roundTrip, long[] commandAt, Runnable acked,
                     String[][] nodes, AtomicLong killedAt, int total, Long killPid) {
    // After the kill, another node than the dead one (node 0), as a phone's reconnect through a balancer would.
    if (killedAt.get() > 0 && nodes.length > 1) p.node = nodes[1 + (int) (Math.random() * (nodes.length - 1))];
    if (p.token == null) {
      // Never got in (refused while thousands connect at once, or its room's node died first): join again.
      vertx.setTimer(200 + (long) (Math.random() * 800), t -> attach(p, pin, new JsonObject().put("type", "join").put("pin", pin)
          .put("name", "Phone-" + p.room + "-" + REJOINS.incrementAndGet()), in, fanOut, roundTrip, commandAt, acked, nodes, killedAt, total,
          killedAt.get() > 0 ? null : killPid));
      return;
    }
    vertx.setTimer(200, t -> attach(p, pin, new JsonObject().put("type", "resume").put("pin", pin).put("token", p.token), in,
        fanOut, roundTrip, commandAt, acked, nodes, killedAt, total, null));
  }

  private static void answer(Phone p, int index) {
    p.asked = index;
    p.sentAt = System.nanoTime();
    p.socket.writeTextMessage(new JsonObject().put("type", "answer").put("index", index).put("choice", new JsonArray().add(0)).encode());
  }
}
