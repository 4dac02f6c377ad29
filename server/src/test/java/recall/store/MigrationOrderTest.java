package recall.store;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Migrations are numbered steps that tolerate a gap in the numbers")
class MigrationOrderTest {
  @Test
  @DisplayName("the latest version is the highest number, whatever the order of the list")
  void latestIsTheHighest() {
    int max = Migrations.ALL.stream().mapToInt(Migrations.Migration::version).max().orElseThrow();
    assertEquals(max, Migrations.latest());
    assertTrue(Migrations.latest() >= 5, "the live rooms' step is there");
  }

  @Test
  @DisplayName("a step above the recorded version runs; one below it runs only if the database never ran it")
  void gapsAreFilledLater() {
    assertTrue(Migrations.due(5, 2, Set.of(1, 2)), "5 on a version 2 database");
    assertFalse(Migrations.due(5, 5, Set.of(1, 2, 5)), "5 is not run twice");
    assertTrue(Migrations.due(3, 5, Set.of(1, 2, 5)), "3 merged later runs on a database at 1, 2, 5");
    assertFalse(Migrations.due(3, 5, Set.of(1, 2, 3, 5)));
    assertFalse(Migrations.due(1, 2, Set.of(2)), "steps 1 and 2 shipped before gaps could be");
  }
}
