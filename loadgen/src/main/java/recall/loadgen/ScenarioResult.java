package recall.loadgen;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The figures of one scenario played against one target. */
final class ScenarioResult {
  final Scenario scenario;
  final String target;
  final Run run;
  final List<String> notes = new ArrayList<>();
  long durationMs;
  long stored;
  /** Acknowledged answers missing from the saved sessions; -1 when not checked (the baseline). */
  long lost = -1;
  /** Heap per connected player in bytes, in the lobby and at the end of the game; NaN when not measured. */
  double heapPerPlayerLobby = Double.NaN;
  double heapPerPlayerEnd = Double.NaN;
  double heapBaselineBytes = Double.NaN;
  double peakConnected = Double.NaN;
  String skipped;
  /** The server's own histograms over the scenario, and the CPU each process used. */
  JsonObject serverRoundTrip;
  JsonObject serverCommit;
  JsonObject cpu;

  ScenarioResult(Scenario scenario, String target, Run run) {
    this.scenario = scenario;
    this.target = target;
    this.run = run;
  }

  long joined() {
    return run.tally.joined.sum();
  }

  long acked() {
    return run.tally.acked.sum();
  }

  long connectFailures() {
    return run.tally.connectFailures().values().stream().mapToLong(Long::longValue).sum();
  }

  /** The larger of the two heap readings: the honest cost of a player. */
  double heapPerPlayer() {
    if (Double.isNaN(heapPerPlayerEnd)) return heapPerPlayerLobby;
    if (Double.isNaN(heapPerPlayerLobby)) return heapPerPlayerEnd;
    return Math.max(heapPerPlayerLobby, heapPerPlayerEnd);
  }

  JsonObject toJson() {
    Tally t = run.tally;
    JsonObject o = new JsonObject().put("scenario", scenario.name()).put("target", target)
        .put("description", scenario.describe()).put("rooms", scenario.rooms()).put("playersPerRoom", scenario.playersPerRoom())
        .put("games", scenario.games()).put("players", scenario.players());
    if (skipped != null) return o.put("skipped", skipped);
    o.put("durationMs", durationMs).put("joined", joined()).put("connectFailures", new JsonObject(Map.copyOf(t.connectFailures())))
        .put("answersSent", t.answersSent.sum()).put("acknowledged", acked()).put("resumes", t.resumes.sum())
        .put("unexpectedCloses", t.unexpectedCloses.sum()).put("errors", new JsonObject(Map.copyOf(t.errors())))
        .put("bestSecondAnswersSent", t.bestSecondSent()).put("bestSecondAnswersStored", t.bestSecond())
        .put("peakAnswersStoredPerSecond", t.peakRate());
    if (serverRoundTrip != null) o.put("serverAnswerRoundTripMs", serverRoundTrip).put("serverCommitMs", serverCommit);
    if (cpu != null) o.put("cpuSeconds", cpu);
    if (lost >= 0) o.put("stored", stored).put("lost", lost);
    if (!Double.isNaN(heapPerPlayer())) {
      o.put("heap", new JsonObject().put("bytesPerPlayerLobby", Latency.round(heapPerPlayerLobby, 0))
          .put("bytesPerPlayerEndOfGame", Latency.round(heapPerPlayerEnd, 0)).put("heapBeforeBytes", heapBaselineBytes)
          .put("method", "jcmd <pid> GC.class_histogram Total (full GC, reachable objects only); (with N connected - before they connected) / N"));
    }
    if (!Double.isNaN(peakConnected)) o.put("peakPlayersConnected", peakConnected);
    o.put("latencyMs", new JsonObject().put("fanOut", run.fanOut.toJson()).put("start", run.start.toJson())
        .put("answerRoundTrip", run.roundTrip.toJson()));
    return o.put("notes", new JsonArray(new ArrayList<>(notes)));
  }
}
