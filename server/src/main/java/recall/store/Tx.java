package recall.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;

/**
 * Every statement on a pool runs in an explicit transaction ({@link PinnedConnections} never run
 * one, and keep the driver's auto-commit). vertx-jdbc-client 5.0.10 leaves a pooled
 * connection with auto-commit off after its first transaction ({@code JDBCTxOp} sets it to false
 * after commit and rollback), so a plain {@code pool.preparedQuery(...)} write could sit uncommitted
 * on that connection forever: a saved answer that is not saved. An explicit commit is always right.
 */
final class Tx {
  private Tx() {
  }

  static Future<RowSet<Row>> one(Pool pool, String sql, Tuple args) {
    return pool.withTransaction(conn -> conn.preparedQuery(sql).execute(args));
  }

  static Future<RowSet<Row>> one(Pool pool, String sql) {
    return one(pool, sql, Tuple.tuple());
  }
}
