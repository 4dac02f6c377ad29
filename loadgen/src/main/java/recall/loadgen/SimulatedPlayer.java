package recall.loadgen;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonObject;

import java.util.SplittableRandom;

/**
 * A student with a phone: joins by PIN, reads each question for a while, answers (sometimes wrong,
 * sometimes not at all), and now and then loses the connection and comes back with {@code resume}.
 * Each player's state is touched only on its socket's event loop.
 */
final class SimulatedPlayer {
  /** What a student does with one question. */
  enum Plan { RIGHT, WRONG, SILENT, DROP_THEN_ANSWER }

  static final long JOIN_TIMEOUT_MS = 60_000;

  private final Run run;
  private final RoomGame room;
  private final String name;
  private final Plan[] plans;
  private final long[] thinkMs;
  private final SplittableRandom random;
  private final Promise<Void> joined = Promise.promise();
  private final Promise<Void> finished = Promise.promise();
  private WebSocket socket;
  private String token;
  private String playerId;
  private volatile boolean in;
  private boolean leaving;
  private final boolean[] dropped;
  /** The question whose answer is on its way, and when it was meant to be sent. */
  private int pendingIndex = -1;
  private long scheduledNanos;
  private final boolean[] asked;

  SimulatedPlayer(Run run, RoomGame room, String name, SplittableRandom random) {
    this.run = run;
    this.room = room;
    this.name = name;
    this.random = random;
    Scenario s = run.scenario;
    plans = new Plan[room.questions];
    thinkMs = new long[room.questions];
    dropped = new boolean[room.questions];
    asked = new boolean[room.questions];
    for (int i = 0; i < room.questions; i++) {
      double r = random.nextDouble();
      plans[i] = r < s.silentShare() ? Plan.SILENT
          : r < s.silentShare() + s.dropShare() ? Plan.DROP_THEN_ANSWER
          : random.nextDouble() < s.wrongShare() ? Plan.WRONG : Plan.RIGHT;
      thinkMs[i] = s.thinkFromMs() + (s.thinkToMs() > s.thinkFromMs() ? random.nextLong(s.thinkToMs() - s.thinkFromMs()) : 0);
    }
  }

  boolean willAnswer(int index) {
    return plans[index] != Plan.SILENT;
  }

  /** Whether the player is in the room (joined, and not given up on). */
  boolean isIn() {
    return in;
  }

  /** Connects and joins; completes on {@code welcome}, fails on a refusal or a failed connect. */
  Future<Void> join() {
    run.vertx.setTimer(JOIN_TIMEOUT_MS, t -> {
      if (joined.tryFail("no welcome within " + JOIN_TIMEOUT_MS / 1000 + " s")) run.tally.connectFailed("no-welcome");
    });
    run.connector.connect().onComplete(ar -> {
      if (ar.failed()) {
        if (joined.tryFail(ar.cause())) run.tally.connectFailed(Limits.cause(ar.cause()));
        return;
      }
      attach(ar.result());
      send(new JsonObject().put("type", "join").put("pin", room.pin).put("name", name));
    });
    return joined.future();
  }

  /** Completes when the game's {@code finished} arrived. */
  Future<Void> finished() {
    return finished.future();
  }

  /** Closes the socket on purpose (the game is over). */
  Future<Void> leave() {
    leaving = true;
    in = false;
    return socket == null || socket.isClosed() ? Future.succeededFuture() : socket.close();
  }

  private void attach(WebSocket ws) {
    socket = ws;
    leaving = false;
    ws.textMessageHandler(this::received);
    ws.exceptionHandler(err -> { });
    ws.closeHandler(v -> {
      if (!leaving && !run.stopping && ws == socket) run.tally.unexpectedCloses.increment();
    });
  }

  private void send(JsonObject msg) {
    socket.writeTextMessage(msg.encode());
  }

  private void received(String text) {
    JsonObject m = new JsonObject(text);
    switch (m.getString("type", "")) {
      case "welcome" -> welcomed(m);
      case "question" -> question(m, false);
      case "answered" -> answered(m.getInteger("index", -1));
      case "finished" -> finished.tryComplete();
      case "error" -> {
        String code = m.getString("code", "?");
        run.tally.error(code);
        if (!joined.future().isComplete()) joined.tryFail(code);
      }
      default -> { }
    }
  }

  private void welcomed(JsonObject m) {
    token = m.getString("token", token);
    playerId = m.getString("playerId", playerId);
    if (!joined.future().isComplete()) {
      // Counted before the future completes: whoever waits on it reads the count.
      in = true;
      run.tally.joined.increment();
      joined.tryComplete();
    }
    JsonObject open = m.getJsonObject("question");
    if (open != null && !open.getBoolean("answered", false)) question(open, true);
  }

  private void question(JsonObject q, boolean afterResume) {
    int i = q.getInteger("index", -1);
    if (i < 0 || i >= room.questions) return;
    if (!afterResume) {
      long sent = room.commandNanos(i);
      if (sent > 0) (i == 0 ? run.start : run.fanOut).since(sent);
    }
    if (asked[i] && !afterResume) return;
    asked[i] = true;
    Plan plan = plans[i];
    if (plan == Plan.SILENT) return;
    if (plan == Plan.DROP_THEN_ANSWER && !dropped[i]) {
      dropped[i] = true;
      run.vertx.setTimer(1 + random.nextLong(Math.max(1, thinkMs[i])), t -> drop());
      return;
    }
    // A student who comes back reads the question again for a moment.
    long delay = afterResume ? 200 + random.nextLong(800) : thinkMs[i];
    scheduledNanos = System.nanoTime() + delay * 1_000_000;
    pendingIndex = i;
    run.vertx.setTimer(Math.max(1, delay), t -> {
      run.tally.sent();
      send(BenchQuiz.answer(i, plan != Plan.WRONG, random));
    });
  }

  private void answered(int index) {
    if (index != pendingIndex) return;
    run.roundTrip.since(scheduledNanos);
    pendingIndex = -1;
    run.tally.acknowledged();
    room.acknowledged(playerId, index);
  }

  /** The phone loses its connection, and comes back a moment later with its token. */
  private void drop() {
    if (run.stopping || socket == null || !in) return;
    leaving = true;
    socket.close();
    run.vertx.setTimer(300 + random.nextLong(1200), t -> resume());
  }

  private void resume() {
    if (run.stopping || !in) return;
    run.connector.connect().onComplete(ar -> {
      if (ar.failed()) {
        run.tally.connectFailed(Limits.cause(ar.cause()));
        in = false;
        return;
      }
      run.tally.resumes.increment();
      attach(ar.result());
      send(new JsonObject().put("type", "resume").put("pin", room.pin).put("token", token));
    });
  }
}
