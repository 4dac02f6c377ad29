package recall.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;

/**
 * Every statement runs in an explicit transaction. vertx-jdbc-client 5.0.10 leaves a pooled
 * connection with auto-commit off after its first transaction ({@code JDBCTxOp} sets it to false
 * after commit and rollback), so a plain {@code pool.preparedQuery(...)} write could sit uncommitted
 * on that connection forever: a saved answer that is not saved. An explicit commit is always right.
 */
final class Tx {
  private Tx() {
  }

  /**
   * One statement in auto-commit, for a pool that never runs a transaction (so its connections keep
   * the driver's auto-commit): one trip to a worker thread instead of three (begin, statement,
   * commit). The lease and takeover pools use only this; a renewal or a claim is one statement.
   */
  static Future<RowSet<Row>> auto(Pool pool, String sql, Tuple args) {
    return pool.preparedQuery(sql).execute(args);
  }

  static Future<RowSet<Row>> one(Pool pool, String sql, Tuple args) {
    return pool.withTransaction(conn -> conn.preparedQuery(sql).execute(args));
  }

  static Future<RowSet<Row>> one(Pool pool, String sql) {
    return one(pool, sql, Tuple.tuple());
  }
}
