package recall.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes statements in the order they were asked for, gathering whatever arrived while the previous
 * commit was on its way into one transaction (a run of the same statement as one JDBC batch), as
 * {@link AnswerWriter} does for answers. Order matters here: a room's phase written after its
 * question opened must not be overtaken by an older one. The queue is owned by one context.
 */
final class OrderedWriter {
  private static final Logger LOG = LoggerFactory.getLogger(OrderedWriter.class);
  static final int MAX_BATCH = 500;

  private final Context own;
  private final Pool pool;
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private boolean writing;

  private record Pending(String sql, Tuple args, Promise<Void> done) {
  }

  OrderedWriter(Context own, Pool pool) {
    this.own = own;
    this.pool = pool;
  }

  /** Queues a statement; the future completes once it is committed. May be called from any thread. */
  Future<Void> write(String sql, Tuple args) {
    Promise<Void> done = Promise.promise();
    own.runOnContext(v -> {
      queue.add(new Pending(sql, args, done));
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
    pool.withTransaction(conn -> runs(conn, batch))
        .onSuccess(v -> batch.forEach(p -> p.done().tryComplete()))
        .recover(err -> batch.size() > 1 ? oneByOne(batch) : fail(batch.get(0), err))
        .onComplete(ar -> own.runOnContext(v -> writeNext()));
  }

  /** The batch as consecutive runs of one statement, each run one JDBC batch, in order. */
  private static Future<Void> runs(SqlConnection conn, List<Pending> batch) {
    Future<Void> chain = Future.succeededFuture();
    int i = 0;
    while (i < batch.size()) {
      String sql = batch.get(i).sql();
      List<Tuple> args = new ArrayList<>();
      while (i < batch.size() && batch.get(i).sql().equals(sql)) args.add(batch.get(i++).args());
      chain = chain.compose(v -> args.size() == 1 ? conn.preparedQuery(sql).execute(args.get(0)).mapEmpty()
          : conn.preparedQuery(sql).executeBatch(args).mapEmpty());
    }
    return chain;
  }

  /** A failed batch is retried statement by statement, so that one bad row cannot lose the others. */
  private Future<Void> oneByOne(List<Pending> batch) {
    Future<Void> chain = Future.succeededFuture();
    for (Pending p : batch) {
      chain = chain.compose(v -> pool.withTransaction(conn -> conn.preparedQuery(p.sql()).execute(p.args()))
          .<Void>mapEmpty()
          .onSuccess(v2 -> p.done().tryComplete())
          .recover(err -> fail(p, err)));
    }
    return chain;
  }

  private static Future<Void> fail(Pending p, Throwable err) {
    // A duplicate insert is the caller's to judge (a PIN taken by another node): no need to shout.
    if (!Dialect.duplicate(err)) LOG.error("Could not write the live room change {}", p.sql(), err);
    p.done().tryFail(err);
    return Future.succeededFuture();
  }
}
