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
    for (int i = 0; i < Migrations.ALL.size(); i++) {
      Migrations.Migration m = Migrations.ALL.get(i);
      assertEquals(i + 1, m.version(), m.description());
      assertFalse(m.statements().isEmpty(), m.description());
    }
    assertEquals(Migrations.ALL.size(), Migrations.latest());
  }
}
