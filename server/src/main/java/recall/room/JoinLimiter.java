package recall.room;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts joins and PIN look-ups per address in one-minute windows, so that guessing PINs or
 * flooding a room is slowed down while a class of 40 behind one school router still joins at once.
 * Shared by every event loop, hence a concurrent map of immutable windows.
 */
public final class JoinLimiter {
  private static final long WINDOW_MS = 60_000;

  private final int perMinute;
  private final PinGuessBudget wrongPins;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  private record Window(long start, int count) {
  }

  /** @param perMinute attempts a minute from one address; 0 means no limit */
  public JoinLimiter(int perMinute) {
    this(perMinute, new PinGuessBudget(0, System::currentTimeMillis));
  }

  /** @param wrongPins the server-wide budget of failed PIN look-ups */
  public JoinLimiter(int perMinute, PinGuessBudget wrongPins) {
    this.perMinute = perMinute;
    this.wrongPins = wrongPins;
  }

  /** Counts a PIN that opened no room; false once the server-wide budget of wrong PINs is spent. */
  public boolean wrongPin() {
    return wrongPins.failed();
  }

  /** Counts one attempt; false when the address is over its limit. */
  public boolean allow(String address) {
    if (perMinute <= 0) return true;
    long now = System.currentTimeMillis();
    Window w = windows.compute(address, (k, old) ->
        old == null || now - old.start() >= WINDOW_MS ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
    if (windows.size() > 50_000) windows.values().removeIf(x -> now - x.start() >= WINDOW_MS);
    return w.count() <= perMinute;
  }
}
