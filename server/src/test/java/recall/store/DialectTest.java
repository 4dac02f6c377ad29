package recall.store;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("SQL written for HSQLDB is spelled for PostgreSQL where the two differ")
class DialectTest {
  @Test
  @DisplayName("the dialect follows the JDBC URL")
  void ofUrl() {
    assertEquals(Dialect.POSTGRESQL, Dialect.of("jdbc:postgresql://127.0.0.1:5432/recall?user=r"));
    assertEquals(Dialect.HSQLDB, Dialect.of("jdbc:hsqldb:mem:x"));
  }

  @Test
  @DisplayName("CACHED tables and DOUBLE become PostgreSQL's; HSQLDB's statements stay as written")
  void rewrites() {
    String sql = "CREATE CACHED TABLE IF NOT EXISTS answer (fraction DOUBLE NOT NULL, x DOUBLE PRECISION)";
    assertEquals("CREATE TABLE IF NOT EXISTS answer (fraction DOUBLE PRECISION NOT NULL, x DOUBLE PRECISION)", Dialect.POSTGRESQL.statement(sql));
    assertEquals(sql, Dialect.HSQLDB.statement(sql));
    assertEquals("SELECT 1", Dialect.POSTGRESQL.ping());
    assertTrue(Dialect.HSQLDB.shutsDown());
    assertFalse(Dialect.POSTGRESQL.shutsDown());
  }

  @Test
  @DisplayName("a broken primary key is recognised in either database's words")
  void duplicates() {
    assertTrue(Dialect.duplicate(new RuntimeException("integrity constraint violation: unique constraint or index violation; SYS_PK_10092")));
    assertTrue(Dialect.duplicate(new RuntimeException("ERROR: duplicate key value violates unique constraint \"live_room_pkey\"")));
    assertFalse(Dialect.duplicate(new RuntimeException("connection refused")));
  }
}
