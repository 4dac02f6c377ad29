package recall.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Failures are counted per address and per account; after
 * {@link #FREE_FAILURES} the next attempt must wait, twice as long after each further failure.
 * The wait per account is capped low ({@link #MAX_ACCOUNT_WAIT_MS}) so that an attacker cannot
 * lock the real teacher out for long; the wait per address grows higher, since that is the guesser.
 * A success clears both.
 */
public final class LoginThrottle {
  static final int FREE_FAILURES = 5;
  static final long MAX_ACCOUNT_WAIT_MS = 30_000;
  static final long MAX_ADDRESS_WAIT_MS = 15 * 60_000;
  private static final long FORGET_AFTER_MS = 60 * 60_000;

  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();

  private record Failures(int count, long last) {
  }

  /** Milliseconds to wait before this attempt may be checked, 0 when it may go ahead. */
  public long waitMs(String address, String account, long now) {
    return Math.max(wait(byAddress.get(address), MAX_ADDRESS_WAIT_MS, now), wait(byAccount.get(account), MAX_ACCOUNT_WAIT_MS, now));
  }

  private static long wait(Failures f, long cap, long now) {
    if (f == null || f.count() < FREE_FAILURES) return 0;
    long delay = Math.min(cap, 1000L << Math.min(20, f.count() - FREE_FAILURES));
    return Math.max(0, f.last() + delay - now);
  }

  /**
   * Starts an attempt: returns how long it must wait, or 0 and counts it as a failure until
   * {@link #succeeded} says otherwise. Counting before the slow password check means that guesses
   * sent all at once cannot all slip through before the first failure is known.
   */
  public synchronized long begin(String address, String account, long now) {
    long wait = waitMs(address, account, now);
    if (wait == 0) failed(address, account, now);
    return wait;
  }

  public void failed(String address, String account, long now) {
    byAddress.merge(address, new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
    byAccount.merge(account, new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
    if (byAddress.size() > 10_000) forgetOld(now);
  }

  /**
   * A failed check has been answered: the wait runs from now, not from when the attempt began, so
   * that a slow password check (a busy server) does not use up the wait before the guesser hears.
   */
  public void answeredFailure(String address, String account, long now) {
    byAddress.computeIfPresent(address, (k, f) -> new Failures(f.count(), Math.max(f.last(), now)));
    byAccount.computeIfPresent(account, (k, f) -> new Failures(f.count(), Math.max(f.last(), now)));
  }

  public void succeeded(String address, String account) {
    byAddress.remove(address);
    byAccount.remove(account);
  }

  private void forgetOld(long now) {
    byAddress.values().removeIf(f -> now - f.last() > FORGET_AFTER_MS);
    byAccount.values().removeIf(f -> now - f.last() > FORGET_AFTER_MS);
  }
}
