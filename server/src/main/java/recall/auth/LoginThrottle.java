package recall.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without locking the real teacher out. Failures are counted per
 * caller first: per address, or, for a browser that logged in to this account before (a signed
 * known-device cookie, {@link KnownDevices}), per device, so that a guesser behind the same school
 * router does not spend the teacher's budget. After {@link #FREE_FAILURES} a caller waits, twice as
 * long after each further failure, up to {@link #MAX_ADDRESS_WAIT_MS}.
 *
 * <p>Guessing spread over many addresses is caught by a budget per account, looser
 * ({@link #FREE_ACCOUNT_FAILURES}) and capped low ({@link #MAX_ACCOUNT_WAIT_MS}), which only slows
 * callers the account does not know: a known device, and an address that logged in to the account
 * before, keep going at their own pace. A success clears the caller's own count, never the
 * account's, so a guesser cannot reset it by logging in elsewhere.
 */
public final class LoginThrottle {
  static final int FREE_FAILURES = 5;
  static final int FREE_ACCOUNT_FAILURES = 10;
  static final long MAX_ACCOUNT_WAIT_MS = 30_000;
  static final long MAX_ADDRESS_WAIT_MS = 15 * 60_000;
  private static final long FORGET_AFTER_MS = 60 * 60_000;
  private static final long KNOWN_ADDRESS_MS = 30L * 24 * 3600_000;
  private static final int MAX_ENTRIES = 10_000;

  private final Map<String, Failures> byCaller = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
  /** "account address" → when that address last logged in to that account. */
  private final Map<String, Long> knownAddresses = new ConcurrentHashMap<>();

  private record Failures(int count, long last) {
  }

  /**
   * Who is trying to log in.
   *
   * @param address the remote address
   * @param device the id of a known-device cookie valid for this account, or null
   */
  public record Caller(String address, String device) {
    String key() {
      return device != null ? "device " + device : "address " + address;
    }
  }

  /** Milliseconds to wait before this attempt may be checked, 0 when it may go ahead. */
  public long waitMs(Caller caller, String account, long now) {
    long own = wait(byCaller.get(caller.key()), FREE_FAILURES, MAX_ADDRESS_WAIT_MS, now);
    if (known(caller, account, now)) return own;
    return Math.max(own, wait(byAccount.get(account), FREE_ACCOUNT_FAILURES, MAX_ACCOUNT_WAIT_MS, now));
  }

  /** {@link #waitMs(Caller, String, long)} for a caller without a known-device cookie. */
  public long waitMs(String address, String account, long now) {
    return waitMs(new Caller(address, null), account, now);
  }

  private boolean known(Caller caller, String account, long now) {
    if (caller.device() != null) return true;
    Long at = knownAddresses.get(account + " " + caller.address());
    return at != null && now - at < KNOWN_ADDRESS_MS;
  }

  private static long wait(Failures f, int free, long cap, long now) {
    if (f == null || f.count() < free) return 0;
    long delay = Math.min(cap, 1000L << Math.min(20, f.count() - free));
    return Math.max(0, f.last() + delay - now);
  }

  /**
   * Starts an attempt: returns how long it must wait, or 0 and counts it as a failure until
   * {@link #succeeded} says otherwise. Counting before the slow password check means that guesses
   * sent all at once cannot all slip through before the first failure is known.
   */
  public synchronized long begin(Caller caller, String account, long now) {
    long wait = waitMs(caller, account, now);
    if (wait == 0) failed(caller, account, now);
    return wait;
  }

  public long begin(String address, String account, long now) {
    return begin(new Caller(address, null), account, now);
  }

  public void failed(Caller caller, String account, long now) {
    byCaller.merge(caller.key(), new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
    byAccount.merge(account, new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
    if (byCaller.size() > MAX_ENTRIES || byAccount.size() > MAX_ENTRIES) forgetOld(now);
  }

  /**
   * A begun attempt turned out wrong: its failure, counted at {@link #begin}, is dated now, so the wait
   * runs from when the answer was known rather than from a start that a slow password check may have
   * left further back than the wait itself.
   */
  public void wrong(Caller caller, String account, long now) {
    byCaller.computeIfPresent(caller.key(), (k, f) -> new Failures(f.count(), Math.max(f.last(), now)));
    byAccount.computeIfPresent(account, (k, f) -> new Failures(f.count(), Math.max(f.last(), now)));
  }

  public void failed(String address, String account, long now) {
    failed(new Caller(address, null), account, now);
  }

  /**
   * A right password: the caller's own count starts again, and its address is known to the account
   * from now on. The account's count is not cleared: it only decays.
   */
  public synchronized void succeeded(Caller caller, String account, long now) {
    byCaller.remove(caller.key());
    byAccount.computeIfPresent(account, (k, f) -> f.count() <= 1 ? null : new Failures(f.count() - 1, f.last()));
    if (knownAddresses.size() > MAX_ENTRIES) knownAddresses.values().removeIf(at -> now - at >= KNOWN_ADDRESS_MS);
    knownAddresses.put(account + " " + caller.address(), now);
  }

  public void succeeded(String address, String account) {
    succeeded(new Caller(address, null), account, System.currentTimeMillis());
  }

  private void forgetOld(long now) {
    byCaller.values().removeIf(f -> now - f.last() > FORGET_AFTER_MS);
    byAccount.values().removeIf(f -> now - f.last() > FORGET_AFTER_MS);
  }
}
