package recall.room;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;

/**
 * One socket's deadlines, on its own event loop: it must say who it is in time, finish a message
 * it started in time, and answer the server's pings. A phone in a quiet lobby sends nothing, but
 * its browser answers every ping with a pong, so only a dead or hostile socket is closed.
 */
final class SocketWatch {
  private final Vertx vertx;
  private final ServerWebSocket ws;
  private final Connection c;
  private final SocketTimeouts t;
  private long helloTimer = -1;
  private long messageTimer = -1;
  private long pingTimer = -1;
  private long lastHeard = System.nanoTime();

  SocketWatch(Vertx vertx, ServerWebSocket ws, Connection c, SocketTimeouts t) {
    this.vertx = vertx;
    this.ws = ws;
    this.c = c;
    this.t = t;
    if (t.helloMs() > 0) helloTimer = vertx.setTimer(t.helloMs(), id -> helloDue());
    if (t.idleMs() > 0) pingTimer = vertx.setPeriodic(Math.max(1, t.idleMs() / 3), id -> ping());
  }

  /** Any frame counts as a sign of life. */
  void heard() {
    lastHeard = System.nanoTime();
  }

  private void helloDue() {
    helloTimer = -1;
    // A socket relayed to its room's node has its role there; the edge knows only that it was welcomed.
    RoomRelay.Link link = c.relayed;
    if (c.role != Connection.Role.NONE || (link != null && link.welcomed)) return;
    if (c.waitingForWelcome) {
      // It said hello in time, and its room has not answered yet (busy, or between nodes, a wait the
      // relay bounds on its own): a refusal would make the phone join again, and the room's late
      // answer to the first hello a ghost player. The deadline runs again should the hello be refused.
      helloTimer = vertx.setTimer(t.helloMs(), id -> helloDue());
      return;
    }
    c.error("hello-first", "Say who you are (join, resume or host) as soon as the connection opens.");
    c.close((short) 1008, "no hello");
  }

  void messageStarted() {
    if (t.helloMs() <= 0 || messageTimer >= 0) return;
    messageTimer = vertx.setTimer(t.helloMs(), id -> {
      messageTimer = -1;
      c.error("bad-message", "A message was started and never finished.");
      c.close((short) 1008, "unfinished message");
    });
  }

  void messageEnded() {
    if (messageTimer >= 0) vertx.cancelTimer(messageTimer);
    messageTimer = -1;
  }

  private void ping() {
    if ((System.nanoTime() - lastHeard) / 1_000_000 >= t.idleMs()) {
      c.close((short) 1001, "silent too long");
      return;
    }
    ws.writePing(Buffer.buffer()).onFailure(err -> c.markClosed());
  }

  /** Cancels every timer; the socket has closed. */
  void stop() {
    for (long id : new long[] {helloTimer, messageTimer, pingTimer}) {
      if (id >= 0) vertx.cancelTimer(id);
    }
    helloTimer = messageTimer = pingTimer = -1;
  }
}
