package recall.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import recall.store.AccountStore;
import recall.store.LoginSessionStore;

import java.time.Clock;
import java.util.regex.Pattern;

/**
 * What an admin does with the staff's accounts: add a teacher, list them, reset a password, remove
 * one. Every new or reset password is a one-time one that must be changed at the next log-in. Also
 * used offline by {@code reset-password}.
 */
public final class Staff {
  /** Lower-case letters, digits, dot, dash and underscore, starting with a letter or digit. */
  static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");
  public static final int MAX_DISPLAY_NAME = 100;

  private final Vertx vertx;
  private final AccountStore store;
  private final LoginSessionStore sessions;
  private final Clock clock;

  public Staff(Vertx vertx, AccountStore store, LoginSessionStore sessions, Clock clock) {
    this.vertx = vertx;
    this.store = store;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** Why a user name is refused, or null. */
  public static String userNameProblem(String user) {
    return USER_NAME.matcher(user).matches() ? null
        : "A user name is 1 to 32 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit.";
  }

  /** A name taken by an account, a removed one included (its things stay stored under that name). */
  public static final class Taken extends RuntimeException {
    public Taken(String user) {
      super("The user name '" + user + "' is taken (perhaps by a removed account, whose things stay stored).");
    }
  }

  /** Adds a teacher (not an admin); the future holds the one-time password, or fails with {@link Taken}. */
  public Future<String> add(String user, String displayName) {
    String password = OneTimePassword.create();
    return store.get(user).compose(existing -> {
      if (existing != null) return Future.failedFuture(new Taken(user));
      return vertx.executeBlocking(() -> PasswordHasher.hash(password))
          .compose(h -> store.create(new AccountStore.Account(user, h.salt(), h.hash(), h.iterations(), displayName,
              false, true, 0, null, false), clock.millis()))
          .map(password);
    });
  }

  public Future<JsonArray> list() {
    return store.list();
  }

  /**
   * Gives an account a new one-time password and ends all its sessions; the future holds the
   * password, or null when there is no such account.
   */
  public Future<String> reset(String user) {
    String password = OneTimePassword.create();
    return vertx.executeBlocking(() -> PasswordHasher.hash(password))
        .compose(h -> store.setPassword(user, h.salt(), h.hash(), h.iterations(), true))
        .compose(found -> found ? sessions.deleteAll(user).map(password) : Future.succeededFuture(null));
  }

  /** Removes an account: it can no longer log in, its sessions end; false when there is none. */
  public Future<Boolean> remove(String user) {
    return store.delete(user, clock.millis())
        .compose(found -> found ? sessions.deleteAll(user).map(true) : Future.succeededFuture(false));
  }
}
