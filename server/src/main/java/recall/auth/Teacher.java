package recall.auth;

import io.vertx.ext.web.RoutingContext;

/**
 * The teacher a request comes from, resolved once by the log-in guard and put on the request.
 * Handlers read it with {@link #of} and pass {@link #user()} to every store query as the owner.
 *
 * @param user the account name, which is also the owner of everything the teacher makes
 */
public record Teacher(String user, String displayName, boolean admin) {
  static final String KEY = "recall.teacher";

  /** The teacher of a request that passed the guard (null before it). */
  public static Teacher of(RoutingContext ctx) {
    return ctx.get(KEY);
  }

  /** Done by the guard alone. */
  public void putOn(RoutingContext ctx) {
    ctx.put(KEY, this);
  }
}
