package recall.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The server's settings, read once at start from {@code RECALL_*} environment variables, then
 * command-line flags of the same meaning ({@code --port 9000} overrides {@code RECALL_PORT}).
 *
 * @param port HTTP and WebSocket port, 0 for a free one
 * @param bind address to listen on
 * @param dataDir folder of the embedded HSQLDB files
 * @param dbUrl a JDBC URL that replaces the embedded file database, or null
 * @param questionsDir folder of quiz documents loaded at start
 * @param teacherPassword password of the first-start {@code teacher} account, or null for a random one
 * @param publicUrl base URL of join links and QR codes, or null for the LAN address
 * @param joinLimit joins and PIN look-ups a minute from one address, 0 for no limit
 * @param defaultTimeLimitSeconds time limit of a question that names none
 * @param webDir folder of the web client to serve instead of the copy inside the jar, or null
 * @param sessionIdleMinutes a teacher's log-in session ends after this long without a request
 * @param sessionMaxHours a teacher's log-in session ends this long after log-in, however busy
 * @param diskReserveMb free space kept in the data folder: below it the server refuses to start,
 *     and stops acknowledging answers until there is room again
 * @param limits caps against floods, guessing and hostile input ({@link Limits})
 * @param net timeouts, connection caps, allowed Host names and HTTPS ({@link NetConfig})
 */
