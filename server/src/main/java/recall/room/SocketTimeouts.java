package recall.room;

/**
 * How long a WebSocket may stay silent.
 *
 * @param helloMs a socket that has not been welcomed (join, resume or host) this long is closed; so is
 *     one that leaves a message unfinished this long. 0: never
 * @param idleMs a socket the server has heard nothing from this long (not even the pong to its
 *     ping) is closed; the server pings every third of it. 0: never
 */
public record SocketTimeouts(long helloMs, long idleMs) {
  public static final SocketTimeouts NONE = new SocketTimeouts(0, 0);
}
