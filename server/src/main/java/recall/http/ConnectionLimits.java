package recall.http;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many TCP connections one address, and everyone together, may hold open. Without a cap a
 * single laptop on the classroom Wi-Fi could open every file descriptor the server has and lock
 * the class out. Shared by every HTTP server instance (one per event loop), hence the atomics.
 */
public final class ConnectionLimits {
  /** What a new connection may do. */
  public enum Verdict { OK, ADDRESS_FULL, SERVER_FULL }

  /** Heap a connection may pin at worst: a 64 KiB frame being read plus a 64 KiB message being put together. */
  static final long BYTES_PER_CONNECTION = 256 * 1024;

  private final int perAddress;
  private final int total;
  private final AtomicInteger open = new AtomicInteger();
  private final ConcurrentHashMap<String, Integer> byAddress = new ConcurrentHashMap<>();

  /**
   * @param perAddress cap per address, 0 for none
   * @param total cap in all, 0 for none, -1 for {@link #automaticTotal()}
   */
  public ConnectionLimits(int perAddress, int total) {
    this.perAddress = perAddress;
    this.total = total < 0 ? automaticTotal() : total;
  }

  /**
   * A total that keeps the server reachable: below the open-files limit (the database and the jar
   * need some too) and below what the heap can hold at worst, at most 10,000.
   */
  static int automaticTotal() {
    long byHeap = Runtime.getRuntime().maxMemory() / BYTES_PER_CONNECTION;
    long byFiles = Long.MAX_VALUE;
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
      byFiles = unix.getMaxFileDescriptorCount() - 128;
    }
    return (int) Math.max(64, Math.min(10_000, Math.min(byHeap, byFiles)));
  }

  /** Counts a connection that has just opened; it must be {@link #closed} once it ends, whatever the verdict. */
  public Verdict opened(String address) {
    int all = open.incrementAndGet();
    int mine = byAddress.merge(address, 1, Integer::sum);
    if (perAddress > 0 && mine > perAddress) return Verdict.ADDRESS_FULL;
    if (total > 0 && all > total) return Verdict.SERVER_FULL;
    return Verdict.OK;
  }

  public void closed(String address) {
    open.decrementAndGet();
    byAddress.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
  }

  /** Open connections right now. */
  public int open() {
    return open.get();
  }

  public int total() {
    return total;
  }
}
