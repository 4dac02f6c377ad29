package recall.store;

/**
 * What differs between the databases Recall runs on, kept here so the rest of the SQL is written
 * once. Today that is HSQLDB; PostgreSQL needs no change to these statements but the MVCC switch.
 */
final class Dialect {
  private Dialect() {
  }

  /** HSQLDB only: readers never wait for writers (PostgreSQL always works that way). */
  static final String HSQLDB_MVCC = "SET DATABASE TRANSACTION CONTROL MVCC";

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

  /** Whether a JDBC URL names HSQLDB. */
  static boolean hsqldb(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:hsqldb:");
  }
}
