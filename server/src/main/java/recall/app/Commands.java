package recall.app;

import io.vertx.core.Vertx;
import recall.auth.Accounts;
import recall.auth.Staff;
import recall.store.AccountStore;
import recall.store.Db;
import recall.store.LoginSessionStore;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The commands besides serving: {@code --help} and {@code reset-password <user>}, which works on
 * the database directly with the server stopped. Each returns the process's exit code.
 */
public final class Commands {
  static final String RESET = "reset-password";

  private Commands() {
  }

  /** Whether the arguments name a command rather than the server's flags. */
  public static boolean isCommand(String[] args) {
    return args.length > 0 && (!args[0].startsWith("-") || args[0].equals("--help") || args[0].equals("-h"));
  }

  /** Runs the command the arguments name; the answer is the exit code. */
  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    String command = args[0];
    if (command.equals("--help") || command.equals("-h") || command.equals("help")) {
      out.print(help());
      return 0;
    }
    if (!command.equals(RESET)) {
      err.println("recall: unknown command '" + command + "'; see --help");
      return 2;
    }
    if (args.length < 2 || args[1].startsWith("-")) {
      err.println("recall: reset-password needs the user name: reset-password <user> [--data DIR | --db-url URL]");
      return 2;
    }
    Config config;
    try {
      config = Config.from(env, Arrays.copyOfRange(args, 2, args.length));
    } catch (IllegalArgumentException e) {
      err.println("recall: " + e.getMessage());
      return 2;
    }
    return resetPassword(config, Accounts.normalize(args[1]), out, err);
  }

  /** The {@code --help} text: every command and every setting. */
  static String help() {
    StringBuilder b = new StringBuilder()
        .append("Recall, a classroom quiz server.\n\n")
        .append("Usage:\n")
        .append("  java -jar server/target/recall.jar [flags]                       start the server\n")
        .append("  java -jar server/target/recall.jar reset-password <user> [flags] with the server stopped, give <user>\n")
        .append("                                                                   a one-time password (uses --data or --db-url)\n")
        .append("  java -jar server/target/recall.jar --help                        this text\n\n")
        .append("Flags (each also read from its environment variable; a flag wins):\n");
    for (String[] n : Config.names()) {
      b.append(String.format("  %-26s %-30s %s%n", n[1] + " VALUE", n[0], n[2]));
    }
    return b.toString();
  }

  private static int resetPassword(Config config, String user, PrintStream out, PrintStream err) {
    Vertx vertx = Vertx.vertx();
    try {
      String password = Db.open(vertx, config.jdbcUrl()).compose(db -> {
        Staff staff = new Staff(vertx, new AccountStore(db.pool()), new LoginSessionStore(db.pool()), Clock.systemUTC());
        return staff.reset(user).eventually(db::shutdown);
      }).toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
      if (password == null) {
        err.println("recall: there is no account '" + user + "' (or it was removed)");
        return 1;
      }
      out.println(OneTimeBox.text(user, password));
      return 0;
    } catch (Exception e) {
      if (inUse(e)) {
        err.println("recall: the database " + where(config) + " is in use by a running Recall server: stop the server, then run reset-password again");
      } else {
        err.println("recall: could not reset the password: " + rootMessage(e));
      }
      return 1;
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).exceptionally(t -> null).join();
    }
  }

  private static String where(Config config) {
    return config.dbUrl() != null ? config.dbUrl() : "in " + config.dataDir().toAbsolutePath().normalize();
  }

  /** HSQLDB refuses a file database that another process holds with a lock acquisition failure. */
  private static boolean inUse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("lock")) return true;
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  /** The new password in a box, as the first start shows the first one. */
  static final class OneTimeBox {
    private OneTimeBox() {
    }

    static String text(String user, String password) {
      String[] lines = {
          "New one-time password for " + user + ": " + password,
          "It is shown only once. At the next log-in Recall asks for a new password."};
      int width = Math.max(lines[0].length(), lines[1].length());
      String rule = "+" + "-".repeat(width + 2) + "+";
      StringBuilder b = new StringBuilder(rule).append('\n');
      for (String l : lines) b.append("| ").append(l).append(" ".repeat(width - l.length())).append(" |\n");
      return b.append(rule).toString();
    }
  }
}
