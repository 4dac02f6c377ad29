package recall.loadgen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live heap of another JVM: the "Total" bytes of {@code jcmd <pid> GC.class_histogram}, which
 * first runs a full collection and then counts only reachable objects. Unlike "heap used" it does
 * not depend on the collector (ZGC reports whole pages), so Recall and the baseline compare.
 */
final class HeapProbe {
  private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

  private HeapProbe() {
  }

  /** Bytes of reachable objects; fails when jcmd cannot reach the process. */
  static double liveBytes(long pid) throws IOException, InterruptedException {
    String histogram = jcmd(pid, "GC.class_histogram");
    Matcher m = TOTAL.matcher(histogram);
    if (!m.find()) throw new IOException("no Total line in jcmd GC.class_histogram");
    return Double.parseDouble(m.group(1));
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("jcmd " + pid + " " + command + " failed: " + out.substring(0, Math.min(300, out.length())).strip());
    }
    return out;
  }
}
