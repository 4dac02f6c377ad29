package recall.store;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import io.vertx.jdbcclient.JDBCConnectOptions;
import io.vertx.jdbcclient.impl.ConnectionImpl;
import io.vertx.jdbcclient.impl.FakeDriver;
import io.vertx.jdbcclient.impl.actions.JDBCStatementHelper;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.internal.SqlConnectionBase;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Connections that no event loop stands in the way of: each is opened on, and only ever used from,
 * a worker context of its own, and statements are handed to them in turn. The JDBC client runs a
 * connection's calls on the context it was opened on and completes them there; but its pool opens
 * every connection on an event-loop context (with {@code eventLoopSize} 0, one on the event loop of
 * whoever asked, even a worker), so each pooled statement waits for an event loop to start and to
 * complete, and under a flood of sockets that is seconds. These are therefore built here as the JDBC
 * client's pool builds its own (its connection factory is private), on the worker context and
 * outside any pool; the classes are the client's, pinned at 5.0.10 by the BOM. Statements here are
 * single and auto-committed (no transaction ever runs on these connections, so they keep the driver's
 * auto-commit: one trip to a worker thread per statement, not three), and their futures
 * complete on the worker context, so what follows them runs off the event loops too.
 */
public final class PinnedConnections {
  /** One connection and the worker context that owns it (its field is touched only on that context). */
  private static final class Lane {
    private final ContextInternal context;
    private final JDBCConnectOptions options;
    private Future<SqlConnection> connection;

    private Lane(ContextInternal context, JDBCConnectOptions options) {
      this.context = context;
      this.options = options;
    }

    /** A connection of the JDBC client whose calls run on, and complete on, this lane's worker context. */
    private Future<SqlConnection> open() {
      return context.executeBlocking(() -> {
        java.sql.Connection jdbc = DriverManager.getConnection(options.getJdbcUrl(), options.getUser(), options.getPassword());
        ConnectionImpl impl = new ConnectionImpl(new JDBCStatementHelper(), context, options, jdbc, null,
            options.getUser(), options.getDatabase(), null);
        return new SqlConnectionBase<>(context, null, impl, FakeDriver.INSTANCE);
      });
    }

    private Future<RowSet<Row>> run(String sql, Tuple args) {
      if (connection == null) connection = open();
      Future<SqlConnection> used = connection;
      return used.compose(c -> c.preparedQuery(sql).execute(args)).onFailure(err -> {
        // A statement failed, maybe because the connection broke (a database restarted): the next
        // statement opens a fresh one. A plain SQL error costs a reconnection, which is cheap.
        if (connection == used) connection = null;
        used.onSuccess(SqlConnection::close);
      });
    }

    private Future<Void> close() {
      Promise<Void> closed = context.promise();
      context.runOnContext(v -> {
        Future<SqlConnection> open = connection;
        connection = null;
        if (open == null) closed.complete();
        else open.compose(SqlConnection::close).otherwiseEmpty().onComplete(closed);
      });
      return closed.future();
    }
  }

  private final List<Lane> lanes = new ArrayList<>();
  private final AtomicInteger next = new AtomicInteger();

  PinnedConnections(VertxInternal vertx, JDBCConnectOptions connect, int size) {
    for (int i = 0; i < size; i++) {
      lanes.add(new Lane(vertx.createWorkerContext(), new JDBCConnectOptions(connect)));
    }
  }

  /** One statement in auto-commit on the next connection; the future completes on that connection's worker context. */
  public Future<RowSet<Row>> auto(String sql, Tuple args) {
    Lane lane = lanes.get(Math.floorMod(next.getAndIncrement(), lanes.size()));
    Promise<RowSet<Row>> done = lane.context.promise();
    lane.context.runOnContext(v -> lane.run(sql, args).onComplete(done));
    return done.future();
  }

  Future<Void> close() {
    return Future.join(lanes.stream().map(Lane::close).toList()).mapEmpty();
  }
}
