package recall.room;

import io.vertx.core.Context;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs tasks on a context after a delay or at a fixed rate, timed by a thread of its own. A Vert.x
 * timer fires through its context's Netty event loop, a worker context's too, so when the event loops
 * run seconds behind (a district's phones reconnecting at once) every timer is seconds late. Lease
 * renewals, the chase of a dead node's rooms and the cluster's membership check must not be: a late
 * renewal lets a living node's rooms be taken from it, a late chase leaves phones on a dead screen.
 * The tasks themselves run on the context given (a worker context), never on this thread.
 */
public final class Ticker {
  private final ScheduledExecutorService clock;

  public Ticker(String name) {
    this.clock = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Runs {@code task} on {@code context} every {@code ms}. A tick is skipped while the previous one
   * still waits for its context, so a slow context never piles ticks up.
   */
  public void every(long ms, Context context, Runnable task) {
    AtomicBoolean waiting = new AtomicBoolean();
    schedule(() -> clock.scheduleAtFixedRate(() -> {
      if (!waiting.compareAndSet(false, true)) return;
      context.runOnContext(v -> {
        waiting.set(false);
        task.run();
      });
    }, ms, ms, TimeUnit.MILLISECONDS));
  }

  /** Runs {@code task} once on {@code context}, {@code ms} from now. */
  public void after(long ms, Context context, Runnable task) {
    schedule(() -> clock.schedule(() -> context.runOnContext(v -> task.run()), ms, TimeUnit.MILLISECONDS));
  }

  private static void schedule(java.util.function.Supplier<ScheduledFuture<?>> scheduling) {
    try {
      scheduling.get();
    } catch (RejectedExecutionException stopped) {
      // Stopped meanwhile (a node shutting down): nothing more is due.
    }
  }

  /** Nothing more runs; ticks on their way to their context still arrive there. */
  public void stop() {
    clock.shutdownNow();
  }
}
