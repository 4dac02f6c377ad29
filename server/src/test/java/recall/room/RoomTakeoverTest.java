package recall.room;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.store.Db;
import recall.store.LiveRoomStore;
import recall.support.MovingClock;
import recall.support.TestServer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes' registries on one real database (HSQLDB in memory), on a clock the test moves: who may
 * take a room from whom, and what the node that lost one does. The nodes' cluster is not needed for
 * these rules; {@code ClusterTest} plays them with three real nodes.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("A room changes node only when its node is dead, and a node that lost one lets it go")
class RoomTakeoverTest {

  private final MovingClock clock = new MovingClock();
  private Db db;
  private RoomRegistry a;
  private RoomRegistry b;
  private LiveRoomStore liveA;

  @BeforeEach
  void twoNodes(Vertx vertx, VertxTestContext ctx) {
    Db.open(vertx, "jdbc:hsqldb:mem:" + TestServer.dbName(RoomTakeoverTest.class)).onComplete(ctx.succeeding(d -> {
      db = d;
      liveA = store(vertx, "node-a");
      a = registry(vertx, liveA, "node-a");
      b = registry(vertx, store(vertx, "node-b"), "node-b");
      // The tests renew by hand, on the moved clock.
      a.takeover().stop();
      b.takeover().stop();
      ctx.completeNow();
    }));
  }

  @AfterEach
  void close(VertxTestContext ctx) {
    a.shutdown().compose(v -> b.shutdown()).compose(v -> db.shutdown()).onComplete(ctx.succeedingThenComplete());
  }

  private LiveRoomStore store(Vertx vertx, String node) {
    return TakeoverNodes.store(vertx, db, node);
  }

  private RoomRegistry registry(Vertx vertx, LiveRoomStore live, String node) {
    return TakeoverNodes.registry(vertx, db, live, node, clock);
  }

  private static RoomPlan plan() {
    return TakeoverNodes.plan();
  }

  @Test
  @DisplayName("a node the cluster saw leave keeps its rooms while it still renews, and loses them once it has not for the stale time")
  void leftButRenewing(VertxTestContext ctx) {
    a.open(plan()).compose(room -> b.takeover().takeOverFrom("node-a").compose(taken -> {
      ctx.verify(() -> assertTrue(taken.isEmpty(), "a node that renews keeps its room, whatever the cluster says"));
      clock.advance(Duration.ofMillis(RoomTakeover.STALE_MS / 2));
      return a.takeover().renew();
    }).compose(v -> {
      clock.advance(Duration.ofMillis(RoomTakeover.STALE_MS - 100));
      return b.takeover().takeOverFrom("node-a");
    }).compose(taken -> {
      ctx.verify(() -> assertTrue(taken.isEmpty(), "renewed a moment ago: still its room"));
      // node-a dies: no renewal from now on.
      clock.advance(Duration.ofMillis(RoomTakeover.STALE_MS + 200));
      return b.takeover().takeOverFrom("node-a");
    }).onComplete(ctx.succeeding(taken -> ctx.verify(() -> {
      assertEquals(1, taken.size(), "stale once the cluster saw it leave: taken over without waiting for the lease to run out");
      assertEquals(room.pin, taken.get(0).pin);
      assertNotNull(b.get(room.pin), "the room runs on node-b now");
      ctx.completeNow();
    })))).onFailure(ctx::failNow);
  }

