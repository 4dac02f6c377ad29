package recall.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * HSQLDB 2.7 does not tell a committing statement that its log could not be written: its log writer
 * catches the {@code IOException} of the flush and sync (ScriptWriterBase.forceSync), reports it as
 * a warning event and lets the commit return; a failed CHECKPOINT or SHUTDOWN is reported the same
 * way (a severe event) while the statement succeeds. With {@code hsqldb.extlog=2} in the URL these
 * events go to java.util.logging, under {@code hsqldb.db.<database name>.ENGINE}, synchronously, on
 * the thread that wrote. This bridge turns every WARNING or SEVERE event of a registered database
 * into {@link StoreHealth#failed}, before the failing commit returns.
 *
 * <p>java.util.logging resets itself when the JVM begins to exit (its own shutdown hook), so a
 * SHUTDOWN on SIGTERM is checked through the database's properties file instead (see {@link Db#shutdown}).
 */
final class EngineEvents {
  private static final Logger LOG = LoggerFactory.getLogger(EngineEvents.class);
  /** java.util.logging holds loggers weakly: this reference keeps the handler's logger alive. */
  private static final java.util.logging.Logger HSQLDB = java.util.logging.Logger.getLogger("hsqldb.db");
  private static final Map<String, StoreHealth> WATCHED = new ConcurrentHashMap<>();

  static {
    // HSQLDB must not reset java.util.logging when it starts logging, or the handler would go.
    if (System.getProperty("hsqldb.reconfig_logging") == null) System.setProperty("hsqldb.reconfig_logging", "false");
    HSQLDB.setUseParentHandlers(false);
    HSQLDB.addHandler(new Handler() {
      @Override
      public void publish(LogRecord r) {
        String name = r.getLoggerName();
        if (name == null || !name.startsWith("hsqldb.db.")) return;
        String db = name.substring("hsqldb.db.".length()).replaceFirst("\\.ENGINE$", "");
        StoreHealth health = WATCHED.get(db);
        if (r.getLevel().intValue() < Level.WARNING.intValue()) {
          LOG.debug("HSQLDB {}: {}", db, r.getMessage());
        } else if (health != null) {
          Throwable t = r.getThrown();
          health.failed("the database could not write to disk (" + r.getMessage().trim()
              + (t == null ? "" : " " + t.getMessage()) + ")");
        } else {
          LOG.warn("HSQLDB {}: {}", db, r.getMessage(), r.getThrown());
        }
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    });
  }

  private EngineEvents() {
  }

  /** Installs the bridge; call before the first database opens, so that HSQLDB keeps it. */
  static void install() {
    // The static initialiser did the work.
  }

  /** Reports the failures of the database of that name (its {@code DATABASE_NAME()}) to {@code health}. */
  static void watch(String databaseName, StoreHealth health) {
    WATCHED.put(databaseName, health);
  }

  static void unwatch(String databaseName) {
    WATCHED.remove(databaseName);
  }
}
