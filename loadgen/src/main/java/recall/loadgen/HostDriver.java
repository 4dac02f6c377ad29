package recall.loadgen;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonObject;

/**
 * The teacher's screen: starts the game, closes a question once every student who means to answer
 * has been acknowledged (or the time is up), shows the reveal for a moment, then moves on; ends
 * after the last question. It notes when each command left, for the fan-out.
 */
final class HostDriver {
  private final Run run;
  private final RoomGame room;
  private final Promise<Void> welcomed = Promise.promise();
  private final Promise<String> finished = Promise.promise();
  private WebSocket socket;
  private Context context;
  private int index = -1;
  private int revealed = -1;
  private boolean closeSent;
  private long fallbackTimer = -1;
  private boolean leaving;

  HostDriver(Run run, RoomGame room) {
    this.run = run;
    this.room = room;
  }

  /** Connects as the room's host; completes on {@code welcome}. */
  Future<Void> connect() {
    run.connector.connect().onComplete(ar -> {
      if (ar.failed()) {
        run.tally.connectFailed(Limits.cause(ar.cause()));
        welcomed.tryFail(ar.cause());
        return;
      }
      socket = ar.result();
      context = Vertx.currentContext();
      socket.textMessageHandler(this::received);
      socket.closeHandler(v -> {
        if (!leaving && !run.stopping) run.tally.unexpectedCloses.increment();
        finished.tryFail("the host's connection closed");
      });
      send(new JsonObject().put("type", "host").put("pin", room.pin).put("key", room.hostKey));
    });
    return welcomed.future();
  }

  /** Starts the game; the future holds the session id once {@code finished} arrives. */
  Future<String> play() {
    context.runOnContext(v -> command(0, "start"));
    return finished.future();
  }

  Future<Void> leave() {
    leaving = true;
    return socket == null || socket.isClosed() ? Future.succeededFuture() : socket.close();
  }

  private void command(int opens, String type) {
    if (opens >= 0) room.commandSent(opens);
    send(new JsonObject().put("type", type));
  }

  private void send(JsonObject msg) {
    socket.writeTextMessage(msg.encode());
  }

  private void received(String text) {
    JsonObject m = new JsonObject(text);
    switch (m.getString("type", "")) {
      case "welcome" -> welcomed.tryComplete();
      case "question" -> opened(m.getInteger("index", -1));
      case "progress" -> progress(m.getInteger("index", -1), m.getInteger("answered", 0));
      case "reveal" -> reveal(m.getInteger("index", -1));
      case "finished" -> {
        room.sessionId = m.getString("sessionId");
        finished.tryComplete(room.sessionId);
      }
      case "error" -> {
        String code = m.getString("code", "?");
        // A close that crosses the server's own close (everyone answered, time up) is harmless.
        if (!code.equals("bad-state")) run.tally.error("host:" + code);
        if (!welcomed.future().isComplete()) welcomed.tryFail("host refused: " + code);
      }
      default -> { }
    }
  }

  private void opened(int i) {
    if (i <= index) return;
    index = i;
    closeSent = false;
    // The baseline has no clock: close it as Recall would when the time is up.
    long limitMs = run.scenario.timeLimitSeconds() * 1000L + 3000;
    fallbackTimer = run.vertx.setTimer(limitMs, t -> {
      if (revealed < i) close();
    });
    progress(i, 0);
  }

  private void progress(int i, int answered) {
    if (i == index && revealed < i && answered >= room.expected(i)) close();
  }

  private void close() {
    if (closeSent) return;
    closeSent = true;
    send(new JsonObject().put("type", "close"));
  }

  private void reveal(int i) {
    if (i <= revealed) return;
    revealed = i;
    run.vertx.cancelTimer(fallbackTimer);
    run.vertx.setTimer(Math.max(1, run.scenario.revealPauseMs()), t -> {
      if (i + 1 < room.questions) command(i + 1, "next");
      else command(-1, "end");
    });
  }
}
