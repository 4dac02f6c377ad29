package recall.room;

import io.vertx.core.Vertx;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.store.Db;
import recall.store.LiveRoomStore;
import recall.support.MovingClock;
import recall.support.TestPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On PostgreSQL a lease renewal never waits for a row another transaction holds: the node's own
 * ordered writer updates several rooms' rows in one transaction, and a renewal that waited for one
 * while holding the others deadlocked with it (seen at 15,000 players). The renewal takes the rows
 * it can lock at once; the held one is renewed by the next renewal, once it is free.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("A lease renewal on PostgreSQL skips a row another transaction holds, and renews it once it is free")
class LeaseRenewalTest {
  private static final long LATER = 4_000_000_000_000L;
  private static final long LATER_STILL = LATER + 1;

  @Test
  @Timeout(value = 2, timeUnit = TimeUnit.MINUTES)
  @DisplayName("two rooms, one row locked: the renewal renews the other at once; after the commit, both")
  void skipsALockedRow(Vertx vertx, VertxTestContext ctx) throws Exception {
    String url = TestPostgres.newDatabase("lease");
    Db db = Db.open(vertx, url).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    LiveRoomStore live = TakeoverNodes.store(vertx, db, "node-a");
    RoomRegistry a = TakeoverNodes.registry(vertx, db, live, "node-a", new MovingClock());
    a.takeover().stop();
    Room held = a.open(TakeoverNodes.plan()).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    Room free = a.open(TakeoverNodes.plan()).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);

    // Another transaction holds one room's row, as the ordered writer does while it commits a batch.
    Connection other = DriverManager.getConnection(url);
    other.setAutoCommit(false);
    try (PreparedStatement lock = other.prepareStatement("SELECT pin FROM live_room WHERE pin = ? FOR UPDATE")) {
      lock.setString(1, held.pin);
      lock.executeQuery().close();
    }
    live.renew("node-a", LATER).compose(renewed -> vertx.executeBlocking(() -> {
      // Read on a worker (plain JDBC blocks), before the other transaction lets go of its row.
      long freeLease = leaseOf(url, free.pin);
      long heldLease = leaseOf(url, held.pin);
      other.commit();
      other.close();
      ctx.verify(() -> {
        assertEquals(1, renewed, "only the row it could lock at once");
        assertEquals(LATER, freeLease, "the free room's lease is renewed");
        assertTrue(heldLease < LATER, "the held room's row was left alone, not waited for");
      });
      return null;
    })).compose(v -> live.renew("node-a", LATER_STILL)).compose(renewed -> vertx.executeBlocking(() -> {
      long heldLease = leaseOf(url, held.pin);
      ctx.verify(() -> {
        assertEquals(2, renewed, "once the row is free, the next renewal takes both");
        assertEquals(LATER_STILL, heldLease);
      });
      return null;
    })).compose(v -> a.shutdown()).compose(v -> db.shutdown()).onComplete(ctx.succeedingThenComplete());
  }

  private static long leaseOf(String url, String pin) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
         PreparedStatement q = c.prepareStatement("SELECT lease_until FROM live_room WHERE pin = ?")) {
      q.setString(1, pin);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
