package recall.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/** Teacher accounts: name, display name, admin flag, slow password hash, last log-in. */
public final class AccountStore {
  private final Pool pool;

  public AccountStore(Pool pool) {
    this.pool = pool;
  }

  /**
   * A stored account.
   *
   * @param mustChange the password is a one-time one: it must be changed before anything else
   * @param deleted removed by an admin: it can no longer log in, what it made stays stored
   */
  public record Account(String name, String salt, String hash, int iterations, String displayName, boolean admin,
                        boolean mustChange, long createdAt, Long lastLoginAt, boolean deleted) {
  }

  public Future<Long> count() {
    return Tx.one(pool, Sql.ACCOUNT_COUNT).map(rows -> rows.iterator().next().getLong(0));
  }

  /** The account, removed ones included, or null. */
  public Future<Account> get(String name) {
    return Tx.one(pool, Sql.ACCOUNT_GET, Tuple.of(name)).map(rows -> {
      if (rows.size() == 0) return null;
      Row r = rows.iterator().next();
      return new Account(r.getString(0), r.getString(1), r.getString(2), r.getInteger(3), r.getString(4),
          Boolean.TRUE.equals(r.getBoolean(5)), Boolean.TRUE.equals(r.getBoolean(6)), r.getLong(7), r.getLong(8), r.getLong(9) != null);
    });
  }

  /** Adds an account; fails (primary key) when the name is taken, by a removed account too. */
  public Future<Void> create(Account a, long now) {
    return Tx.one(pool, Sql.ACCOUNT_INSERT, Tuple.from(new Object[] {a.name(), a.salt(), a.hash(), a.iterations(), now,
        a.displayName(), a.admin(), a.mustChange()})).mapEmpty();
  }

  /** {@code GET /api/teachers}: every account not removed, by name. */
  public Future<JsonArray> list() {
    return Tx.one(pool, Sql.ACCOUNT_LIST).map(rows -> {
      JsonArray out = new JsonArray();
      for (Row r : rows) {
        out.add(new JsonObject().put("user", r.getString(0)).put("displayName", r.getString(1))
            .put("admin", Boolean.TRUE.equals(r.getBoolean(2)))
            .put("createdAt", SessionStore.iso(r.getLong(3))).put("lastLoginAt", SessionStore.iso(r.getLong(4))));
      }
      return out;
    });
  }

  /** Sets a new password hash; false when there is no such (live) account. */
  public Future<Boolean> setPassword(String name, String salt, String hash, int iterations, boolean mustChange) {
    return Tx.one(pool, Sql.ACCOUNT_SET_PASSWORD, Tuple.of(salt, hash, iterations, mustChange, name)).map(r -> r.rowCount() > 0);
  }

  public Future<Void> loggedIn(String name, long at) {
    return Tx.one(pool, Sql.ACCOUNT_LOGGED_IN, Tuple.of(at, name)).mapEmpty();
  }

  /** Marks an account removed; false when there was no such live account. */
  public Future<Boolean> delete(String name, long at) {
    return Tx.one(pool, Sql.ACCOUNT_DELETE, Tuple.of(at, name)).map(r -> r.rowCount() > 0);
  }
}
