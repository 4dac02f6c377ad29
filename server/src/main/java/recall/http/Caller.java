package recall.http;

import io.vertx.ext.web.RoutingContext;

/**
 * Who is calling: the teacher {@link AuthApi#requireTeacher} resolved once per request. The one place
 * that reads it, so that per-teacher caps follow when accounts gain owners.
 */
final class Caller {
  private Caller() {
  }

  /** The logged-in teacher's user name, or null before {@link AuthApi#requireTeacher} ran. */
  static String user(RoutingContext ctx) {
    return ctx.get(AuthApi.USER);
  }
}