  @Test
  @DisplayName("the nodes left share a dead node's rooms: a try takes this node's share, and the next try what the others left")
  void roomsAreShared(VertxTestContext ctx) {
    b.members(() -> 2);
    Future.all(a.open(plan()), a.open(plan()), a.open(plan())).compose(opened -> {
      clock.advance(Duration.ofMillis(RoomTakeover.STALE_MS + 1));
      return b.takeover().takeOverFrom("node-a");
    }).compose(first -> {
      ctx.verify(() -> assertEquals(2, first.size(), "three rooms, two nodes left: this node's share is two"));
      return b.takeover().takeOverFrom("node-a");
    }).onComplete(ctx.succeeding(second -> ctx.verify(() -> {
      assertEquals(1, second.size(), "the room nobody else took is taken at the next try");
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("two nodes that chase a node that left: the first claim wins, and the second never takes the room from the first")
  void secondChaserLeavesItAlone(Vertx vertx, VertxTestContext ctx) {
    RoomRegistry c = registry(vertx, store(vertx, "node-c"), "node-c");
    c.takeover().stop();
    a.open(plan()).compose(room -> {
      clock.advance(Duration.ofMillis(RoomTakeover.STALE_MS + 1));
      return b.takeover().takeOverFrom("node-a").compose(taken -> {
        ctx.verify(() -> assertEquals(1, taken.size()));
        // node-b's renewals are late (it is busy restoring), and node-c still chases node-a.
        clock.advance(Duration.ofMillis(RoomTakeover.STALE_MS + 200));
        return c.takeover().takeOverFrom("node-a");
      }).compose(taken -> {
        ctx.verify(() -> {
          assertTrue(taken.isEmpty(), "the room is node-b's now, not node-a's: node-c leaves it");
          assertNull(c.get(room.pin));
        });
        // node-c listed the room as node-a's just before node-b claimed it: its claim must fail.
        long now = clock.millis();
        return store(vertx, "node-c").claimFrom(room.pin, "node-a", "node-c", now + RoomTakeover.LEASE_MS,
            now + RoomTakeover.LEASE_MS - RoomTakeover.STALE_MS);
      }).compose(won -> {
        ctx.verify(() -> assertFalse(won, "a claim from node-a does not take a room that node-b claimed"));
        return liveA.load(room.pin);
      }).onComplete(ctx.succeeding(snapshot -> ctx.verify(() -> {
        assertEquals("node-b", snapshot.room().node());
        c.shutdown().onComplete(ctx.succeedingThenComplete());
      })));
    }).onFailure(ctx::failNow);
  }

  @Test
  @DisplayName("a room whose lease has not run out is not taken by the scan; once it has, it is, and by one node only")
  void scanWaitsForTheLease(VertxTestContext ctx) {
    a.open(plan()).compose(room -> b.takeOver(false).compose(taken -> {
      ctx.verify(() -> assertTrue(taken.isEmpty(), "the lease still holds"));
      clock.advance(Duration.ofMillis(RoomTakeover.LEASE_MS + 1));
      return Future.all(b.takeOver(false), b.takeOver(false));
    }).onComplete(ctx.succeeding(both -> ctx.verify(() -> {
      List<Room> taken = new ArrayList<>(both.<List<Room>>resultAt(0));
      taken.addAll(both.<List<Room>>resultAt(1));
      assertEquals(1, taken.size(), "two scans at once restore the room once");
      assertNotNull(b.get(room.pin));
      ctx.completeNow();
    })))).onFailure(ctx::failNow);
  }

  @Test
  @DisplayName("a node whose lease lapsed and whose room was taken writes nothing more to it, and lets it go at its next renewal")
  void lapsedNodeLetsGo(VertxTestContext ctx) {
    a.open(plan()).compose(room -> {
      clock.advance(Duration.ofMillis(RoomTakeover.LEASE_MS + 1));
      return b.takeOver(false).compose(taken -> {
        ctx.verify(() -> assertEquals(1, taken.size()));
        // node-a wakes up (a long pause, say) and writes as if the room were still its own.
        return liveA.phase(room.pin, room.sessionId, "reveal", 0, 1L);
      }).compose(v -> liveA.load(room.pin)).compose(snapshot -> {
        ctx.verify(() -> {
          assertEquals("lobby", snapshot.room().phase(), "the write of the node that lost the room changed nothing");
          assertEquals("node-b", snapshot.room().node());
          assertNotNull(a.get(room.pin), "node-a has not noticed yet");
        });
        return a.takeover().renew();
      }).onComplete(ctx.succeeding(v -> ctx.verify(() -> {
        assertNull(a.get(room.pin), "renewing late, node-a found the room claimed and let it go");
        assertNotNull(b.get(room.pin), "it runs on node-b");
        ctx.completeNow();
      })));
    }).onFailure(ctx::failNow);
  }

  @Test
  @DisplayName("a hello for a room between nodes waits, is let through as soon as the new node announces it, and gives up in time")
  void helloWaitsForTheMove(Vertx vertx, VertxTestContext ctx) {
    List<String> members = new ArrayList<>(List.of("node-a", "node-b", "node-c"));
    Supplier<List<String>> cluster = () -> List.copyOf(members);
    LiveRoomStore liveC = store(vertx, "node-c");
    RoomDirectory atC = new RoomDirectory(vertx, "node-c", liveC, cluster, pin -> false, TimeUnit.MINUTES.toMillis(1));
    RoomDirectory impatient = new RoomDirectory(vertx, "node-c", liveC, cluster, pin -> false, 300);
    a.open(plan()).compose(room -> atC.owner(room.pin).compose(owner -> {
      ctx.verify(() -> assertEquals("node-a", owner, "a living node's room is relayed to it"));
      return atC.owner("000000");
    }).compose(none -> {
      ctx.verify(() -> assertNull(none, "no such room: no-room, at once"));
      members.remove("node-a");
      atC.nodeLeft("node-a");
      Future<String> waiting = atC.owner(room.pin);
      Future<String> givesUp = impatient.owner(room.pin).map("resolved").recover(err -> {
        ctx.verify(() -> assertInstanceOf(RoomDirectory.Moving.class, err));
        return Future.succeededFuture("moving");
      });
      return givesUp.compose(outcome -> {
        ctx.verify(() -> {
          assertEquals("moving", outcome, "nobody took the room over in time: the phone is told to come back");
          assertFalse(waiting.isComplete(), "the patient hello is still waiting");
        });
        clock.advance(Duration.ofMillis(RoomTakeover.STALE_MS + 1));
        return b.takeover().takeOverFrom("node-a");
      }).compose(taken -> {
        atC.moved(room.pin, "node-b");
        return waiting;
      });
    }).onComplete(ctx.succeeding(owner -> ctx.verify(() -> {
      assertEquals("node-b", owner, "the waiting hello goes on to the node that took the room over");
      ctx.completeNow();
    })))).onFailure(ctx::failNow);
  }
}
