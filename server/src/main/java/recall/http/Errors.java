package recall.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The contract's HTTP errors: a status and {@code {"error":"<code>","message":"..."}}. */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private Errors() {
  }

  static void send(RoutingContext ctx, int status, String code, String message) {
    send(ctx, status, new JsonObject().put("error", code).put("message", message));
  }

  static void send(RoutingContext ctx, int status, JsonObject body) {
    if (ctx.response().ended()) return;
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8").end(body.encode());
  }

  static void badRequest(RoutingContext ctx, String message) {
    send(ctx, 400, "bad-request", message);
  }

  static void notFound(RoutingContext ctx, String what) {
    send(ctx, 404, "not-found", what + " not found");
  }

  /** Anything unexpected: logged once with the request, answered 500 without the details. */
  static void internal(RoutingContext ctx, Throwable err) {
    LOG.error("{} {} failed", ctx.request().method(), ctx.request().path(), err);
    send(ctx, 500, "internal", "The server could not do that; the log has the details.");
  }

  /** Sends JSON with a status. */
  static void json(RoutingContext ctx, int status, Object body) {
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
        .end(body instanceof JsonObject o ? o.encode() : body instanceof io.vertx.core.json.JsonArray a ? a.encode() : io.vertx.core.json.Json.encode(body));
  }

  /**
   * The request body as a JSON object, or null after answering 400: a body that is not valid JSON
   * is the client's mistake, not the server's.
   */
  static JsonObject body(RoutingContext ctx) {
    try {
      io.vertx.core.buffer.Buffer b = ctx.body().buffer();
      if (b == null || b.length() == 0) {
        badRequest(ctx, "The request needs a JSON body.");
        return null;
      }
      Object v = io.vertx.core.json.Json.decodeValue(b);
      if (v instanceof JsonObject o) return o;
      badRequest(ctx, "The body must be a JSON object.");
      return null;
    } catch (io.vertx.core.json.DecodeException e) {
      badRequest(ctx, "The body is not valid JSON.");
      return null;
    }
  }
}
