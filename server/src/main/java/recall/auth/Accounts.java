package recall.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import recall.store.AccountStore;
import recall.store.LoginSessionStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Teacher log-in: checks passwords (off the event loop), throttles guessing, and hands out session
 * tokens that serve both as the browser's cookie and as a bearer token for scripts. Sessions live
 * in the database (as hashes of their tokens) and end after {@code idleMs} without a request or
 * {@code maxMs} after log-in, whichever comes first.
 */
public final class Accounts {
  private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);
  public static final String FIRST_ACCOUNT = "teacher";
  /** How stale a session's last-seen time may get before a request writes it again. */
  private static final long TOUCH_EVERY_MS = 60_000;

  private final Vertx vertx;
  private final AccountStore store;
  private final LoginSessionStore sessions;
  private final Clock clock;
  private final long idleMs;
  private final long maxMs;
  private final LoginThrottle throttle = new LoginThrottle();
  private final KnownDevices devices = new KnownDevices();

  /**
   * The outcome of a log-in: a token, or how long to wait, or neither (wrong name or password);
   * with a token, {@code device} is the known-device cookie to give the browser.
   */
  public record Login(String token, long retryAfterMs, boolean mustChangePassword, String device) {
    public boolean ok() {
      return token != null;
    }
  }

  /** What a token is worth: a teacher, or why not ({@code expired}: it was good once). */
  public record Resolved(Teacher teacher, boolean mustChange, String tokenHash, boolean expired) {
    static final Resolved NONE = new Resolved(null, false, null, false);
    static final Resolved EXPIRED = new Resolved(null, false, null, true);
  }

  public Accounts(Vertx vertx, AccountStore store, LoginSessionStore sessions, Clock clock, long idleMs, long maxMs) {
    this.vertx = vertx;
    this.store = store;
    this.sessions = sessions;
    this.clock = clock;
    this.idleMs = idleMs;
    this.maxMs = maxMs;
  }

  public long maxMs() {
    return maxMs;
  }

  /**
   * On first start (no account yet) creates the admin {@code teacher} with the given password, or a
   * random one shown once on the console. On a database that has accounts, a password given is not
   * used, and the log says so instead of ignoring it silently.
   */
  public Future<Void> ensureFirstAccount(String password) {
    boolean given = password != null && !password.isEmpty();
    return store.count().compose(n -> {
      if (n > 0) {
        if (given) {
          LOG.warn("RECALL_TEACHER_PASSWORD is set but only applies on first start, and this database has accounts already:"
              + " it is not used. To set a new password, stop the server and run: java -jar server/target/recall.jar reset-password teacher");
        }
        return Future.succeededFuture();
      }
      String pw = given ? password : OneTimePassword.create();
      return vertx.executeBlocking(() -> PasswordHasher.hash(pw))
          .compose(h -> store.create(new AccountStore.Account(FIRST_ACCOUNT, h.salt(), h.hash(), h.iterations(),
              "Teacher", true, false, 0, null, false), clock.millis()))
          .onSuccess(v -> {
            if (!given) System.out.println(FirstStartBox.text(FIRST_ACCOUNT, pw));
            else LOG.info("Created the admin account '{}' with the password from RECALL_TEACHER_PASSWORD", FIRST_ACCOUNT);
          });
    });
  }

  /** User names are compared in lower case. */
  public static String normalize(String user) {
    return user.strip().toLowerCase(Locale.ROOT);
  }

  /** Checks a name and password from an address; never says which of the two was wrong. */
  public Future<Login> login(String userGiven, String password, String address) {
    return login(userGiven, password, address, null);
  }

  /**
   * As {@link #login(String, String, String)}, from a browser that may hold a known-device cookie:
   * such a browser keeps its own budget of failures while the account is under attack.
   */
  public Future<Login> login(String userGiven, String password, String address, String deviceCookie) {
    String user = normalize(userGiven);
    long now = clock.millis();
    LoginThrottle.Caller caller = new LoginThrottle.Caller(address, devices.recognise(deviceCookie, user));
    long wait = throttle.begin(caller, user, now);
    if (wait > 0) return Future.succeededFuture(new Login(null, wait, false, null));
    return store.get(user).compose(account -> vertx.executeBlocking(() -> {
      if (account == null || account.deleted()) {
        // Spend the same time as a real check, so timing does not tell which accounts exist.
        PasswordHasher.hash(password);
        return null;
      }
      return PasswordHasher.matches(password, account.salt(), account.hash(), account.iterations()) ? account : null;
    })).compose(account -> {
      if (account == null) {
        throttle.wrong(caller, user, clock.millis());
        return Future.succeededFuture(new Login(null, 0, false, null));
      }
      throttle.succeeded(caller, user, clock.millis());
      // A new session id at every log-in: a token planted before log-in is worth nothing.
      String token = PasswordHasher.randomSecret(32);
      long at = clock.millis();
      return sessions.insert(hash(token), user, at, at + maxMs)
          .compose(v -> store.loggedIn(user, at))
          .map(v -> new Login(token, 0, account.mustChange(), caller.device() != null ? deviceCookie : devices.issue(user)));
    });
  }

  /** Who a token belongs to; an idle or outlived session is ended here. */
  public Future<Resolved> resolve(String token) {
    if (token == null || token.isEmpty()) return Future.succeededFuture(Resolved.NONE);
    String h = hash(token);
    return sessions.find(h).compose(found -> {
      if (found == null || found.deleted()) return Future.succeededFuture(Resolved.NONE);
      long now = clock.millis();
      if (now >= found.expiresAt() || now - found.lastSeenAt() >= idleMs) {
        return sessions.delete(h).map(Resolved.EXPIRED);
      }
      Resolved ok = new Resolved(new Teacher(found.user(), found.displayName(), found.admin()), found.mustChange(), h, false);
      if (now - found.lastSeenAt() < Math.min(TOUCH_EVERY_MS, idleMs / 10)) return Future.succeededFuture(ok);
      return sessions.touch(h, now).map(ok);
    });
  }

  public Future<Void> logout(String token) {
    return token == null || token.isEmpty() ? Future.succeededFuture() : sessions.delete(hash(token));
  }

  /** The outcome of a password change. */
  public enum Change { DONE, WRONG_CURRENT, TOO_MANY_ATTEMPTS }

  /**
   * Changes a teacher's own password (already checked against {@link PasswordRules}) and ends every
   * other session of the account; the one that asked stays logged in.
   */
  public Future<Change> changePassword(String user, String current, String next, String keepTokenHash, String address) {
    if (throttle.begin(address, user, clock.millis()) > 0) return Future.succeededFuture(Change.TOO_MANY_ATTEMPTS);
    return store.get(user).compose(account -> vertx.executeBlocking(() -> {
      if (account == null || account.deleted()
          || !PasswordHasher.matches(current, account.salt(), account.hash(), account.iterations())) return null;
      return PasswordHasher.hash(next);
    })).compose(h -> {
      if (h == null) {
        throttle.wrong(new LoginThrottle.Caller(address, null), user, clock.millis());
        return Future.succeededFuture(Change.WRONG_CURRENT);
      }
      throttle.succeeded(new LoginThrottle.Caller(address, null), user, clock.millis());
      return store.setPassword(user, h.salt(), h.hash(), h.iterations(), false)
          .compose(v -> sessions.deleteOthers(user, keepTokenHash))
          .map(Change.DONE);
    });
  }

  /** Forgets every session past its end or idle for too long (a periodic clean-up). */
  public Future<Void> purge() {
    long now = clock.millis();
    return sessions.purge(now, now - idleMs);
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
