package recall.store;

import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the store may take writes. It is UP until a write or sync to disk fails or free space
 * falls below the reserve; then it is DOWN, with a reason, until {@link DiskWatch} has checkpointed
 * the database into fresh files. While DOWN nothing is acknowledged as saved, {@code /health}
 * answers 503, and the episode is logged once at ERROR, not once per refused answer.
 *
 * <p>Read and changed from several threads (the answer writer, HTTP event loops, JDBC workers
 * that report engine failures), so the state is one atomic reference.
 */
public final class StoreHealth {
  private static final Logger LOG = LoggerFactory.getLogger(StoreHealth.class);

  /** The state of the store: {@code reason} is null while it is UP. */
  private record State(String reason, long sinceMillis) {
  }

  private final AtomicReference<State> state = new AtomicReference<>(new State(null, 0));
  /** Counts every failure reported; a commit that saw it change did not reach the disk for sure. */
  private final AtomicLong failures = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();

  /** Thrown to writers while the store is DOWN; its message is the reason, fit for /health. */
  public static final class StoreDown extends RuntimeException {
    public StoreDown(String reason) {
      super(reason, null, false, false);
    }
  }

  public boolean isUp() {
    return state.get().reason() == null;
  }

  /** The reason the store is DOWN, or null. */
  public String reason() {
    return state.get().reason();
  }

  /** A counter that changes with every failure: compare it before and after a commit. */
  public long failures() {
    return failures.get();
  }

  /** A write or sync failed, or space ran low: the store turns DOWN (logged once per episode). */
  public void failed(String reason) {
    failures.incrementAndGet();
    State down = new State(reason, System.currentTimeMillis());
    State now;
    do {
      now = state.get();
      if (now.reason() != null) return;
    } while (!state.compareAndSet(now, down));
    LOG.error("STORAGE FAILURE: {}. Answers are refused (not-saved) and /health is DOWN until the database is "
        + "checkpointed into fresh files; free disk space in the data folder.", reason);
  }

  /**
   * The database was checkpointed with no failure: writes are taken again, unless a failure was
   * reported after {@code seenFailures} was read.
   */
  public void recoveredIfNoFailureSince(long seenFailures) {
    State was = state.get();
    if (was.reason() == null || failures.get() != seenFailures || !state.compareAndSet(was, new State(null, 0))) return;
    LOG.warn("Storage healthy again after {} s DOWN ({} writes refused meanwhile); answers are acknowledged again",
        (System.currentTimeMillis() - was.sinceMillis()) / 1000, refused.getAndSet(0));
  }

  /** Succeeds while UP; fails with {@link StoreDown} and counts one refused write while DOWN. */
  public Future<Void> admit() {
    String reason = reason();
    if (reason == null) return Future.succeededFuture();
    refused.incrementAndGet();
    return Future.failedFuture(new StoreDown(reason));
  }

  /** For /health: succeeds while UP, fails with the reason while DOWN (not counted as refused). */
  public Future<Void> check() {
    String reason = reason();
    return reason == null ? Future.succeededFuture() : Future.failedFuture(new StoreDown(reason));
  }
}
