package recall.loadgen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Latency distributions drawn as inline SVG (no script, no network): latency against percentile on
 * HdrHistogram's usual log scale (0, 90, 99, 99.9, 99.99 %), Recall next to the bare baseline.
 */
final class LatencyChart {
  static final int PANEL_W = 460;
  static final int PANEL_H = 250;
  private static final int LEFT = 56;
  private static final int RIGHT = 30;
  private static final int TOP = 28;
  private static final int BOTTOM = 40;
  private static final double MAX_NINES = 5;

  /** A line: a name, a colour, and [percentile, ms] points. */
  record Series(String name, String color, double[][] points) {
  }

  /** One chart. */
  record Panel(String title, List<Series> series) {
  }

  private LatencyChart() {
  }

  /** The charts of a run: for each scenario, fan-out and answer round trip, Recall and baseline. */
  static List<Panel> panels(List<ScenarioResult> results) {
    List<Panel> out = new ArrayList<>();
    for (ScenarioResult r : results) {
      if (!r.target.equals("recall") || r.skipped != null) continue;
      ScenarioResult base = Targets.find(results, r.scenario.name(), "baseline");
      String shape = r.scenario.rooms() + " x " + r.scenario.playersPerRoom();
      out.add(panel(r.scenario.name() + " (" + shape + "): question fan-out", r.run.fanOut, base == null ? null : base.run.fanOut));
      out.add(panel(r.scenario.name() + " (" + shape + "): answer round trip", r.run.roundTrip, base == null ? null : base.run.roundTrip));
    }
    return out;
  }

  private static Panel panel(String title, Latency recall, Latency base) {
    List<Series> s = new ArrayList<>();
    if (recall.count() > 0) s.add(new Series("Recall", "#c0392b", recall.distribution()));
    if (base != null && base.count() > 0) s.add(new Series("bare baseline", "#2471a3", base.distribution()));
    return new Panel(title, s);
  }

  static String svg(List<Panel> panels, String heading) {
    int cols = 2;
    int rows = (panels.size() + cols - 1) / cols;
    int width = cols * PANEL_W;
    int height = 34 + rows * PANEL_H;
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n",
        width, height, width, height));
    b.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    b.append(String.format(Locale.ROOT, "<text x=\"8\" y=\"20\" font-size=\"14\" font-weight=\"bold\">%s</text>%n", escape(heading)));
    for (int i = 0; i < panels.size(); i++) {
      b.append(String.format(Locale.ROOT, "<g transform=\"translate(%d,%d)\">%n", (i % cols) * PANEL_W, 34 + (i / cols) * PANEL_H));
      drawPanel(b, panels.get(i));
      b.append("</g>\n");
    }
    return b.append("</svg>\n").toString();
  }

  private static void drawPanel(StringBuilder b, Panel p) {
    int w = PANEL_W - LEFT - RIGHT;
    int h = PANEL_H - TOP - BOTTOM;
    double maxMs = 0;
    for (Series s : p.series()) for (double[] pt : s.points()) maxMs = Math.max(maxMs, pt[1]);
    double top = niceCeiling(maxMs);
    b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\" font-weight=\"bold\">%s</text>%n", LEFT, escape(p.title())));
    b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n", LEFT, TOP, w, h));
    for (int k = 0; k <= 4; k++) {
      double v = top * k / 4;
      double y = TOP + h - h * k / 4.0;
      b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>", LEFT, LEFT + w, y, y));
      b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 4, y + 4, label(v)));
    }
    String[] ticks = {"0%", "90%", "99%", "99.9%", "99.99%", "99.999%"};
    for (int k = 0; k <= MAX_NINES; k++) {
      double x = LEFT + w * k / MAX_NINES;
      b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#eee\"/>", x, x, TOP, TOP + h));
      b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, TOP + h + 14, ticks[k]));
    }
    b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">percentile</text>", LEFT + w / 2, TOP + h + 30));
    b.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\" fill=\"#555\" transform=\"rotate(-90 12 %d)\" text-anchor=\"middle\">ms</text>%n",
        TOP + h / 2, TOP + h / 2));
    int legendY = TOP + 14;
    for (Series s : p.series()) {
      StringBuilder path = new StringBuilder();
      for (double[] pt : s.points()) {
        double nines = Math.min(MAX_NINES, Math.log10(100.0 / Math.max(1e-9, 100.0 - pt[0])));
        double x = LEFT + w * nines / MAX_NINES;
        double y = TOP + h - (top <= 0 ? 0 : h * pt[1] / top);
        path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
      }
      b.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", path, s.color()));
      b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"3\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
          LEFT + 8, legendY - 4, s.color(), LEFT + 24, legendY, escape(s.name())));
      legendY += 14;
    }
  }

  /** 1, 2 or 5 times a power of ten, at or above v. */
  static double niceCeiling(double v) {
    if (v <= 0) return 1;
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 5, 10}) if (m * p >= v) return m * p;
    return 10 * p;
  }

  private static String label(double v) {
    return v >= 10 || v == 0 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
