package recall.loadgen;

import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The targets, checked against the figures of a run. */
final class Targets {
  /** One target: what was asked, what was measured, whether it was met (null: not measured). */
  record Check(String target, String goal, String measured, Boolean met) {
    JsonObject toJson() {
      return new JsonObject().put("target", target).put("goal", goal).put("measured", measured).put("met", met);
    }
  }

  private Targets() {
  }

  static List<Check> check(List<ScenarioResult> results) {
    List<Check> out = new ArrayList<>();
    ScenarioResult many = find(results, "many-rooms", "recall");
    ScenarioResult big = find(results, "big-room", "recall");
    ScenarioResult burst = find(results, "burst", "recall");
    ScenarioResult soak = find(results, "soak", "recall");

    out.add(connected("players connected at once, one room", big, 10_000));
    out.add(connected("players connected at once, 50 rooms", many, 10_000));
    out.add(soak == null || soak.skipped != null ? new Check("held through the soak, none dropped", "0 dropped", "not run", null)
        : new Check("held through the soak, none dropped", soak.scenario.players() + " x " + soak.scenario.games() + " games, 0 dropped",
            soak.joined() + " joins, " + soak.run.tally.unexpectedCloses.sum() + " dropped by the server, " + soak.connectFailures()
                + " failed connects, " + soak.durationMs / 60_000 + " min",
            soak.run.tally.unexpectedCloses.sum() == 0 && soak.connectFailures() == 0 && soak.joined() == (long) soak.scenario.players() * soak.scenario.games()));
    out.add(p99("fan-out p99, rooms of " + size(burst), burst, r -> r.run.fanOut, 40));
    out.add(ratio("fan-out vs baseline, rooms of " + size(burst), burst, find(results, "burst", "baseline"), r -> r.run.fanOut));
    out.add(p99("fan-out p99, room of " + size(big), big, r -> r.run.fanOut, 150));
    out.add(ratio("fan-out vs baseline, room of " + size(big), big, find(results, "big-room", "baseline"), r -> r.run.fanOut));
    out.add(p99("answer round trip p99, " + (many == null ? "" : many.run.tally.bestSecond() + " answers/s best second"), many, r -> r.run.roundTrip, 25));
    out.add(p99("answer round trip p99, burst", burst, r -> r.run.roundTrip, 100));
    long lost = results.stream().filter(r -> r.lost >= 0).mapToLong(r -> r.lost).sum();
    long acked = results.stream().filter(r -> r.lost >= 0).mapToLong(ScenarioResult::acked).sum();
    out.add(new Check("acknowledged answers lost", "0", lost + " of " + acked, lost == 0));
    long best = results.stream().filter(r -> r.target.equals("recall") && r.skipped == null).mapToLong(r -> r.run.tally.peakRate()).max().orElse(0);
    int mostPlayers = results.stream().filter(r -> r.target.equals("recall") && r.skipped == null).mapToInt(r -> r.scenario.players()).max().orElse(0);
    out.add(mostPlayers < 10_000
        ? new Check("answers stored per second (best 0.5 s)", ">= 10000", best + "/s with " + mostPlayers + " players: not measured in quick mode", null)
        : new Check("answers stored per second (best 0.5 s)", ">= 10000", best + "/s", best >= 10_000));
    double heap = worstHeap(results, "recall");
    double baseHeap = worstHeap(results, "baseline");
    String floor = Double.isNaN(baseHeap) ? "" : String.format(" (bare Vert.x baseline: %.1f KB)", baseHeap / 1024);
    out.add(new Check("heap per connected player", "<= 16 KB", Double.isNaN(heap) ? "not measured" : String.format("%.1f KB", heap / 1024) + floor,
        Double.isNaN(heap) ? null : heap <= 16 * 1024));
    return out;
  }

  private static double worstHeap(List<ScenarioResult> results, String target) {
    return results.stream().filter(r -> r.target.equals(target) && !Double.isNaN(r.heapPerPlayer()))
        .mapToDouble(ScenarioResult::heapPerPlayer).max().orElse(Double.NaN);
  }

  static ScenarioResult find(List<ScenarioResult> results, String scenario, String target) {
    for (ScenarioResult r : results) if (r.scenario.name().equals(scenario) && r.target.equals(target)) return r;
    return null;
  }

  private static String size(ScenarioResult r) {
    return r == null ? "?" : String.format("%,d", r.scenario.playersPerRoom());
  }

  private static Check connected(String what, ScenarioResult r, int goal) {
    if (r == null || r.skipped != null) return new Check(what, String.format("%,d", goal), r == null ? "not run" : r.skipped, null);
    // Quick mode plays with fewer players than the goal on purpose: a count below it is no miss.
    if (r.scenario.players() < goal) {
      return new Check(what, String.format("%,d", goal), String.format("%,d of %,d: not measured in quick mode", r.joined(), r.scenario.players()), null);
    }
    long dropped = r.run.tally.unexpectedCloses.sum();
    return new Check(what, String.format("%,d", goal), String.format("%,d (%d dropped)", r.joined(), dropped), r.joined() >= goal && dropped == 0);
  }

  private static Check p99(String what, ScenarioResult r, java.util.function.Function<ScenarioResult, Latency> pick, double goalMs) {
    if (r == null || r.skipped != null || pick.apply(r).count() == 0) return new Check(what, "<= " + (int) goalMs + " ms", "not measured", null);
    double v = pick.apply(r).p99();
    return new Check(what, "<= " + (int) goalMs + " ms", String.format("%.1f ms", v), v <= goalMs);
  }

  private static Check ratio(String what, ScenarioResult r, ScenarioResult base, java.util.function.Function<ScenarioResult, Latency> pick) {
    Predicate<ScenarioResult> usable = x -> x != null && x.skipped == null && pick.apply(x).count() > 0;
    if (!usable.test(r) || !usable.test(base)) return new Check(what, "<= 1.3x", "not measured", null);
    double x = pick.apply(r).p99() / pick.apply(base).p99();
    return new Check(what, "<= 1.3x", String.format("%.2fx (%.1f / %.1f ms)", x, pick.apply(r).p99(), pick.apply(base).p99()), x <= 1.3);
  }
}
