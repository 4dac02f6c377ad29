package recall.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * Teachers' log-in sessions, kept in the database so that a restart logs nobody out. Only the
 * SHA-256 of a token is stored; the caller hashes.
 */
public final class LoginSessionStore {
  private final Pool pool;

  public LoginSessionStore(Pool pool) {
    this.pool = pool;
  }

  /** A live session joined with its account. */
  public record Found(String user, String displayName, boolean admin, boolean mustChange, boolean deleted,
                      long lastSeenAt, long expiresAt) {
  }

  public Future<Void> insert(String tokenHash, String user, long now, long expiresAt) {
    return Tx.one(pool, Sql.LOGIN_INSERT, Tuple.of(tokenHash, user, now, now, expiresAt)).mapEmpty();
  }

  /** The session and its account, or null. */
  public Future<Found> find(String tokenHash) {
    return Tx.one(pool, Sql.LOGIN_GET, Tuple.of(tokenHash)).map(rows -> {
      if (rows.size() == 0) return null;
      Row r = rows.iterator().next();
      return new Found(r.getString(0), r.getString(3), Boolean.TRUE.equals(r.getBoolean(4)), Boolean.TRUE.equals(r.getBoolean(5)),
          r.getLong(6) != null, r.getLong(1), r.getLong(2));
    });
  }

  public Future<Void> touch(String tokenHash, long now) {
    return Tx.one(pool, Sql.LOGIN_TOUCH, Tuple.of(now, tokenHash)).mapEmpty();
  }

  public Future<Void> delete(String tokenHash) {
    return Tx.one(pool, Sql.LOGIN_DELETE, Tuple.of(tokenHash)).mapEmpty();
  }

  /** Ends every session of an account (a reset, a removal). */
  public Future<Void> deleteAll(String user) {
    return Tx.one(pool, Sql.LOGIN_DELETE_ACCOUNT, Tuple.of(user)).mapEmpty();
  }

  /** Ends every session of an account but one (a password change keeps the session that made it). */
  public Future<Void> deleteOthers(String user, String keepHash) {
    return Tx.one(pool, Sql.LOGIN_DELETE_OTHERS, Tuple.of(user, keepHash)).mapEmpty();
  }

  /** Forgets sessions past their end or idle since before {@code idleBefore}. */
  public Future<Void> purge(long now, long idleBefore) {
    return Tx.one(pool, Sql.LOGIN_PURGE, Tuple.of(now, idleBefore)).mapEmpty();
  }
}
