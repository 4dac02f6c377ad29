package recall.app;

import java.lang.management.ManagementFactory;

/**
 * A server out of memory does not limp on: it exits at once (status 3), so that whatever
 * supervises it starts it again and the rooms resume from the database. {@code scripts/run} passes
 * {@code -XX:+ExitOnOutOfMemoryError}, which covers every thread; this is the same rule for a plain
 * {@code java -jar}, for the errors that reach Vert.x or a thread's end.
 */
final class OutOfMemory {
  private OutOfMemory() {
  }

  static void exitOnIt() {
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, err) -> {
      check(err);
      if (previous != null) previous.uncaughtException(thread, err);
      else err.printStackTrace();
    });
    if (!ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:+ExitOnOutOfMemoryError")) {
      System.err.println("recall: tip: start with java -XX:+ExitOnOutOfMemoryError -jar ... (scripts/run does)");
    }
  }

  /** Halts on an OutOfMemoryError anywhere in the chain of causes; shutdown hooks would need memory too. */
  static void check(Throwable err) {
    for (Throwable t = err; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        System.err.println("recall: out of memory, exiting: " + t);
        Runtime.getRuntime().halt(3);
      }
    }
  }
}