public record Config(
    int port,
    String bind,
    Path dataDir,
    String dbUrl,
    Path questionsDir,
    String teacherPassword,
    String publicUrl,
    int joinLimit,
    int defaultTimeLimitSeconds,
    Path webDir,
    int sessionIdleMinutes,
    int sessionMaxHours,
    int diskReserveMb,
    Limits limits,
    NetConfig net) {

  /** The version 1 settings alone; the later ones take a real server's defaults. */
  public Config(int port, String bind, Path dataDir, String dbUrl, Path questionsDir, String teacherPassword,
                String publicUrl, int joinLimit, int defaultTimeLimitSeconds, Path webDir) {
    this(port, bind, dataDir, dbUrl, questionsDir, teacherPassword, publicUrl, joinLimit, defaultTimeLimitSeconds, webDir,
        120, 12, 64, Limits.defaults(), NetConfig.DEFAULTS);
  }

  /** Names of the settings, as environment variable and as flag, with what {@code --help} says of each. */
  static final String[][] NAMES = {
      {"RECALL_PORT", "--port", "HTTP and WebSocket port; 0 picks a free one (default 8080)"},
      {"RECALL_BIND", "--bind", "address to listen on (default 0.0.0.0)"},
      {"RECALL_DATA", "--data", "folder of the embedded database files (default ./data)"},
      {"RECALL_DB_URL", "--db-url", "a JDBC URL to use instead of the embedded file database"},
      {"RECALL_QUESTIONS", "--questions", "folder of quiz documents loaded at start, the shared bank (default ./questions)"},
      {"RECALL_TEACHER_PASSWORD", "--teacher-password", "password of the admin 'teacher' created on first start only (default: random, shown once)"},
      {"RECALL_PUBLIC_URL", "--public-url", "base URL of join links and QR codes (default: the LAN address and port)"},
      {"RECALL_JOIN_LIMIT", "--join-limit", "joins and PIN look-ups a minute from one address, 0 for no limit (default 120)"},
      {"RECALL_TIME_LIMIT", "--time-limit", "seconds for a question that names no time limit (default 20)"},
      {"RECALL_WEB", "--web", "serve the web client from this folder instead of the jar's copy"},
      {"RECALL_SESSION_IDLE_MINUTES", "--session-idle-minutes", "a teacher is logged out after this many minutes without a request (default 120)"},
      {"RECALL_SESSION_MAX_HOURS", "--session-max-hours", "a teacher is logged out this many hours after log-in (default 12)"},
      {"RECALL_DISK_RESERVE_MB", "--disk-reserve-mb", "free space in MB kept in the data folder: no start below it, answers refused below it, 0 for none (default 64)"},
      {"RECALL_IDLE_TIMEOUT", "--idle-timeout", "seconds of silence before an HTTP or WebSocket connection is closed (default 60)"},
      {"RECALL_HELLO_TIMEOUT", "--hello-timeout", "seconds a new WebSocket has to say who it is (default 10)"},
      {"RECALL_MAX_CONNECTIONS_PER_ADDRESS", "--max-connections-per-address", "open connections from one address, 0 for no cap (default 200)"},
      {"RECALL_MAX_CONNECTIONS", "--max-connections", "open connections in all, 0 for no cap (default: from the open-files limit and the heap)"},
      {"RECALL_ALLOWED_HOSTS", "--allowed-hosts", "more Host names the server answers to, comma-separated, * for any"},
      {"RECALL_TLS", "--tls", "self-signed: HTTPS with a certificate made on first start (or give --tls-cert and --tls-key)"},
      {"RECALL_TLS_CERT", "--tls-cert", "PEM certificate (chain) for HTTPS"},
      {"RECALL_TLS_KEY", "--tls-key", "PEM private key for HTTPS"},
      {"RECALL_TRUST_PROXY", "--trust-proxy", "true: believe X-Forwarded-Proto from a proxy in front (default false)"},
      ClusterConfig.NAMES[0], ClusterConfig.NAMES[1], ClusterConfig.NAMES[2],
  };

  /** Defaults for tests: a free port on loopback, an in-memory database, no join limit. */
  public static Config forTests(String dbName, Path questionsDir) {
    return new Config(0, "127.0.0.1", Path.of("target", "data-" + dbName),
        "jdbc:hsqldb:mem:" + dbName, questionsDir, "test-password", null, 0, 20, null, 120, 12, 0, Limits.defaults(),
        // A hello timeout of a minute: a test may open a socket and set up its room before it says hello.
        NetConfig.DEFAULTS.withTimeouts(60, 60));
  }

  /** Reads the environment, then the flags; an unknown flag or a bad number is an error. */
  public static Config from(Map<String, String> env, String[] args) {
    Map<String, String> v = new HashMap<>();
    for (String[] n : names()) {
      if (env.get(n[0]) != null && !env.get(n[0]).isBlank()) v.put(n[0], env.get(n[0]));
    }
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      int eq = arg.indexOf('=');
      if (eq > 0) {
        value = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      }
      String key = null;
      for (String[] n : names()) {
        if (n[1].equals(arg)) key = n[0];
      }
      if (key == null) throw new IllegalArgumentException("unknown option " + arg + " (see README: Configuration)");
      if (value == null) {
        if (i + 1 >= args.length) throw new IllegalArgumentException(arg + " needs a value");
        value = args[++i];
      }
      v.put(key, value);
    }
    return new Config(
        number(v, "RECALL_PORT", 8080),
        v.getOrDefault("RECALL_BIND", "0.0.0.0"),
        Path.of(v.getOrDefault("RECALL_DATA", "./data")),
        v.get("RECALL_DB_URL"),
        Path.of(v.getOrDefault("RECALL_QUESTIONS", "./questions")),
        v.get("RECALL_TEACHER_PASSWORD"),
        v.get("RECALL_PUBLIC_URL"),
        number(v, "RECALL_JOIN_LIMIT", 120),
        number(v, "RECALL_TIME_LIMIT", 20),
        v.containsKey("RECALL_WEB") ? Path.of(v.get("RECALL_WEB")) : null,
        positive(v, "RECALL_SESSION_IDLE_MINUTES", 120),
        positive(v, "RECALL_SESSION_MAX_HOURS", 12),
        number(v, "RECALL_DISK_RESERVE_MB", 64),
        Limits.from(v),
        NetConfig.from(v));
  }

  /** Every setting: these, then those of {@link Limits}, as {env, flag, help}. */
  static String[][] names() {
    String[][] all = java.util.Arrays.copyOf(NAMES, NAMES.length + Limits.NAMES.length);
    System.arraycopy(Limits.NAMES, 0, all, NAMES.length, Limits.NAMES.length);
    return all;
  }

  private static int positive(Map<String, String> v, String key, int fallback) {
    int n = number(v, key, fallback);
    if (n == 0) throw new IllegalArgumentException(key + " must be at least 1");
    return n;
  }

  static int number(Map<String, String> v, String key, int fallback) {
    String s = v.get(key);
    if (s == null) return fallback;
    try {
      int n = Integer.parseInt(s.trim());
      if (n < 0) throw new NumberFormatException();
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number >= 0, not '" + s + "'");
    }
  }

  /**
   * A config being copied with a few settings changed: every {@code with*} below changes its own
   * fields, so that adding a setting touches this one place rather than every copy.
   */
  private static final class Copy {
    int port;
    String bind;
    Path dataDir;
    String dbUrl;
    Path questionsDir;
    String teacherPassword;
    String publicUrl;
    int joinLimit;
    int defaultTimeLimitSeconds;
    Path webDir;
    int sessionIdleMinutes;
    int sessionMaxHours;
    int diskReserveMb;
    Limits limits;
    NetConfig net;

    Copy(Config c) {
      port = c.port;
      bind = c.bind;
      dataDir = c.dataDir;
      dbUrl = c.dbUrl;
      questionsDir = c.questionsDir;
      teacherPassword = c.teacherPassword;
      publicUrl = c.publicUrl;
      joinLimit = c.joinLimit;
      defaultTimeLimitSeconds = c.defaultTimeLimitSeconds;
      webDir = c.webDir;
      sessionIdleMinutes = c.sessionIdleMinutes;
      sessionMaxHours = c.sessionMaxHours;
      diskReserveMb = c.diskReserveMb;
      limits = c.limits;
      net = c.net;
    }

    Config build() {
      return new Config(port, bind, dataDir, dbUrl, questionsDir, teacherPassword, publicUrl, joinLimit, defaultTimeLimitSeconds,
          webDir, sessionIdleMinutes, sessionMaxHours, diskReserveMb, limits, net);
    }
  }

  private Config with(java.util.function.Consumer<Copy> change) {
    Copy c = new Copy(this);
    change.accept(c);
    return c.build();
  }

  /** A copy with another port (tests restart a server on the port it had). */
  public Config withPort(int newPort) {
    return with(c -> c.port = newPort);
  }

  /** A copy with another database URL. */
  public Config withDbUrl(String url) {
    return with(c -> c.dbUrl = url);
  }

  /** A copy with another join limit. */
  public Config withJoinLimit(int limit) {
    return with(c -> c.joinLimit = limit);
  }

  /** A copy serving the web client from a folder. */
  public Config withWebDir(Path dir) {
    return with(c -> c.webDir = dir);
  }

  /** A copy with other session limits (tests of the idle timeout). */
  public Config withSessionLimits(int idleMinutes, int maxHours) {
    return with(c -> {
      c.sessionIdleMinutes = idleMinutes;
      c.sessionMaxHours = maxHours;
    });
  }

  /** A copy with another time limit for questions that name none. */
  public Config withDefaultTimeLimit(int seconds) {
    return with(c -> c.defaultTimeLimitSeconds = seconds);
  }

  /** A copy with other network settings. */
  public Config withNet(NetConfig settings) {
    return with(c -> c.net = settings);
  }

  /** A copy with another data folder. */
  public Config withDataDir(Path dir) {
    return with(c -> c.dataDir = dir);
  }

  /** A copy with other limits. */
  public Config withLimits(Limits newLimits) {
    return with(c -> c.limits = newLimits);
  }

  /** A copy with another first-start password. */
  public Config withTeacherPassword(String password) {
    return with(c -> c.teacherPassword = password);
  }

  /** The JDBC URL to open: the configured one, or the embedded file database under the data folder. */
  public String jdbcUrl() {
    if (dbUrl != null) return dbUrl;
    // write_delay=false: every commit is synced to the log before it returns, so an acknowledged
    // answer survives kill -9. Group commit (AnswerWriter) keeps that fast.
    return "jdbc:hsqldb:file:" + dataDir.resolve("recall").toAbsolutePath() + ";hsqldb.write_delay=false;hsqldb.lock_file=true"
        // extlog=2: the engine reports failed log writes as events (store.EngineEvents), not only to its own file.
        + ";hsqldb.extlog=2";
  }
}
