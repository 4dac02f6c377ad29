package recall.room;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.quiz.Question;
import recall.store.Db;
import recall.store.LiveRoomStore;
import recall.store.SessionStore;

import java.time.Clock;
import java.util.List;

/** Nodes' registries on one database without a cluster, for the takeover tests: what each node needs, and a one-question plan. */
final class TakeoverNodes {
  private static final Question SINGLE = Question.fromJson(new JsonObject().put("id", "s1").put("kind", "single").put("text", "Pick")
      .put("options", new JsonArray().add("A").add("B")).put("answer", new JsonArray().add(1)));

  private TakeoverNodes() {
  }

  static LiveRoomStore store(Vertx vertx, Db db, String node) {
    return new LiveRoomStore(vertx, db, node);
  }

  static RoomRegistry registry(Vertx vertx, Db db, LiveRoomStore live, String node, Clock clock) {
    return new RoomRegistry(vertx, new SessionStore(db.pool(), clock), answer -> Future.succeededFuture(), 60_000, ms -> { },
        new RoomCaps(0, 0), 0, live, node, clock);
  }

  static RoomPlan plan() {
    return new RoomPlan("q", "Title", List.of(SINGLE), null, 20, q -> null);
  }
}
