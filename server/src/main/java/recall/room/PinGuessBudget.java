package recall.room;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A server-wide budget of failed PIN look-ups a minute (HTTP {@code GET /api/rooms/{pin}} and the
 * socket's join, resume and host with a PIN that opens no room). The per-address limit
 * ({@link JoinLimiter}) does not stop guessing from many addresses; this does. Only failures count, so
 * a class behind one router joining a real PIN never spends it, and a valid PIN works even while
 * the budget is spent: only wrong ones are then refused with {@code rate-limited}.
 * Lock-free, since every event loop counts into it.
 */
public final class PinGuessBudget {
  static final long WINDOW_MS = 60_000;

  private final int perMinute;
  private final LongSupplier clock;
  /** Start of the current one-minute window; the thread that moves it on resets the count. */
  private final AtomicLong window = new AtomicLong(Long.MIN_VALUE / 2);
  private final AtomicLong used = new AtomicLong();

  /** @param perMinute failed look-ups a minute over the whole server; 0 means no budget */
  public PinGuessBudget(int perMinute, LongSupplier clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Counts one failed look-up; false when the budget of this minute is already spent. */
  public boolean failed() {
    if (perMinute <= 0) return true;
    long now = clock.getAsLong();
    long start = window.get();
    if (now - start >= WINDOW_MS && window.compareAndSet(start, now)) used.set(0);
    return used.incrementAndGet() <= perMinute;
  }
}
