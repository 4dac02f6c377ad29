package recall.room;

import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.internal.VertxInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import recall.store.Db;
import recall.support.MovingClock;
import recall.support.TestServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A node whose event loops all run behind (at 15,000 players on two cores they ran seconds behind)
 * still renews its lease, and still claims and loads a dead node's room: those never wait for an
 * event loop. Here the event loops are not merely slow but stopped, until the test lets them go.
 */
@DisplayName("Lease renewals and the claim of a dead node's room go on while every event loop is busy")
class BusyLoopsTakeoverTest {
  private static final long WAIT_S = 20;

  private final MovingClock clock = new MovingClock();
  private final String url = "jdbc:hsqldb:mem:" + TestServer.dbName(BusyLoopsTakeoverTest.class);
  private final CountDownLatch release = new CountDownLatch(1);
  private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
  // Two event loops, and no warnings about blocking them: that is what this test does on purpose.
  private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2)
      .setMaxEventLoopExecuteTime(TimeUnit.MINUTES.toNanos(5)));
  private Db db;
  private RoomRegistry a;
  private RoomRegistry b;

  @AfterEach
  void close() throws Exception {
    release.countDown();
    poller.shutdownNow();
    if (a != null) await(a.shutdown());
    if (b != null) await(b.shutdown());
    if (db != null) await(db.shutdown());
    await(vertx.close());
  }

  @Test
  @DisplayName("with every event loop stopped, node-b renews and claims node-a's room; the room runs on node-b once the loops are free")
  void renewalsAndClaimsNeedNoEventLoop() throws Exception {
    db = await(Db.open(vertx, url));
    a = registry("node-a");
    // node-a dies at once: it never renews.
    a.takeover().stop();
    b = registry("node-b");
    Room ofA = await(a.open(TakeoverNodes.plan()));
    Room ofB = await(b.open(TakeoverNodes.plan()));

    CountDownLatch blocked = new CountDownLatch(2);
    for (EventExecutor loop : ((VertxInternal) vertx).nettyEventLoopGroup()) {
      loop.execute(() -> {
        blocked.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
    assertTrue(blocked.await(WAIT_S, TimeUnit.SECONDS), "both event loops are held");

    clock.advance(Duration.ofMillis(RoomTakeover.STALE_MS + 1));
    b.takeover().nodeLeft("node-a");
    until("node-b claims node-a's room", () -> "node-b".equals(row(ofA.pin)[0]));
    until("node-b renews its lease", () -> leaseOf(ofB.pin) == clock.millis() + RoomTakeover.LEASE_MS);
    clock.advance(Duration.ofMillis(100));
    until("node-b renews its lease again", () -> leaseOf(ofB.pin) == clock.millis() + RoomTakeover.LEASE_MS);
    assertEquals(null, b.get(ofA.pin), "restoring a room needs an event loop: not yet");

    release.countDown();
    until("the room runs on node-b once the event loops are free", () -> b.get(ofA.pin) != null);
    assertNotNull(b.get(ofB.pin), "node-b's own room is still there");
  }

  private RoomRegistry registry(String node) {
    return TakeoverNodes.registry(vertx, db, TakeoverNodes.store(vertx, db, node), node, clock);
  }

  private long leaseOf(String pin) throws Exception {
    return Long.parseLong(row(pin)[1]);
  }

  /** The room's node and lease, read straight from the database (no event loop is free to ask through). */
  private String[] row(String pin) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "SA", "");
         PreparedStatement s = c.prepareStatement("SELECT node, lease_until FROM live_room WHERE pin = ?")) {
      s.setString(1, pin);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), "room " + pin + " is stored");
        return new String[] {r.getString(1), Long.toString(r.getLong(2))};
      }
    }
  }

  /** Polls {@code condition} until it holds, failing the test with {@code what} after {@link #WAIT_S}. */
  private void until(String what, Callable<Boolean> condition) throws Exception {
    CompletableFuture<Void> met = new CompletableFuture<>();
    ScheduledFuture<?> poll = poller.scheduleWithFixedDelay(() -> {
      try {
        if (condition.call()) met.complete(null);
      } catch (Exception | AssertionError e) {
        met.completeExceptionally(e);
      }
    }, 0, 20, TimeUnit.MILLISECONDS);
    try {
      met.get(WAIT_S, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      fail("while every event loop is busy or just freed: " + what + " within " + WAIT_S + " s");
    } finally {
      poll.cancel(false);
    }
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(WAIT_S, TimeUnit.SECONDS);
  }
}
