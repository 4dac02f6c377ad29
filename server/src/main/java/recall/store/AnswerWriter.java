package recall.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Group commit of answers. The database syncs its log on every commit (write_delay=false) so that
 * an acknowledged answer survives kill -9; one commit per answer would cap the server at a few
 * hundred answers a second. So one writer gathers whatever answers arrived while the previous
 * commit was on disk, up to {@link #MAX_BATCH}, stores them in one transaction, then completes
 * them all. A lone answer is written at once: there is no waiting to fill a batch.
 *
 * <p>An answer counts as saved only if no storage failure was reported while its batch was
 * committed: HSQLDB lets a commit return even when its log could not be written (see
 * {@link EngineEvents}). While the store is DOWN, answers are refused at once, never queued.
 *
 * <p>The queue is owned by this verticle's context; {@link #save} may be called from any thread.
 */
public final class AnswerWriter extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(AnswerWriter.class);
  static final int MAX_BATCH = 500;

  private final Pool pool;
  private final LongConsumer commitNanos;
  private final StoreHealth health;
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private boolean writing;
  private volatile Context own;

  private record Pending(StoredAnswer answer, Promise<Void> done) {
  }

  /**
   * @param commitNanos told how long each commit took, for the metrics
   * @param health refuses answers while the store is DOWN, and tells whether a commit reached the disk
   */
  public AnswerWriter(Pool pool, LongConsumer commitNanos, StoreHealth health) {
    this.pool = pool;
    this.commitNanos = commitNanos;
    this.health = health;
  }

  @Override
  public Future<?> start() {
    own = context;
    return Future.succeededFuture();
  }

  /** Stores the answer; the future completes once it is committed and synced to disk. */
  public Future<Void> save(StoredAnswer answer) {
    if (!health.isUp()) return health.admit();
    Promise<Void> done = Promise.promise();
    own.runOnContext(v -> {
      queue.add(new Pending(answer, done));
      if (!writing) writeNext();
    });
    return done.future();
  }

  private void writeNext() {
    if (queue.isEmpty()) {
      writing = false;
      return;
    }
    writing = true;
    List<Pending> batch = new ArrayList<>(Math.min(queue.size(), MAX_BATCH));
    while (!queue.isEmpty() && batch.size() < MAX_BATCH) batch.add(queue.poll());
    long start = System.nanoTime();
    long failuresBefore = health.failures();
    List<Promise<Void>> stored = batch.stream().map(p -> Promise.<Void>promise()).toList();
    health.admit()
        .compose(v -> insert(batch))
        .onSuccess(v -> stored.forEach(Promise::tryComplete))
        // One by one even for a lone answer: it may be stored already, from an attempt refused as not durable.
        .recover(err -> health.isUp() ? insertOneByOne(batch, stored) : Future.failedFuture(err))
        .onComplete(ar -> {
          commitNanos.accept(System.nanoTime() - start);
          // A failure reported while this batch was committed may have torn its log record.
          boolean durable = health.failures() == failuresBefore;
          for (int i = 0; i < batch.size(); i++) {
            Future<Void> one = stored.get(i).future();
            if (one.succeeded() && durable) batch.get(i).done().tryComplete();
            else batch.get(i).done().tryFail(one.failed() ? one.cause() : notDurable());
          }
          writeNext();
        });
  }

  private Future<Void> insert(List<Pending> batch) {
    List<Tuple> rows = batch.stream().map(p -> p.answer().tuple()).toList();
    return pool.withTransaction(conn -> conn.preparedQuery(Sql.ANSWER_INSERT).executeBatch(rows)).mapEmpty();
  }

  /**
   * A failed batch is retried answer by answer, so that one bad row cannot lose the others. An
   * answer whose key is already stored counts as saved: it is there exactly once.
   */
  private Future<Void> insertOneByOne(List<Pending> batch, List<Promise<Void>> stored) {
    Future<Void> chain = Future.succeededFuture();
    for (int i = 0; i < batch.size(); i++) {
      Pending p = batch.get(i);
      Promise<Void> one = stored.get(i);
      chain = chain.compose(v -> pool.withTransaction(conn -> conn.preparedQuery(Sql.ANSWER_INSERT).execute(p.answer().tuple()))
          .<Void>mapEmpty()
          .recover(err -> {
            if (isDuplicate(err)) return Future.succeededFuture();
            // While the store is DOWN its one ERROR says why; an answer's own failure is logged here.
            if (health.isUp()) {
              LOG.error("Could not store the answer of player {} to question {} of session {}",
                  p.answer().playerId(), p.answer().index(), p.answer().sessionId(), err);
            }
            one.tryFail(err);
            return Future.succeededFuture();
          })
          .onSuccess(v2 -> one.tryComplete()));
    }
    return chain;
  }

  private Throwable notDurable() {
    String reason = health.reason();
    return new StoreHealth.StoreDown(reason != null ? reason : "a storage failure was reported while the answer was committed");
  }

  private static boolean isDuplicate(Throwable err) {
    String m = String.valueOf(err.getMessage());
    return m.contains("unique constraint") || m.contains("integrity constraint violation");
  }
}
