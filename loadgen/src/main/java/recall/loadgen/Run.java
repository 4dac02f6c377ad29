package recall.loadgen;

import io.vertx.core.Vertx;

/** What the players and hosts of one scenario run share: where to connect, and where to count. */
final class Run {
  final Vertx vertx;
  final Connector connector;
  final Scenario scenario;
  final Tally tally;
  /** From the host's {@code next} to a player's receipt of the question. */
  final Latency fanOut = new Latency();
  /** From the host's {@code start} to a player's receipt of the first question (the session is saved first). */
  final Latency start = new Latency();
  /** From the time an answer was scheduled to be sent to its {@code answered}. */
  final Latency roundTrip = new Latency();
  volatile boolean stopping;

  Run(Vertx vertx, Connector connector, Scenario scenario) {
    this.vertx = vertx;
    this.connector = connector;
    this.scenario = scenario;
    long perGame = (long) scenario.questions() * (scenario.timeLimitSeconds() * 1000L + scenario.revealPauseMs()) + 60_000;
    this.tally = new Tally(Math.max(perGame, scenario.gameEveryMs()) * scenario.games());
  }
}
