package recall.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsOptions;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** What {@code GET /metrics} shows: the game's own meters, Vert.x's, and the JVM's memory. */
public final class Metrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter answers;
  private final Timer roundTrip;
  private final Timer commit;

  public Metrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    answers = Counter.builder("recall_answers_stored").description("Answers committed to the database").register(registry);
    roundTrip = histogram("recall_answer_round_trip", "From receiving an answer to acknowledging it, durable commit included");
    commit = histogram("recall_answer_commit", "One group commit of answers to the database");
  }

  private Timer histogram(String name, String description) {
    return Timer.builder(name).description(description).publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10)).register(registry);
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /**
   * Vert.x's own meters, each client told apart by its name (the two database pools would
   * otherwise register the same gauge twice, and Micrometer warns).
   */
  public static MicrometerMetricsOptions vertxOptions() {
    MicrometerMetricsOptions options = new MicrometerMetricsOptions().setEnabled(true);
    options.addLabels(Label.CLIENT_NAME);
    return options;
  }

  /**
   * Gauges read from the live state: connected players and open rooms. Held strongly: a gauge
   * registered with {@code registry.gauge(name, obj, fn)} keeps only a weak reference, and a
   * lambda nobody else holds is collected at the first GC (the gauge then reads NaN).
   */
  public void gauges(Supplier<Number> players, Supplier<Number> rooms) {
    Gauge.builder("recall_players_connected", () -> players.get().doubleValue()).strongReference(true)
        .description("Players and hosts connected over WebSocket").register(registry);
    Gauge.builder("recall_rooms", () -> rooms.get().doubleValue()).strongReference(true)
        .description("Rooms open").register(registry);
  }

  public void answerAcknowledged(long nanos) {
    answers.increment();
    roundTrip.record(nanos, TimeUnit.NANOSECONDS);
  }

  public void committed(long nanos) {
    commit.record(nanos, TimeUnit.NANOSECONDS);
  }
}
