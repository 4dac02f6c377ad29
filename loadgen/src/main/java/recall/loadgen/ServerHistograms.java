package recall.loadgen;

import io.vertx.core.json.JsonObject;

import java.util.Map;
import java.util.TreeMap;

/**
 * The server's own view of a scenario: the change in its Prometheus histograms
 * ({@code recall_answer_round_trip}, receipt to acknowledgement, and {@code recall_answer_commit},
 * one group commit) between two scrapes. Percentiles are bucket upper bounds ("at most").
 */
final class ServerHistograms {
  static final String ROUND_TRIP = "recall_answer_round_trip_seconds";
  static final String COMMIT = "recall_answer_commit_seconds";

  private ServerHistograms() {
  }

  /** Cumulative bucket counts by upper bound (seconds) of one histogram in a scrape. */
  static TreeMap<Double, Double> buckets(String text, String histogram) {
    TreeMap<Double, Double> out = new TreeMap<>();
    String prefix = histogram + "_bucket{";
    for (String line : text.split("\n")) {
      if (!line.startsWith(prefix)) continue;
      int le = line.indexOf("le=\"");
      if (le < 0) continue;
      String bound = line.substring(le + 4, line.indexOf('"', le + 4));
      double upper = bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound);
      out.merge(upper, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)), Double::sum);
    }
    return out;
  }

  /** p50, p99, p99.9 (ms, bucket upper bounds) and count of what happened between the two scrapes. */
  static JsonObject between(String before, String after, String histogram) {
    TreeMap<Double, Double> a = buckets(before, histogram);
    TreeMap<Double, Double> b = buckets(after, histogram);
    TreeMap<Double, Double> delta = new TreeMap<>();
    for (Map.Entry<Double, Double> e : b.entrySet()) delta.put(e.getKey(), e.getValue() - a.getOrDefault(e.getKey(), 0.0));
    double total = delta.isEmpty() ? 0 : delta.lastEntry().getValue();
    JsonObject o = new JsonObject().put("count", (long) total);
    if (total <= 0) return o;
    return o.put("p50", at(delta, total, 0.50)).put("p99", at(delta, total, 0.99)).put("p999", at(delta, total, 0.999));
  }

  private static Double at(TreeMap<Double, Double> cumulative, double total, double q) {
    for (Map.Entry<Double, Double> e : cumulative.entrySet()) {
      if (e.getValue() >= q * total) return Double.isInfinite(e.getKey()) ? null : Latency.round(e.getKey() * 1000, 1);
    }
    return null;
  }
}
