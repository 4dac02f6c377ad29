package recall.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/** Teacher accounts: name, salt and slow password hash. */
public final class AccountStore {
  private final Pool pool;

  public AccountStore(Pool pool) {
    this.pool = pool;
  }

  /** A stored account. */
  public record Account(String name, String salt, String hash, int iterations) {
  }

  public Future<Long> count() {
    return Tx.one(pool, Sql.ACCOUNT_COUNT).map(rows -> rows.iterator().next().getLong(0));
  }

  /** The account, or null. */
  public Future<Account> get(String name) {
    return Tx.one(pool, Sql.ACCOUNT_GET, Tuple.of(name)).map(rows -> {
      if (rows.size() == 0) return null;
      Row r = rows.iterator().next();
      return new Account(r.getString(0), r.getString(1), r.getString(2), r.getInteger(3));
    });
  }

  public Future<Void> create(Account a) {
    return Tx.one(pool, Sql.ACCOUNT_INSERT, Tuple.of(a.name(), a.salt(), a.hash(), a.iterations(), System.currentTimeMillis())).mapEmpty();
  }
}
