package recall.loadgen;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Plays one scenario against one target, game after game: opens the rooms, connects the hosts and
 * the players, plays, checks the saved sessions, and closes everything. It runs on a plain thread
 * and waits on each step, so the steps read in order; the players themselves run on event loops.
 */
final class ScenarioRunner {
  /** Handshakes in flight at once: more only fills the server's accept backlog. */
  static final int CONNECT_PARALLELISM = 128;

  private final Vertx vertx;
  private final int addresses;
  private final long serverPid;
  private final long baselinePid;
  private final ServerProbe probe;
  private final Consumer<String> log;
  private final long seed;

  /**
   * @param addresses loopback source addresses to spread connections over (0: let the OS choose)
   * @param probe the Recall server's metrics and heap, or null
   */
  ScenarioRunner(Vertx vertx, int addresses, long serverPid, long baselinePid, ServerProbe probe, Consumer<String> log, long seed) {
    this.vertx = vertx;
    this.addresses = addresses;
    this.serverPid = serverPid;
    this.baselinePid = baselinePid;
    this.probe = probe;
    this.log = log;
    this.seed = seed;
  }

  ScenarioResult run(Scenario s, Target target) {
    Connector connector = new Connector(vertx, target.host(), target.port(), addresses);
    Run run = new Run(vertx, connector, s);
    ScenarioResult result = new ScenarioResult(s, target.name(), run);
    boolean recall = target instanceof RecallTarget;
    String limit = Limits.shortfall(s.players() + s.rooms(), Math.max(1, addresses), recall ? serverPid : 0);
    if (limit != null) {
      result.skipped = "LIMIT " + limit;
      log.accept(s.name() + " [" + target.name() + "] not run: " + result.skipped);
      return result;
    }
    long startedNanos = System.nanoTime();
    double[] cpuBefore = cpuNow();
    String metricsBefore = recall ? scrape() : null;
    long sampler = recall && probe != null && s.games() > 1 ? samplePeakConnected(result) : -1;
    try {
      for (int g = 0; g < s.games(); g++) {
        if (s.gameEveryMs() > 0) waitForSlot(startedNanos, g, s.gameEveryMs(), result);
        playGame(run, target, result, g, recall);
      }
    } catch (RuntimeException e) {
      result.notes.add("stopped: " + e.getMessage());
      log.accept(s.name() + " [" + target.name() + "] stopped: " + e.getMessage());
    } finally {
      if (sampler >= 0) vertx.cancelTimer(sampler);
      run.stopping = true;
      await(connector.close(), 10_000);
    }
    result.durationMs = (System.nanoTime() - startedNanos) / 1_000_000;
    result.cpu = cpuUsed(cpuBefore, cpuNow(), result.durationMs);
    String metricsAfter = recall ? scrape() : null;
    if (metricsBefore != null && metricsAfter != null) {
      result.serverRoundTrip = ServerHistograms.between(metricsBefore, metricsAfter, ServerHistograms.ROUND_TRIP);
      result.serverCommit = ServerHistograms.between(metricsBefore, metricsAfter, ServerHistograms.COMMIT);
    }
    for (Map.Entry<String, Long> f : run.tally.connectFailures().entrySet()) {
      result.notes.add(f.getValue() + " connection(s) failed: " + Limits.advice(f.getKey()));
    }
    return result;
  }

  private void waitForSlot(long startedNanos, int game, long everyMs, ScenarioResult result) {
    long dueMs = game * everyMs - (System.nanoTime() - startedNanos) / 1_000_000;
    if (dueMs > 0) sleep(dueMs);
    else if (game > 0 && dueMs < -1000) result.notes.add("game " + (game + 1) + " started " + (-dueMs) + " ms late: the previous one took longer than " + everyMs + " ms");
  }

