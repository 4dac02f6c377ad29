package recall.app;

import java.net.BindException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a teacher reads when Recall cannot start, or starts in a way that will surprise them:
 * one clear line each, in place of a stack trace.
 */
final class StartupProblems {
  private StartupProblems() {
  }

  /**
   * The one line that explains a failed start, or null when the failure is not one we know
   * (then the caller prints the whole trace, which a developer needs).
   */
  static String explain(Throwable failure, Config config) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (t instanceof BindException || message.contains("address already in use")) {
        return "Port " + config.port() + " is already in use (another Recall, or another program)."
            + " Start on another port with --port 9000 (or RECALL_PORT=9000).";
      }
      if (message.contains("lockfile") || message.contains("lock acquisition failure")) {
        return "Recall is already running on the data folder " + config.dataDir().toAbsolutePath()
            + " (its database is locked). Stop the other one, or give this one its own folder with --data (or RECALL_DATA).";
      }
    }
    return null;
  }

  /** Warnings for settings that work but are rarely what a classroom wants. */
  static List<String> warnings(Config config) {
    List<String> out = new ArrayList<>();
    String bind = config.bind();
    if (bind.startsWith("127.") || bind.equals("localhost") || bind.equals("::1")) {
      out.add("Listening on " + bind + " only: phones cannot reach this server."
          + " For a classroom, leave --bind out (it listens on every network) or give the Wi-Fi address.");
    }
    if (config.dbUrl() != null && config.dbUrl().startsWith("jdbc:hsqldb:mem:")) {
      out.add("RECALL_DB_URL is an in-memory database: nothing (accounts, quizzes, results) is kept when Recall stops.");
    }
    return out;
  }
}
