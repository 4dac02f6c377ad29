package recall.app;

import java.util.Locale;
import java.util.Map;

/**
 * The limits that keep one hostile student or stranger from spoiling a lesson (issue 15), read once
 * at start with the rest of {@link Config}.
 *
 * @param maxPlayers players in one room, 0 for no cap
 * @param joinsPerAddress players one address may add to one room, 0 for no cap (a class behind one
 *     school router shares an address, so the default fits 35 and more)
 * @param pinFailuresPerMinute failed PIN look-ups a minute over the whole server, 0 for no budget
 * @param roomsPerTeacher open rooms one teacher may have, 0 for no cap
 * @param roomIdleMs a room with no join, answer or command for this long is ended
 * @param metrics who may read {@code /metrics}: {@code local} (loopback only), {@code token} or {@code open}
 * @param metricsToken the bearer token {@code /metrics} wants in {@code token} mode, or null
 */
public record Limits(int maxPlayers, int joinsPerAddress, int pinFailuresPerMinute, int roomsPerTeacher,
                     long roomIdleMs, String metrics, String metricsToken) {

  /** The settings' names, environment variable and flag, for {@link Config}. */
  static final String[][] NAMES = {
      {"RECALL_MAX_PLAYERS", "--max-players", "players in one room, 0 for no cap (default 200)"},
      {"RECALL_ROOM_JOINS_PER_ADDRESS", "--room-joins-per-address", "joins of one room from one address, 0 for no cap (default 60)"},
      {"RECALL_PIN_FAILURE_LIMIT", "--pin-failure-limit", "wrong PINs a minute, server-wide, 0 for no cap (default 300)"},
      {"RECALL_MAX_ROOMS_PER_TEACHER", "--max-rooms-per-teacher", "open rooms of one teacher, 0 for no cap (default 20)"},
      {"RECALL_ROOM_MAX_IDLE_HOURS", "--room-max-idle-hours", "hours without a join, answer or command before a room is ended (default 4)"},
      {"RECALL_METRICS", "--metrics", "who may read /metrics: local, token or open (default local)"},
      {"RECALL_METRICS_TOKEN", "--metrics-token", "the bearer token /metrics takes with --metrics token"},
  };

  /** The defaults of a real server. */
  public static Limits defaults() {
    return new Limits(200, 60, 300, 20, 4 * 3600_000L, "local", null);
  }

  static Limits from(Map<String, String> v) {
    Limits d = defaults();
    String metrics = v.getOrDefault("RECALL_METRICS", d.metrics()).trim().toLowerCase(Locale.ROOT);
    if (!metrics.equals("local") && !metrics.equals("token") && !metrics.equals("open")) {
      throw new IllegalArgumentException("RECALL_METRICS must be local, token or open, not '" + metrics + "'");
    }
    String token = v.get("RECALL_METRICS_TOKEN");
    if (metrics.equals("token") && (token == null || token.isBlank())) {
      throw new IllegalArgumentException("RECALL_METRICS=token needs RECALL_METRICS_TOKEN");
    }
    return new Limits(
        Config.number(v, "RECALL_MAX_PLAYERS", d.maxPlayers()),
        Config.number(v, "RECALL_ROOM_JOINS_PER_ADDRESS", d.joinsPerAddress()),
        Config.number(v, "RECALL_PIN_FAILURE_LIMIT", d.pinFailuresPerMinute()),
        Config.number(v, "RECALL_MAX_ROOMS_PER_TEACHER", d.roomsPerTeacher()),
        Config.number(v, "RECALL_ROOM_MAX_IDLE_HOURS", 4) * 3600_000L,
        metrics, token);
  }

  public Limits withMaxPlayers(int n) {
    return new Limits(n, joinsPerAddress, pinFailuresPerMinute, roomsPerTeacher, roomIdleMs, metrics, metricsToken);
  }

  public Limits withJoinsPerAddress(int n) {
    return new Limits(maxPlayers, n, pinFailuresPerMinute, roomsPerTeacher, roomIdleMs, metrics, metricsToken);
  }

  public Limits withPinFailuresPerMinute(int n) {
    return new Limits(maxPlayers, joinsPerAddress, n, roomsPerTeacher, roomIdleMs, metrics, metricsToken);
  }

  public Limits withRoomsPerTeacher(int n) {
    return new Limits(maxPlayers, joinsPerAddress, pinFailuresPerMinute, n, roomIdleMs, metrics, metricsToken);
  }

  public Limits withMetrics(String mode, String token) {
    return new Limits(maxPlayers, joinsPerAddress, pinFailuresPerMinute, roomsPerTeacher, roomIdleMs, mode, token);
  }
}
