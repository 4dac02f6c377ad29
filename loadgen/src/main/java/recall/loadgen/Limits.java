package recall.loadgen;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The operating system's limits that stop a load test: open files (each socket is one, in the
 * generator and in the server) and ephemeral ports (about 28,000 per local address). Checked before
 * a scenario, and used to name the cause when a connection fails.
 */
final class Limits {
  /** Sockets and files a JVM needs beside its connections (jars, epoll, the database's files). */
  static final int RESERVE = 200;

  private Limits() {
  }

  /** ulimit -n of this process, or -1 when the JVM does not tell. */
  static long openFilesLimit() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean os) {
      return os.getMaxFileDescriptorCount();
    }
    return -1;
  }

  static long openFiles() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean os) {
      return os.getOpenFileDescriptorCount();
    }
    return -1;
  }

  /** The "Max open files" soft limit of another process (the server), or -1. */
  static long openFilesLimit(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "limits"))) {
        if (line.startsWith("Max open files")) {
          String[] parts = line.substring("Max open files".length()).trim().split("\\s+");
          return parts[0].equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(parts[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** How many ephemeral ports one local address offers (net.ipv4.ip_local_port_range). */
  static int ephemeralPorts() {
    try {
      List<String> parts = List.of(portRangeLine().split("\\s+"));
      return Integer.parseInt(parts.get(1)) - Integer.parseInt(parts.get(0)) + 1;
    } catch (IOException | RuntimeException e) {
      return 28_232;
    }
  }

  static String portRange() {
    try {
      return portRangeLine().replaceAll("\\s+", "-");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The kernel's ephemeral port range; read line by line, as /proc files report a size of 0. */
  private static String portRangeLine() throws IOException {
    return Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim();
  }

  /**
   * Why {@code sockets} more connections cannot be opened, or null when they can.
   *
   * @param serverPid the server's process id, or 0 when unknown (then only this side is checked)
   */
  static String shortfall(int sockets, int localAddresses, long serverPid) {
    long limit = openFilesLimit();
    long open = openFiles();
    if (limit > 0 && open >= 0 && open + sockets + RESERVE > limit) {
      return "open files: the generator needs " + sockets + " sockets but ulimit -n is " + limit + " (" + open
          + " already open); raise it with `ulimit -n` before scripts/bench";
    }
    if (serverPid > 0) {
      long serverLimit = openFilesLimit(serverPid);
      if (serverLimit > 0 && sockets + RESERVE > serverLimit) {
        return "open files: the server needs " + sockets + " sockets but its ulimit -n is " + serverLimit;
      }
    }
    long ports = (long) ephemeralPorts() * localAddresses;
    if (sockets > ports) {
      return "ephemeral ports: " + sockets + " connections need more than " + localAddresses + " local addresses x "
          + ephemeralPorts() + " ports (" + portRange() + "); use more addresses (--addresses)";
    }
    return null;
  }

  /** The limit a failed connect ran into, named so that a reader knows what to raise. */
  static String cause(Throwable err) {
    String m = String.valueOf(err.getMessage()) + " " + err.getClass().getSimpleName();
    for (Throwable c = err.getCause(); c != null; c = c.getCause()) m += " " + c.getMessage();
    if (m.contains("Too many open files")) return "open-files-limit";
    if (m.contains("Cannot assign requested address") || m.contains("Address already in use") || m.contains("Address not available")) {
      return "ephemeral-ports";
    }
    if (m.contains("Connection refused")) return "refused";
    if (m.contains("Connection reset")) return "reset";
    if (m.toLowerCase().contains("timeout") || m.toLowerCase().contains("timed out")) return "timeout";
    return "other: " + err.getMessage();
  }

  /** What the next reader should do about a cause. */
  static String advice(String cause) {
    return switch (cause) {
      case "open-files-limit" -> "LIMIT open files (ulimit -n " + openFilesLimit() + "): raise ulimit -n for the generator and the server";
      case "ephemeral-ports" -> "LIMIT ephemeral ports (" + portRange() + " per local address): use more --addresses";
      case "refused" -> "the server refused connections: is it up, is its accept backlog (net.core.somaxconn) full?";
      case "timeout" -> "connects timed out: the server or this machine is saturated";
      default -> cause;
    };
  }
}
