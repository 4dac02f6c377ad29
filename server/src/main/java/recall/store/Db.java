package recall.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.jdbcclient.JDBCConnectOptions;
import io.vertx.jdbcclient.JDBCPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The database: a pool over HSQLDB, the schema created or migrated at start, SHUTDOWN at stop. */
public final class Db {
  private static final Logger LOG = LoggerFactory.getLogger(Db.class);

  private final Pool pool;
  private final String url;

  private Db(Pool pool, String url) {
    this.pool = pool;
    this.url = url;
  }

  /** Opens the pool and brings the schema up to date. */
  public static Future<Db> open(Vertx vertx, String jdbcUrl) {
    JDBCConnectOptions connect = new JDBCConnectOptions().setJdbcUrl(jdbcUrl).setUser("SA").setPassword("");
    Pool pool = JDBCPool.pool(vertx, connect, new PoolOptions().setMaxSize(6).setName("recall-db"));
    Db db = new Db(pool, jdbcUrl);
    return db.migrate().map(db);
  }

  public Pool pool() {
    return pool;
  }

  private Future<Void> migrate() {
    return pool.withConnection(conn -> {
      Future<Void> chain = conn.query("SET DATABASE TRANSACTION CONTROL MVCC").execute().mapEmpty();
      for (String ddl : Sql.SCHEMA) {
        chain = chain.compose(v -> conn.query(ddl).execute().mapEmpty());
      }
      return chain.compose(v -> recordVersion(conn));
    });
  }

  private Future<Void> recordVersion(SqlConnection conn) {
    return conn.query(Sql.VERSION).execute().compose(rows -> {
      Row row = rows.iterator().next();
      Integer version = row.getInteger("V");
      if (version != null && version > Sql.SCHEMA_VERSION) {
        return Future.failedFuture("the database has schema version " + version
            + ", newer than this server's " + Sql.SCHEMA_VERSION + ": use a newer Recall");
      }
      if (version != null && version == Sql.SCHEMA_VERSION) return Future.succeededFuture();
      LOG.info("Database schema now at version {}", Sql.SCHEMA_VERSION);
      return conn.preparedQuery(Sql.SET_VERSION).execute(Tuple.of(Sql.SCHEMA_VERSION)).mapEmpty();
    });
  }

  /** Checks that the database answers (for /health). */
  public Future<Void> ping() {
    return pool.query("VALUES 1").execute().mapEmpty();
  }

  /** Writes everything to the files and closes the database, then the pool. */
  public Future<Void> shutdown() {
    return pool.query("SHUTDOWN").execute()
        .<Void>mapEmpty()
        .recover(err -> {
          LOG.warn("SHUTDOWN of {} failed: {}", url, err.getMessage());
          return Future.succeededFuture();
        })
        .eventually(pool::close);
  }
}
