package recall.loadgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds used by a process and the machine's load, read from /proc: the bench shares its
 * cores with whatever else runs, and the reports say how busy the machine was.
 */
final class CpuClock {
  private static final double TICKS_PER_SECOND = 100.0;

  private CpuClock() {
  }

  /** User plus system CPU seconds of a process so far, or NaN. */
  static double cpuSeconds(long pid) {
    try {
      String stat = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "stat")).get(0);
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** CPU seconds the whole machine spent busy so far (all cores), or NaN. */
  static double machineBusySeconds() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      for (int i = 1; i < f.length; i++) if (i != 4 && i != 5) busy += Long.parseLong(f[i]);
      return busy / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  static String loadAverage() {
    try {
      return Files.readAllLines(Path.of("/proc/loadavg")).get(0).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }
}
