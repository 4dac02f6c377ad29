package recall.loadgen;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;


/** Reads Recall's Prometheus {@code /metrics} from outside. */
final class ServerProbe {
  private final WebClient http;

  ServerProbe(Vertx vertx, String host, int port) {
    this.http = WebClient.create(vertx, new WebClientOptions().setDefaultHost(host).setDefaultPort(port));
  }

  /** The value of {@code recall_players_connected}, or NaN. */
  Future<Double> playersConnected() {
    return metrics().map(text -> sum(text, "recall_players_connected", ""));
  }

  Future<String> metrics() {
    return http.get("/metrics").send().map(r -> r.bodyAsString());
  }

  /** Sums the samples of a metric whose labels contain {@code labelPart}; NaN when none. */
  static double sum(String text, String metric, String labelPart) {
    double total = 0;
    boolean found = false;
    for (String line : text.split("\n")) {
      if (!line.startsWith(metric) || line.startsWith("#")) continue;
      String rest = line.substring(metric.length());
      if (!(rest.startsWith("{") || rest.startsWith(" "))) continue;
      if (!labelPart.isEmpty() && !rest.contains(labelPart)) continue;
      total += Double.parseDouble(rest.substring(rest.lastIndexOf(' ') + 1));
      found = true;
    }
    return found ? total : Double.NaN;
  }

  void close() {
    http.close();
  }
}
