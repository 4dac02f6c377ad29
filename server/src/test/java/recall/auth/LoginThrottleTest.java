package recall.auth;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Failed log-ins are slowed down per address and per account, without locking the teacher out for long")
class LoginThrottleTest {
  private static final long T0 = 1_000_000;
  private final LoginThrottle throttle = new LoginThrottle();

  /** {@code n} failures from an address for an account, one a millisecond from {@code T0}; returns the time of the last. */
  private long fail(int n, String address, String account) {
    long t = T0;
    for (int i = 0; i < n; i++) {
      t = T0 + i;
      throttle.failed(address, account, t);
    }
    return t;
  }

  @Test
  @DisplayName("the first five failures cost nothing; after them the next attempt waits a second")
  void freeFailuresThenAWait() {
    long last = fail(LoginThrottle.FREE_FAILURES - 1, "10.0.0.1", "teacher");
    assertEquals(0, throttle.waitMs("10.0.0.1", "teacher", last));
    throttle.failed("10.0.0.1", "teacher", last + 1);
    assertEquals(1000, throttle.waitMs("10.0.0.1", "teacher", last + 1));
  }

  @Test
  @DisplayName("the wait doubles with each further failure")
  void waitDoubles() {
    long last = fail(LoginThrottle.FREE_FAILURES + 2, "10.0.0.1", "teacher");
    assertEquals(4000, throttle.waitMs("10.0.0.1", "teacher", last));
  }

  @Test
  @DisplayName("once the wait is over the next attempt may go ahead")
  void waitEnds() {
    long last = fail(LoginThrottle.FREE_FAILURES, "10.0.0.1", "teacher");
    assertEquals(400, throttle.waitMs("10.0.0.1", "teacher", last + 600));
    assertEquals(0, throttle.waitMs("10.0.0.1", "teacher", last + 1000));
  }

  @Test
  @DisplayName("a success clears the failures of the address")
  void successClears() {
    long last = fail(LoginThrottle.FREE_FAILURES + 3, "10.0.0.1", "teacher");
    assertTrue(throttle.waitMs("10.0.0.1", "teacher", last) > 0);
    throttle.succeeded("10.0.0.1", "teacher");
    assertEquals(0, throttle.waitMs("10.0.0.1", "teacher", last));
    throttle.failed("10.0.0.1", "teacher", last + 1);
    assertEquals(0, throttle.waitMs("10.0.0.1", "teacher", last + 1), "the count starts again from zero");
  }

  @Test
  @DisplayName("an attacker hammering the teacher account delays the real teacher at most 30 seconds")
  void accountWaitIsCapped() {
    long last = T0;
    for (int i = 0; i < 200; i++) {
      last = T0 + i;
      throttle.failed("203.0.113." + (i % 50), "teacher", last);
    }
    long teacherWait = throttle.waitMs("192.168.1.20", "teacher", last);
    assertTrue(teacherWait > 0, "the account is slowed down");
    assertTrue(teacherWait <= LoginThrottle.MAX_ACCOUNT_WAIT_MS, "wait " + teacherWait);
    assertEquals(LoginThrottle.MAX_ACCOUNT_WAIT_MS, 30_000);
  }

  @Test
  @DisplayName("the guessing address itself waits longer than the account cap, up to 15 minutes")
  void addressWaitGrowsFurther() {
    long last = fail(LoginThrottle.FREE_FAILURES + 8, "203.0.113.9", "someone");
    long wait = throttle.waitMs("203.0.113.9", "nobody-else", last);
    assertEquals(256_000, wait);
    long capped = fail(LoginThrottle.FREE_FAILURES + 30, "203.0.113.10", "x");
    assertEquals(LoginThrottle.MAX_ADDRESS_WAIT_MS, throttle.waitMs("203.0.113.10", "y", capped));
  }

  @Test
  @DisplayName("an attempt counts as a failure from its start, so five begun at once use up the free failures")
  void attemptsCountFromTheStart() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) assertEquals(0, throttle.begin("10.0.0.1", "teacher", T0));
    assertEquals(1000, throttle.begin("10.0.0.1", "teacher", T0), "the sixth waits, though no check has finished");
    throttle.succeeded("10.0.0.1", "teacher");
    assertEquals(0, throttle.begin("10.0.0.1", "teacher", T0), "a right password clears the attempts");
  }

  @Test
  @DisplayName("failures of one address and account do not slow down another address and account")
  void othersUnaffected() {
    long last = fail(LoginThrottle.FREE_FAILURES + 5, "203.0.113.9", "guess");
    assertTrue(throttle.waitMs("203.0.113.9", "guess", last) > 0);
    assertEquals(0, throttle.waitMs("10.0.0.1", "teacher", last));
  }

  @Test
  @DisplayName("13 guesses from 8 addresses do not lock out the teacher from an address that logged in before")
  void knownAddressKeepsItsBudget() {
    throttle.succeeded(new LoginThrottle.Caller("192.168.1.20", null), "teacher", T0);
    long last = T0;
    for (int i = 0; i < 13 * 8; i++) {
      last = T0 + 1 + i;
      throttle.begin("203.0.113." + (i % 8), "teacher", last);
    }
    assertTrue(throttle.waitMs("198.51.100.7", "teacher", last) > 0, "a stranger is slowed by the account's budget");
    assertEquals(0, throttle.waitMs("192.168.1.20", "teacher", last), "the teacher's own address is not");
    assertEquals(0, throttle.begin(new LoginThrottle.Caller("198.51.100.7", "device-1"), "teacher", last),
        "nor is a browser with a known-device cookie, from a new address");
  }

  @Test
  @DisplayName("a known device keeps its own budget even behind the guesser's own router")
  void knownDeviceBehindTheSameRouter() {
    long last = fail(LoginThrottle.FREE_FAILURES + 6, "10.0.0.1", "teacher");
    assertTrue(throttle.waitMs("10.0.0.1", "teacher", last) > 0, "the guessing address waits");
    LoginThrottle.Caller teacher = new LoginThrottle.Caller("10.0.0.1", "device-1");
    assertEquals(0, throttle.waitMs(teacher, "teacher", last));
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) throttle.failed(teacher, "teacher", last);
    assertEquals(1000, throttle.waitMs(teacher, "teacher", last), "a device that guesses is slowed like an address");
  }

  @Test
  @DisplayName("a success elsewhere does not reset the account's count for strangers")
  void successDoesNotClearTheAccount() {
    long last = T0;
    for (int i = 0; i < 40; i++) {
      last = T0 + i;
      throttle.failed("203.0.113." + (i % 8), "teacher", last);
    }
    throttle.succeeded(new LoginThrottle.Caller("192.168.1.20", null), "teacher", last);
    assertTrue(throttle.waitMs("198.51.100.7", "teacher", last) > 0);
  }

  @Test
  @DisplayName("the wait runs from when a wrong password was known, not from when its slow check began")
  void waitFromTheAnswer() {
    LoginThrottle.Caller c = new LoginThrottle.Caller("10.0.0.1", null);
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) assertEquals(0, throttle.begin(c, "teacher", T0));
    throttle.wrong(c, "teacher", T0 + 3000);
    assertEquals(1000, throttle.waitMs(c, "teacher", T0 + 3000), "a check that took 3 s does not use up the wait");
  }
}
