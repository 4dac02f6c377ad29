package recall.loadgen;

import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run was made on, as the reports name it. */
final class Machine {
  private Machine() {
  }

  static JsonObject describe() {
    return new JsonObject().put("cores", Runtime.getRuntime().availableProcessors()).put("cpu", cpu()).put("memory", memory())
        .put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"))
        .put("os", os() + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version") + ")");
  }

  private static String cpu() {
    return firstValue(Path.of("/proc/cpuinfo"), "model name", "unknown CPU");
  }

  private static String memory() {
    String kb = firstValue(Path.of("/proc/meminfo"), "MemTotal", null);
    if (kb == null) return "unknown";
    long k = Long.parseLong(kb.replaceAll("[^0-9]", ""));
    return String.format("%.1f GiB", k / 1024.0 / 1024.0);
  }

  private static String os() {
    String pretty = firstValue(Path.of("/etc/os-release"), "PRETTY_NAME", "unknown OS");
    return pretty.replace("\"", "");
  }

  private static String firstValue(Path file, String key, String fallback) {
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith(key)) {
          int sep = line.indexOf(line.contains(":") && !key.equals("PRETTY_NAME") ? ':' : '=');
          if (sep > 0) return line.substring(sep + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      return fallback;
    }
    return fallback;
  }
}
