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
 * @param net timeouts, connection caps, allowed Host names and HTTPS
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
    NetConfig net) {

  /** The settings before the network ones existed: those take their defaults. */
  public Config(int port, String bind, Path dataDir, String dbUrl, Path questionsDir, String teacherPassword,
                String publicUrl, int joinLimit, int defaultTimeLimitSeconds, Path webDir) {
    this(port, bind, dataDir, dbUrl, questionsDir, teacherPassword, publicUrl, joinLimit, defaultTimeLimitSeconds, webDir, NetConfig.DEFAULTS);
  }

  /** Names of the settings, as environment variable and as flag. */
  private static final String[][] NAMES = {
      {"RECALL_PORT", "--port"},
      {"RECALL_BIND", "--bind"},
      {"RECALL_DATA", "--data"},
      {"RECALL_DB_URL", "--db-url"},
      {"RECALL_QUESTIONS", "--questions"},
      {"RECALL_TEACHER_PASSWORD", "--teacher-password"},
      {"RECALL_PUBLIC_URL", "--public-url"},
      {"RECALL_JOIN_LIMIT", "--join-limit"},
      {"RECALL_TIME_LIMIT", "--time-limit"},
      {"RECALL_WEB", "--web"},
      {"RECALL_IDLE_TIMEOUT", "--idle-timeout"},
      {"RECALL_HELLO_TIMEOUT", "--hello-timeout"},
      {"RECALL_MAX_CONNECTIONS_PER_ADDRESS", "--max-connections-per-address"},
      {"RECALL_MAX_CONNECTIONS", "--max-connections"},
      {"RECALL_ALLOWED_HOSTS", "--allowed-hosts"},
      {"RECALL_TLS", "--tls"},
      {"RECALL_TLS_CERT", "--tls-cert"},
      {"RECALL_TLS_KEY", "--tls-key"},
      {"RECALL_TRUST_PROXY", "--trust-proxy"},
  };

  /**
   * Defaults for tests: a free port on loopback, an in-memory database, no join limit, and a hello
   * timeout of a minute (a test may open a socket and set up its room before it says hello).
   */
  public static Config forTests(String dbName, Path questionsDir) {
    return new Config(0, "127.0.0.1", Path.of("target", "data-" + dbName),
        "jdbc:hsqldb:mem:" + dbName, questionsDir, "test-password", null, 0, 20, null, NetConfig.DEFAULTS.withTimeouts(60, 60));
  }

  /** Reads the environment, then the flags; an unknown flag or a bad number is an error. */
  public static Config from(Map<String, String> env, String[] args) {
    Map<String, String> v = new HashMap<>();
    for (String[] n : NAMES) {
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
      for (String[] n : NAMES) {
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
        NetConfig.from(v));
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

  /** A copy with another port (tests restart a server on the port it had). */
  public Config withPort(int newPort) {
    return new Config(newPort, bind, dataDir, dbUrl, questionsDir, teacherPassword, publicUrl, joinLimit, defaultTimeLimitSeconds, webDir, net);
  }

  /** A copy with another database URL. */
  public Config withDbUrl(String url) {
    return new Config(port, bind, dataDir, url, questionsDir, teacherPassword, publicUrl, joinLimit, defaultTimeLimitSeconds, webDir, net);
  }

  /** A copy with another join limit. */
  public Config withJoinLimit(int limit) {
    return new Config(port, bind, dataDir, dbUrl, questionsDir, teacherPassword, publicUrl, limit, defaultTimeLimitSeconds, webDir, net);
  }

  /** A copy serving the web client from a folder. */
  public Config withWebDir(Path dir) {
    return new Config(port, bind, dataDir, dbUrl, questionsDir, teacherPassword, publicUrl, joinLimit, defaultTimeLimitSeconds, dir, net);
  }

  /** A copy with other network settings. */
  public Config withNet(NetConfig settings) {
    return new Config(port, bind, dataDir, dbUrl, questionsDir, teacherPassword, publicUrl, joinLimit, defaultTimeLimitSeconds, webDir, settings);
  }

  /** The JDBC URL to open: the configured one, or the embedded file database under the data folder. */
  public String jdbcUrl() {
    if (dbUrl != null) return dbUrl;
    // write_delay=false: every commit is synced to the log before it returns, so an acknowledged
    // answer survives kill -9. Group commit (AnswerWriter) keeps that fast.
    return "jdbc:hsqldb:file:" + dataDir.resolve("recall").toAbsolutePath() + ";hsqldb.write_delay=false;hsqldb.lock_file=true";
  }
}