  private void playGame(Run run, Target target, ScenarioResult result, int game, boolean recall) {
    Scenario s = run.scenario;
    String tag = s.name() + " [" + target.name() + "]" + (s.games() > 1 ? " game " + (game + 1) + "/" + s.games() : "");
    List<Future<RoomGame>> opening = new ArrayList<>();
    for (int r = 0; r < s.rooms(); r++) opening.add(target.openRoom(s, s.questions()));
    List<RoomGame> rooms = new ArrayList<>();
    for (Future<RoomGame> f : opening) rooms.add(await(f, 30_000));

    List<HostDriver> hosts = new ArrayList<>();
    for (RoomGame room : rooms) hosts.add(new HostDriver(run, room));
    await(Future.all(hosts.stream().map(HostDriver::connect).toList()), 60_000);

    long pid = recall ? serverPid : baselinePid;
    boolean heap = s.measureHeap() && game == 0 && pid > 0;
    double heapBefore = heap ? heapAfterGc(pid) : Double.NaN;

    SplittableRandom random = new SplittableRandom(seed + 1000L * game + s.name().hashCode());
    List<SimulatedPlayer> players = new ArrayList<>();
    for (int r = 0; r < rooms.size(); r++) {
      for (int j = 0; j < s.playersPerRoom(); j++) {
        SimulatedPlayer p = new SimulatedPlayer(run, rooms.get(r), "s" + (j + 1) + "-" + Integer.toString(r, 36), random.split());
        rooms.get(r).players.add(p);
        players.add(p);
      }
    }
    long joinStart = System.nanoTime();
    long joinedBefore = run.tally.joined.sum();
    await(joinAll(players), SimulatedPlayer.JOIN_TIMEOUT_MS + 120_000);
    long joinedNow = run.tally.joined.sum() - joinedBefore;
    log.accept(String.format("%s: %d of %d players joined in %.1f s", tag, joinedNow, players.size(), (System.nanoTime() - joinStart) / 1e9));
    if (heap) {
      result.heapBaselineBytes = heapBefore;
      result.heapPerPlayerLobby = (heapAfterGc(pid) - heapBefore) / Math.max(1, joinedNow);
    }

    rooms.forEach(RoomGame::countExpected);
    long perGameMs = s.questions() * (s.timeLimitSeconds() * 1000L + s.revealPauseMs() + 10_000) + 60_000;
    List<Future<String>> games = hosts.stream().map(HostDriver::play).toList();
    awaitQuietly(Future.join(new ArrayList<>(games)), perGameMs);
    long unfinished = games.stream().filter(f -> !f.succeeded()).count();
    if (unfinished > 0) result.notes.add(tag + ": " + unfinished + " room(s) did not finish");
    awaitQuietly(Future.join(players.stream().filter(SimulatedPlayer::isIn).map(SimulatedPlayer::finished).toList()), 10_000);
    if (heap) result.heapPerPlayerEnd = (heapAfterGc(pid) - heapBefore) / Math.max(1, joinedNow);

    verify(target, rooms, result);
    List<Future<Void>> leaving = new ArrayList<>();
    players.forEach(p -> leaving.add(p.leave()));
    hosts.forEach(h -> leaving.add(h.leave()));
    awaitQuietly(Future.join(leaving), 30_000);
    log.accept(String.format("%s: done, %d answers acknowledged so far%s", tag, run.tally.acked.sum(),
        result.lost >= 0 ? ", lost " + result.lost : ""));
  }

  private void verify(Target target, List<RoomGame> rooms, ScenarioResult result) {
    for (RoomGame room : rooms) {
      Target.Verification v = await(target.verify(room), 120_000);
      if (v == null) continue;
      result.stored += v.stored();
      result.lost = Math.max(0, result.lost) + v.lost();
    }
  }

  /** Joins every player, a bounded number of handshakes at a time; a failed join is counted, not fatal. */
  private static Future<Void> joinAll(List<SimulatedPlayer> players) {
    Promise<Void> all = Promise.promise();
    AtomicInteger next = new AtomicInteger();
    int workers = Math.min(CONNECT_PARALLELISM, players.size());
    AtomicInteger active = new AtomicInteger(workers);
    if (workers == 0) all.complete();
    for (int w = 0; w < workers; w++) joinNext(players, next, active, all);
    return all.future();
  }

  private static void joinNext(List<SimulatedPlayer> players, AtomicInteger next, AtomicInteger active, Promise<Void> all) {
    int i = next.getAndIncrement();
    if (i >= players.size()) {
      if (active.decrementAndGet() == 0) all.tryComplete();
      return;
    }
    players.get(i).join().onComplete(ar -> joinNext(players, next, active, all));
  }

  private double heapAfterGc(long pid) {
    try {
      return HeapProbe.liveBytes(pid);
    } catch (java.io.IOException | InterruptedException e) {
      log.accept("heap not measured: " + e.getMessage());
      return Double.NaN;
    }
  }

  private String scrape() {
    try {
      return probe == null ? null : await(probe.metrics(), 30_000);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** CPU seconds so far: the generator, Recall, the baseline, and the whole machine. */
  private double[] cpuNow() {
    return new double[] {CpuClock.cpuSeconds(ProcessHandle.current().pid()), CpuClock.cpuSeconds(serverPid),
        CpuClock.cpuSeconds(baselinePid), CpuClock.machineBusySeconds()};
  }

  private static io.vertx.core.json.JsonObject cpuUsed(double[] before, double[] after, long wallMs) {
    double gen = after[0] - before[0];
    double server = after[1] - before[1];
    double base = after[2] - before[2];
    double machine = after[3] - before[3];
    double others = machine - gen - (Double.isNaN(server) ? 0 : server) - (Double.isNaN(base) ? 0 : base);
    return new io.vertx.core.json.JsonObject().put("wall", wallMs / 1000.0).put("generator", Latency.round(gen, 1))
        .put("recall", Latency.round(server, 1)).put("baseline", Latency.round(base, 1)).put("machine", Latency.round(machine, 1))
        .put("otherProcesses", Latency.round(others, 1)).put("loadAverage1m", CpuClock.loadAverage());
  }

  private long samplePeakConnected(ScenarioResult result) {
    return vertx.setPeriodic(2000, id -> probe.playersConnected().onSuccess(n -> {
      if (!Double.isNaN(n) && (Double.isNaN(result.peakConnected) || n > result.peakConnected)) result.peakConnected = n;
    }));
  }

  static <T> T await(Future<T> future, long timeoutMs) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(timeoutMs, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause() == null ? e.toString() : e.getCause().getMessage(), e.getCause());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("no answer within " + timeoutMs / 1000 + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void awaitQuietly(Future<?> future, long timeoutMs) {
    try {
      await(future, timeoutMs);
    } catch (RuntimeException ignored) {
      // What did not complete shows in the counts.
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
