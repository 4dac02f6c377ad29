package recall.store;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The store's health: DOWN on the first failure, UP only after a checkpoint with none")
class StoreHealthTest {

  @Test
  @DisplayName("a failure turns it DOWN with the first reason, and writes are refused with it")
  void downOnFailure() {
    StoreHealth health = new StoreHealth();
    assertTrue(health.isUp());
    assertTrue(health.admit().succeeded());
    health.failed("disk full");
    health.failed("still full");
    assertFalse(health.isUp());
    assertEquals("disk full", health.reason(), "the episode keeps the reason it started with");
    Throwable refused = health.admit().cause();
    assertInstanceOf(StoreHealth.StoreDown.class, refused);
    assertEquals("disk full", refused.getMessage());
    assertEquals(2, health.failures());
  }

  @Test
  @DisplayName("a checkpoint that saw a failure after it began does not bring it UP")
  void recoversOnlyWithoutNewFailure() {
    StoreHealth health = new StoreHealth();
    health.failed("disk full");
    long seen = health.failures();
    health.failed("the checkpoint failed too");
    health.recoveredIfNoFailureSince(seen);
    assertFalse(health.isUp());
    health.recoveredIfNoFailureSince(health.failures());
    assertTrue(health.isUp());
    assertTrue(health.check().succeeded());
  }
}
