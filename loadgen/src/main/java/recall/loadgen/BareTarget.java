package recall.loadgen;

import io.vertx.core.Future;

import java.util.concurrent.atomic.AtomicInteger;

/** The bare baseline ({@link BareServer}): a "room" is just a name for a broadcast group. */
final class BareTarget implements Target {
  private final String host;
  private final int port;
  private final AtomicInteger rooms = new AtomicInteger(100_000);

  BareTarget(String host, int port) {
    this.host = host;
    this.port = port;
  }

  @Override
  public String name() {
    return "baseline";
  }

  @Override
  public String host() {
    return host;
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public Future<RoomGame> openRoom(Scenario scenario, int questions) {
    return Future.succeededFuture(new RoomGame(String.valueOf(rooms.incrementAndGet()), "bare", questions));
  }

  @Override
  public Future<Verification> verify(RoomGame room) {
    return Future.succeededFuture(null);
  }
}
