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
 * <p>The queue is owned by this verticle's context; {@link #save} may be called from any thread.
 */
public final class AnswerWriter extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(AnswerWriter.class);
  static final int MAX_BATCH = 500;

  private final Pool pool;
  private final LongConsumer commitNanos;
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private boolean writing;
  private volatile Context own;

  private record Pending(StoredAnswer answer, Promise<Void> done) {
  }

  /** @param commitNanos told how long each commit took, for the metrics */
  public AnswerWriter(Pool pool, LongConsumer commitNanos) {
    this.pool = pool;
    this.commitNanos = commitNanos;
  }

  @Override
  public Future<?> start() {
    own = context;
    return Future.succeededFuture();
  }

  /** Stores the answer; the future completes once it is committed and synced to disk. */
  public Future<Void> save(StoredAnswer answer) {
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
    insert(batch)
        .recover(err -> batch.size() > 1 ? insertOneByOne(batch) : Future.failedFuture(err))
        .onComplete(ar -> {
          commitNanos.accept(System.nanoTime() - start);
          if (ar.failed()) batch.forEach(p -> p.done().tryFail(ar.cause()));
          writeNext();
        });
  }

  private Future<Void> insert(List<Pending> batch) {
    List<Tuple> rows = batch.stream().map(p -> p.answer().tuple()).toList();
    return pool.withTransaction(conn -> conn.preparedQuery(Sql.ANSWER_INSERT).executeBatch(rows))
        .onSuccess(r -> batch.forEach(p -> p.done().tryComplete()))
        .mapEmpty();
  }

  /**
   * A failed batch is retried answer by answer, so that one bad row cannot lose the others. An
   * answer whose key is already stored counts as saved: it is there exactly once.
   */
  private Future<Void> insertOneByOne(List<Pending> batch) {
    Future<Void> chain = Future.succeededFuture();
    for (Pending p : batch) {
      chain = chain.compose(v -> pool.withTransaction(conn -> conn.preparedQuery(Sql.ANSWER_INSERT).execute(p.answer().tuple()))
          .<Void>mapEmpty()
          .recover(err -> {
            if (isDuplicate(err)) return Future.succeededFuture();
            LOG.error("Could not store the answer of player {} to question {} of session {}",
                p.answer().playerId(), p.answer().index(), p.answer().sessionId(), err);
            p.done().tryFail(err);
            return Future.succeededFuture();
          })
          .onSuccess(v2 -> p.done().tryComplete()));
    }
    return chain;
  }

  private static boolean isDuplicate(Throwable err) {
    String m = String.valueOf(err.getMessage());
    return m.contains("unique constraint") || m.contains("integrity constraint violation");
  }
}
