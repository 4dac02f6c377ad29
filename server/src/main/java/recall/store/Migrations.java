package recall.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The schema's history as numbered steps, run in order at start from the version a database
 * records in {@code schema_version}. To change the schema, append {@code new Migration(N, "...",
 * List.of(...))} to {@link #ALL}: never edit a step that has shipped, since databases out there
 * already ran it. New statements are written to run on HSQLDB and PostgreSQL alike; where the two
 * differ, the difference goes in {@link Dialect}.
 */
public final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {
  }

  /** One numbered step: the statements that bring a database from {@code version - 1} to {@code version}. */
  public record Migration(int version, String description, List<String> statements) {
  }

  /** Every step, in order; the last one's number is the version this server writes. */
  static final List<Migration> ALL = List.of(
      new Migration(1, "quizzes, accounts and saved sessions", Sql.SCHEMA),
      new Migration(2, "teachers, admins, log-in sessions and ownership", List.of(
          "ALTER TABLE account ADD COLUMN display_name VARCHAR(200)",
          "ALTER TABLE account ADD COLUMN admin BOOLEAN DEFAULT FALSE NOT NULL",
          "ALTER TABLE account ADD COLUMN must_change BOOLEAN DEFAULT FALSE NOT NULL",
          "ALTER TABLE account ADD COLUMN last_login_at BIGINT",
          "ALTER TABLE account ADD COLUMN deleted_at BIGINT",
          // The first-start account of version 1 becomes the admin, and everything made so far is its.
          "UPDATE account SET admin = TRUE WHERE name = 'teacher'",
          "UPDATE account SET display_name = name WHERE display_name IS NULL",
          // owner NULL on a quiz means shared: the bank loaded from questions/.
          "ALTER TABLE quiz ADD COLUMN owner VARCHAR(64)",
          "UPDATE quiz SET owner = 'teacher' WHERE origin <> 'file'",
          // Version 1 let the one teacher delete a bank quiz; the bank is shared and read-only now.
          "UPDATE quiz SET deleted = FALSE WHERE origin = 'file'",
          "ALTER TABLE game_session ADD COLUMN owner VARCHAR(64)",
          "UPDATE game_session SET owner = 'teacher'",
          "CREATE INDEX game_session_owner ON game_session (owner, started_at)",
          // Only a hash of a log-in token is stored: a copy of the database logs nobody in.
          "CREATE TABLE login_session (token_hash VARCHAR(64) PRIMARY KEY, account VARCHAR(64) NOT NULL,"
              + " created_at BIGINT NOT NULL, last_seen_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)",
          "CREATE INDEX login_session_account ON login_session (account)")),
      new Migration(3, "notes documents", List.of(
          // owner NULL means shared; a notes document is written once and never updated, so citations stay true.
          "CREATE TABLE notes (id VARCHAR(40) PRIMARY KEY, owner VARCHAR(64), title VARCHAR(500) NOT NULL,"
              + " filename VARCHAR(500), line_count INT NOT NULL, lines " + Dialect.LONG_TEXT + " NOT NULL,"
              + " sections " + Dialect.LONG_TEXT + " NOT NULL, created_at BIGINT NOT NULL,"
              + " deleted BOOLEAN DEFAULT FALSE NOT NULL)",
          "CREATE INDEX notes_owner ON notes (owner, created_at)")),
      new Migration(4, "classes, students, homework assignments; a session's mode and whether it ended early", List.of(
          // "class" is a keyword in too many places: the table is school_class.
          "CREATE TABLE school_class (id VARCHAR(40) PRIMARY KEY, owner VARCHAR(64) NOT NULL, name VARCHAR(200) NOT NULL,"
              + " created_at BIGINT NOT NULL, deleted BOOLEAN DEFAULT FALSE NOT NULL)",
          "CREATE INDEX school_class_owner ON school_class (owner)",
          // A code is unique while its student's class exists: a deleted class or student gives its code up (NULL),
          // and both databases let a UNIQUE column hold many NULLs.
          "CREATE TABLE student (id VARCHAR(40) PRIMARY KEY, class_id VARCHAR(40) NOT NULL, name VARCHAR(100) NOT NULL,"
              + " code VARCHAR(16), extra_time " + Dialect.DOUBLE + " DEFAULT 1 NOT NULL, position INT DEFAULT 0 NOT NULL,"
              + " deleted BOOLEAN DEFAULT FALSE NOT NULL)",
          "CREATE UNIQUE INDEX student_code ON student (code)",
          "CREATE INDEX student_class ON student (class_id)",
          // Results follow a student across games through player.student_id.
          "ALTER TABLE player ADD COLUMN student_id VARCHAR(40)",
          "CREATE INDEX player_student ON player (student_id)",
          "ALTER TABLE game_session ADD COLUMN mode VARCHAR(16) DEFAULT 'live' NOT NULL",
          "ALTER TABLE game_session ADD COLUMN ended_early BOOLEAN DEFAULT FALSE NOT NULL",
          "ALTER TABLE game_session ADD COLUMN class_id VARCHAR(40)",
          "CREATE TABLE assignment (id VARCHAR(40) PRIMARY KEY, owner VARCHAR(64) NOT NULL, quiz_id VARCHAR(64) NOT NULL,"
              + " title VARCHAR(500) NOT NULL, questions VARCHAR(100000) NOT NULL, due_at BIGINT NOT NULL, class_id VARCHAR(40),"
              + " scoring VARCHAR(20) NOT NULL, timer BOOLEAN NOT NULL, pin VARCHAR(6) NOT NULL, created_at BIGINT NOT NULL,"
              + " closed_at BIGINT, session_id VARCHAR(40) NOT NULL)",
          "CREATE INDEX assignment_owner ON assignment (owner, created_at)")),
      new Migration(5, "live rooms, so that a game survives a restart or its node", LiveRoomSql.SCHEMA));

  /** The version this server's schema is at. */
  public static int latest() {
    return ALL.stream().mapToInt(Migration::version).max().orElse(0);
  }

  /** Runs every step the database has not run yet, each recorded as it completes. */
  static Future<Void> run(SqlConnection conn, Dialect dialect) {
    return conn.query(Dialect.SCHEMA_VERSION_TABLE).execute()
        .compose(v -> conn.query(Sql.VERSION).execute())
        .compose(rows -> {
          Row row = rows.iterator().next();
          Integer recorded = row.getInteger(0);
          int from = recorded == null ? 0 : recorded;
          if (from > latest()) {
            return Future.failedFuture("the database has schema version " + from
                + ", newer than this server's " + latest() + ": use a newer Recall");
          }
          return conn.query(Sql.VERSIONS).execute().compose(all -> {
            Set<Integer> done = new HashSet<>();
            for (Row r : all) done.add(r.getInteger(0));
            Future<Void> chain = Future.succeededFuture();
            for (Migration m : ALL) {
              if (due(m.version(), from, done)) chain = chain.compose(v -> apply(conn, dialect, m, from));
            }
            return chain;
          });
        });
  }

  /**
   * Steps run in list order: every one above the recorded version, and also one below it that a
   * database never ran, which happens when branches numbered their steps apart (5 before 3 and 4).
   * Steps 1 and 2 shipped before that could happen, so a database past them has them.
   */
  static boolean due(int version, int from, Set<Integer> done) {
    return version > from || (version > 2 && !done.contains(version));
  }

  private static Future<Void> apply(SqlConnection conn, Dialect dialect, Migration m, int from) {
    Future<Void> chain = Future.succeededFuture();
    for (String sql : m.statements()) chain = chain.compose(v -> conn.query(dialect.statement(sql)).execute().mapEmpty());
    return chain.compose(v -> conn.preparedQuery(Sql.SET_VERSION).execute(Tuple.of(m.version())))
        .onSuccess(v -> {
          if (from > 0) LOG.info("Database migrated to schema version {}: {}", m.version(), m.description());
        })
        .mapEmpty();
  }
}
