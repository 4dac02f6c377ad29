package recall.store;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The migrations are numbered in rising order from 1, each with statements")
class MigrationsTest {
  @Test
  @DisplayName("numbered in rising order from 1, so a database at version n runs exactly the steps after n")
  void numbered() {
    // Numbers are reserved per branch (3 notes, 4 classes, 5 live rooms): a branch may have a gap until all are merged.
    assertEquals(1, Migrations.ALL.get(0).version());
    for (int i = 0; i < Migrations.ALL.size(); i++) {
      Migrations.Migration m = Migrations.ALL.get(i);
      if (i > 0) assertTrue(m.version() > Migrations.ALL.get(i - 1).version(), m.description());
      assertFalse(m.statements().isEmpty(), m.description());
    }
    assertEquals(Migrations.ALL.get(Migrations.ALL.size() - 1).version(), Migrations.latest());
  }
}
