package recall.loadgen;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

import java.util.concurrent.TimeUnit;

/**
 * One latency distribution, recorded in microseconds into an HdrHistogram from any event loop,
 * and read back as milliseconds: p50, p99, p99.9 and max.
 */
final class Latency {
  private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

  private final Histogram histogram = new ConcurrentHistogram(HIGHEST_MICROS, 3);

  /** Records the time from {@code startNanos} to now (both {@link System#nanoTime}). */
  void since(long startNanos) {
    record(System.nanoTime() - startNanos);
  }

  void record(long nanos) {
    long micros = Math.max(0, nanos / 1000);
    histogram.recordValue(Math.min(micros, HIGHEST_MICROS));
  }

  long count() {
    return histogram.getTotalCount();
  }

  /** The value at this percentile (0-100), in milliseconds. */
  double ms(double percentile) {
    return count() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
  }

  double maxMs() {
    return count() == 0 ? Double.NaN : histogram.getMaxValue() / 1000.0;
  }

  double p50() {
    return ms(50);
  }

  double p99() {
    return ms(99);
  }

  double p999() {
    return ms(99.9);
  }

  /** The distribution for the charts: [percentile, ms] pairs, denser towards the tail. */
  double[][] distribution() {
    if (count() == 0) return new double[0][];
    java.util.List<double[]> points = new java.util.ArrayList<>();
    for (HistogramIterationValue v : histogram.copy().percentiles(5)) {
      double p = Math.min(v.getPercentileLevelIteratedTo(), 99.9999);
      points.add(new double[] {p, histogram.highestEquivalentValue(v.getValueIteratedTo()) / 1000.0});
      if (v.getPercentileLevelIteratedTo() >= 100.0) break;
    }
    return points.toArray(new double[0][]);
  }

  JsonObject toJson() {
    JsonObject o = new JsonObject().put("count", count());
    if (count() == 0) return o;
    JsonArray dist = new JsonArray();
    for (double[] p : distribution()) dist.add(new JsonArray().add(round(p[0], 4)).add(round(p[1], 3)));
    return o.put("p50", round(p50(), 3)).put("p99", round(p99(), 3)).put("p999", round(p999(), 3))
        .put("max", round(maxMs(), 3)).put("mean", round(histogram.getMean() / 1000.0, 3)).put("distribution", dist);
  }

  static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
