package recall.store;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the data folder every so often. While the store is UP, free space below the reserve
 * turns it DOWN before the disk is actually full. While it is DOWN, once there is room for the
 * reserve and a copy of the database files, it checkpoints the database: HSQLDB writes everything
 * it holds into a new script and starts a new log, so a log whose tail was torn by a failed write
 * is dropped rather than appended to, and only a checkpoint with no failure reported brings the
 * store UP again.
 */
public final class DiskWatch extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(DiskWatch.class);
  private static final long MIN_HEADROOM = 1024 * 1024;

  private final Db db;
  private final DiskSpace space;
  private final long reserveBytes;
  private final long everyMs;
  private long timer = -1;
  private boolean busy;

  public DiskWatch(Db db, DiskSpace space, long reserveBytes, long everyMs) {
    this.db = db;
    this.space = space;
    this.reserveBytes = reserveBytes;
    this.everyMs = everyMs;
  }

  @Override
  public Future<?> start() {
    timer = vertx.setPeriodic(everyMs, id -> tick());
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timer);
    return Future.succeededFuture();
  }

  /** One look; a look still running (a long checkpoint) is not overlapped. */
  private void tick() {
    if (busy) return;
    busy = true;
    vertx.executeBlocking(() -> new long[] {space.usableBytes(), space.databaseBytes()}, false)
        .compose(s -> decide(s[0], s[1]))
        .onComplete(ar -> {
          busy = false;
          if (ar.failed()) LOG.warn("Could not check the data folder {}: {}", space.dir(), ar.cause().toString());
        });
  }

  private Future<Void> decide(long free, long dbBytes) {
    StoreHealth health = db.health();
    if (health.isUp()) {
      if (free < reserveBytes) {
        health.failed("only " + DiskSpace.mb(free) + " free in the data folder " + space.dir().toAbsolutePath()
            + ", below the reserve of " + DiskSpace.mb(reserveBytes));
      }
      return Future.succeededFuture();
    }
    if (free < reserveBytes + Math.max(dbBytes, MIN_HEADROOM)) return Future.succeededFuture();
    long seen = health.failures();
    return db.checkpoint().map(ok -> {
      if (ok) health.recoveredIfNoFailureSince(seen);
      return null;
    });
  }
}
