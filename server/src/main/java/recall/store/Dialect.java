package recall.store;

import java.util.regex.Pattern;

/**
 * What differs between the databases Recall runs on, kept here so the rest of the SQL is written
 * once: HSQLDB (embedded, the default) and PostgreSQL (a shared database for several nodes).
 * Statements are written for HSQLDB; {@link #statement} rewrites the few words PostgreSQL spells
 * otherwise, so migrations that shipped stay as they were written.
 */
public enum Dialect {
  HSQLDB,
  POSTGRESQL;

  /** HSQLDB only: readers never wait for writers (PostgreSQL always works that way). */
  static final String HSQLDB_MVCC = "SET DATABASE TRANSACTION CONTROL MVCC";

  /** PostgreSQL only: a lock held while one node migrates the shared database (released at unlock). */
  static final String PG_MIGRATION_LOCK = "SELECT pg_advisory_lock(5147)";
  static final String PG_MIGRATION_UNLOCK = "SELECT pg_advisory_unlock(5147)";

  /** Created before anything else, so that its version can be read on an empty database. */
  static final String SCHEMA_VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL)";

  /**
   * A long text column (a notes document's lines as JSON). VARCHAR of this length is valid on both:
   * 10,485,760 is PostgreSQL's largest VARCHAR, and HSQLDB takes any length; neither CLOB (not in
   * PostgreSQL) nor TEXT (not in HSQLDB's default syntax) is.
   */
  static final String LONG_TEXT = "VARCHAR(10485760)";

  /** The longest text a {@link #LONG_TEXT} column holds. */
  static final int LONG_TEXT_MAX = 10_485_760;
  /** A double column: both databases know DOUBLE PRECISION (PostgreSQL has no plain DOUBLE). */
  static final String DOUBLE = "DOUBLE PRECISION";

  private static final Pattern CACHED = Pattern.compile("CREATE CACHED TABLE");
  private static final Pattern PLAIN_DOUBLE = Pattern.compile("\\bDOUBLE\\b(?! PRECISION)");

  /** The dialect of a JDBC URL. */
  public static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:postgresql:")) return POSTGRESQL;
    return HSQLDB;
  }

  /** Whether a JDBC URL names HSQLDB. */
  static boolean hsqldb(String jdbcUrl) {
    return of(jdbcUrl) == HSQLDB;
  }

  /**
   * A statement as this database spells it. PostgreSQL has no {@code CACHED} tables (every table
   * is on disk) and calls HSQLDB's {@code DOUBLE} {@code DOUBLE PRECISION}.
   */
  String statement(String sql) {
    if (this == HSQLDB) return sql;
    String out = CACHED.matcher(sql).replaceAll("CREATE TABLE");
    return PLAIN_DOUBLE.matcher(out).replaceAll("DOUBLE PRECISION");
  }

  /** A query that checks the database answers. */
  String ping() {
    return this == HSQLDB ? "VALUES 1" : "SELECT 1";
  }

  /** Whether a stop should tell the database to write its files and close (an embedded one). */
  boolean shutsDown() {
    return this == HSQLDB;
  }

  /** HSQLDB logs in as SA with no password; a PostgreSQL URL names its own user. */
  boolean defaultUser() {
    return this == HSQLDB;
  }

  /** Whether an error is a broken primary key or unique constraint (an insert that was already there). */
  static boolean duplicate(Throwable err) {
    String m = String.valueOf(err.getMessage());
    return m.contains("unique constraint") || m.contains("integrity constraint violation") || m.contains("duplicate key");
  }
}
