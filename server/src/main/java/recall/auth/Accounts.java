package recall.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import recall.store.AccountStore;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Teacher log-in: checks passwords (off the event loop), throttles guessing, and hands out session
 * tokens that serve both as the browser's cookie and as a bearer token for scripts.
 */
public final class Accounts {
  private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);
  public static final String FIRST_ACCOUNT = "teacher";
  static final long SESSION_MS = 12 * 3600_000L;

  private final Vertx vertx;
  private final AccountStore store;
  private final LoginThrottle throttle = new LoginThrottle();
  private final KnownDevices devices = new KnownDevices();
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  private record Session(String user, long expires) {
  }

  /**
   * The outcome of a log-in: a token, or how long to wait, or neither (wrong name or password);
   * with a token, {@code device} is the known-device cookie to give the browser.
   */
  public record Login(String token, long retryAfterMs, String device) {
    public Login(String token, long retryAfterMs) {
      this(token, retryAfterMs, null);
    }

    public boolean ok() {
      return token != null;
    }
  }

  public Accounts(Vertx vertx, AccountStore store) {
    this.vertx = vertx;
    this.store = store;
  }

  /**
   * On first start (no account yet) creates {@code teacher} with the given password, or a random
   * one printed once on the console: the only time a secret is shown.
   */
  public Future<Void> ensureFirstAccount(String password) {
    return store.count().compose(n -> {
      if (n > 0) return Future.succeededFuture();
      boolean random = password == null || password.isEmpty();
      String pw = random ? PasswordHasher.randomSecret(9) : password;
      return vertx.executeBlocking(() -> PasswordHasher.hash(pw))
          .compose(h -> store.create(new AccountStore.Account(FIRST_ACCOUNT, h.salt(), h.hash(), h.iterations())))
          .onSuccess(v -> {
            if (random) System.out.println("Teacher login: " + FIRST_ACCOUNT + " / " + pw);
            else LOG.info("Created the account '{}' with the password from RECALL_TEACHER_PASSWORD", FIRST_ACCOUNT);
          });
    });
  }

  /** Checks a name and password from an address; never says which of the two was wrong. */
  public Future<Login> login(String user, String password, String address) {
    return login(user, password, address, null);
  }

  /**
   * As {@link #login(String, String, String)}, from a browser that may hold a known-device cookie:
   * such a browser keeps its own budget of failures while the account is under attack.
   */
  public Future<Login> login(String user, String password, String address, String deviceCookie) {
    long now = System.currentTimeMillis();
    LoginThrottle.Caller caller = new LoginThrottle.Caller(address, devices.recognise(deviceCookie, user));
    long wait = throttle.begin(caller, user, now);
    if (wait > 0) return Future.succeededFuture(new Login(null, wait));
    return store.get(user).compose(account -> vertx.executeBlocking(() -> {
      if (account == null) {
        // Spend the same time as a real check, so timing does not tell which accounts exist.
        PasswordHasher.hash(password);
        return false;
      }
      return PasswordHasher.matches(password, account.salt(), account.hash(), account.iterations());
    })).map(ok -> {
      if (!ok) {
        throttle.wrong(caller, user, System.currentTimeMillis());
        return new Login(null, 0);
      }
      throttle.succeeded(caller, user, System.currentTimeMillis());
      // A new session id at every log-in: a token planted before log-in is worth nothing.
      String token = PasswordHasher.randomSecret(32);
      sessions.put(token, new Session(user, System.currentTimeMillis() + SESSION_MS));
      return new Login(token, 0, caller.device() != null ? deviceCookie : devices.issue(user));
    });
  }

  /** The user a token belongs to, or null when it is unknown or expired. */
  public String userOf(String token) {
    if (token == null) return null;
    Session s = sessions.get(token);
    if (s == null) return null;
    if (s.expires() < System.currentTimeMillis()) {
      sessions.remove(token);
      return null;
    }
    return s.user();
  }

  public void logout(String token) {
    if (token != null) sessions.remove(token);
  }
}
