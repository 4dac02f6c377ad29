package recall.support;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches the in-process server's log (SLF4J simple writes to {@code System.err}) while still
 * printing it, so that a test can check that client mistakes never reach the log as errors.
 */
public final class LogWatch {
  private final PrintStream original;
  private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

  private LogWatch() {
    this.original = System.err;
    OutputStream tee = new OutputStream() {
      @Override
      public void write(int b) {
        synchronized (copy) {
          copy.write(b);
        }
        original.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        synchronized (copy) {
          copy.write(b, off, len);
        }
        original.write(b, off, len);
      }

      @Override
      public void flush() {
        original.flush();
      }
    };
    System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
  }

  /** Starts copying {@code System.err}. */
  public static LogWatch start() {
    return new LogWatch();
  }

  /** Forgets what was logged so far. */
  public void clear() {
    synchronized (copy) {
      copy.reset();
    }
  }

  /**
   * The lines logged since the start or the last {@link #clear} that tell of a failure: ERROR lines,
   * and the first line of any stack trace (its {@code at} lines are left out).
   */
  public List<String> problems() {
    String text;
    synchronized (copy) {
      text = copy.toString(StandardCharsets.UTF_8);
    }
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.startsWith("\tat ") || line.startsWith("\t... ")) continue;
      if (line.contains(" ERROR ") || line.contains("Exception")) out.add(line);
    }
    return out;
  }

  /** Everything logged since the start or the last {@link #clear}. */
  public String text() {
    synchronized (copy) {
      return copy.toString(StandardCharsets.UTF_8);
    }
  }

  /** Puts {@code System.err} back. */
  public void stop() {
    System.setErr(original);
  }
}
