package recall.support;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server in a JVM of its own, started the way the contract says (environment variables,
 * the {@code Recall listening on ...} line), so that a test can kill it with SIGKILL or SIGTERM and
 * start it again on the same data folder. The shaded jar is not built yet while tests run, so it
 * runs {@code recall.app.Main} on the test class path.
 */
public final class ForkedServer {
  public static final String PASSWORD = "forked-password";
  private static final Pattern LISTENING = Pattern.compile("Recall listening on http://([^:/\\s]+):(\\d+)");
  private static final long START_TIMEOUT_MS = 150_000;
  /** Every server forked by this JVM; whatever a failed test left running is killed when the JVM exits. */
  private static final List<Process> FORKED = new java.util.concurrent.CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> FORKED.forEach(p -> p.toHandle().destroyForcibly()), "kill-forked-servers"));
  }

  public final Process process;
  public final int port;
  public final WebClient http;
  private final List<String> stdout;
  private final Path log;
  private final Context context;
  private final Future<Void> stdoutEnded;

  private ForkedServer(Process process, int port, WebClient http, List<String> stdout, Path log, Context context, Future<Void> stdoutEnded) {
    this.process = process;
    this.port = port;
    this.http = http;
    this.stdout = stdout;
    this.log = log;
    this.context = context;
    this.stdoutEnded = stdoutEnded;
  }

  /**
   * Starts {@code recall.app.Main} on a free port with its database under {@code dataDir}; the
   * future completes once the server printed that it listens. Its log goes to {@code name.log}
   * in the data folder.
   */
  public static Future<ForkedServer> start(Vertx vertx, Path dataDir, String name) {
    return start(vertx, dataDir, dataDir, name, List.of(), java.util.Map.of());
  }

  /** As above, with more environment variables (a shared database, a cluster's ports). */
  public static Future<ForkedServer> start(Vertx vertx, Path dataDir, String name, java.util.Map<String, String> env) {
    return start(vertx, dataDir, dataDir, name, List.of(), env);
  }

  /**
   * As {@link #start(Vertx, Path, String)}, with the log in {@code logDir} (not on a data folder the
   * test fills) and extra environment variables.
   */
  public static Future<ForkedServer> start(Vertx vertx, Path dataDir, Path logDir, String name, java.util.Map<String, String> env) {
    return start(vertx, dataDir, logDir, name, List.of(), env);
  }

  /** The same, with JVM options (such as {@code -Xmx256m}) and more RECALL_* variables. */
  public static Future<ForkedServer> start(Vertx vertx, Path dataDir, String name, List<String> jvmOptions, java.util.Map<String, String> env) {
    return start(vertx, dataDir, dataDir, name, jvmOptions, env);
  }

  /** Every option: data and log folders, JVM options and more RECALL_* variables. */
  public static Future<ForkedServer> start(Vertx vertx, Path dataDir, Path logDir, String name, List<String> jvmOptions,
                                           java.util.Map<String, String> env) {
    Promise<ForkedServer> started = Promise.promise();
    // The process's callbacks come on threads of their own; the test's go on to this context.
    Context context = vertx.getOrCreateContext();
    Path log = logDir.resolve(name + ".log");
    Process process;
    try {
      Files.createDirectories(dataDir);
      Files.createDirectories(logDir);
      List<String> cmd = new ArrayList<>(List.of(javaBinary()));
      cmd.addAll(jvmOptions);
      cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "recall.app.Main"));
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
      pb.environment().put("RECALL_PORT", "0");
      pb.environment().put("RECALL_BIND", "127.0.0.1");
      pb.environment().put("RECALL_DATA", dataDir.toAbsolutePath().toString());
      pb.environment().put("RECALL_TEACHER_PASSWORD", PASSWORD);
      pb.environment().put("RECALL_QUESTIONS", TestServer.QUESTIONS.toAbsolutePath().toString());
      pb.environment().put("RECALL_JOIN_LIMIT", "0");
      pb.environment().remove("RECALL_DB_URL");
      pb.environment().putAll(env);
      process = pb.start();
      FORKED.add(process);
    } catch (IOException e) {
      return Future.failedFuture(e);
    }
    List<String> lines = new ArrayList<>();
    Promise<Void> ended = Promise.promise();
    long timer = vertx.setTimer(START_TIMEOUT_MS, id -> {
      process.destroyForcibly();
      started.tryFail(new TimeoutException("no 'Recall listening on' within " + START_TIMEOUT_MS + " ms; log " + log));
    });
    // stdout is read to its end on a thread of its own, so the server never blocks on a full pipe.
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          synchronized (lines) {
            lines.add(line);
          }
          Matcher m = LISTENING.matcher(line);
          if (m.find() && !started.future().isComplete()) {
            int port = Integer.parseInt(m.group(2));
            WebClient http = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port));
            ForkedServer server = new ForkedServer(process, port, http, lines, log, context, ended.future());
            context.runOnContext(v -> {
              vertx.cancelTimer(timer);
              started.tryComplete(server);
            });
          }
        }
      } catch (IOException ignored) {
        // The process was killed: its pipe is gone.
      }
      int exit = process.onExit().join().exitValue();
      context.runOnContext(v -> {
        ended.tryComplete();
        vertx.cancelTimer(timer);
        started.tryFail(new IllegalStateException("the server ended before it listened; exit " + exit + ", log " + log + ": " + readLog(log)));
      });
    }, "forked-server-stdout-" + name);
    reader.setDaemon(true);
    reader.start();
    return started.future();
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String readLog(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** The server's stderr so far (its SLF4J log). */
  public String log() {
    return readLog(log);
  }

  /** Everything the server printed on stdout so far. */
  public List<String> stdout() {
    synchronized (stdout) {
      return List.copyOf(stdout);
    }
  }

  /** Logs in as the teacher; the future holds the bearer token. */
  public Future<String> login() {
    return http.post("/api/login").sendJsonObject(new JsonObject().put("user", "teacher").put("password", PASSWORD)).map(r -> {
      if (r.statusCode() != 200) throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.bodyAsString());
      return r.bodyAsJsonObject().getString("token");
    });
  }

  public Future<HttpResponse<Buffer>> get(String token, String path) {
    return http.request(HttpMethod.GET, path).bearerTokenAuthentication(token).send();
  }

  public Future<HttpResponse<Buffer>> post(String token, String path, JsonObject body) {
    return http.request(HttpMethod.POST, path).bearerTokenAuthentication(token).sendJsonObject(body);
  }

  /** SIGKILL, as {@code kill -9}: completes with the exit code once the process is gone and its output read. */
  public Future<Integer> kill() {
    // Through the handle: Process.destroy* would also close the pipes, and the last lines be lost.
    process.toHandle().destroyForcibly();
    return exited();
  }

  /** SIGTERM, as {@code kill}: completes with the exit code once the process has stopped and its output is read. */
  public Future<Integer> terminate() {
    process.toHandle().destroy();
    return exited();
  }

  private Future<Integer> exited() {
    return Future.fromCompletionStage(process.onExit(), context).compose(p -> stdoutEnded.map(v -> {
      http.close();
      return p.exitValue();
    }));
  }
}
