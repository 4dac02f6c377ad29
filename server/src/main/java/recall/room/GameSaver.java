package recall.room;

import io.vertx.core.Future;
import recall.store.StoredAnswer;

/** Where a room's answers go; the future completes once the answer is durable. */
@FunctionalInterface
public interface GameSaver {
  Future<Void> save(StoredAnswer answer);
}
