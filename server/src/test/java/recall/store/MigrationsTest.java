package recall.store;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@DisplayName("The migrations are numbered 1, 2, 3... with no gap, each with statements")
class MigrationsTest {
  @Test
  @DisplayName("numbered in order from 1, so a database at version n runs exactly the steps after n")
  void numbered() {
    int expected = 1;
    for (Migrations.Migration m : Migrations.ALL) {
      assertEquals(expected, m.version(), m.description());
      assertFalse(m.statements().isEmpty(), m.description());
      expected++;
    }
    assertEquals(Migrations.ALL.get(Migrations.ALL.size() - 1).version(), Migrations.latest());
  }
}
