package recall.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import recall.auth.Accounts;
import recall.auth.Staff;
import recall.auth.Teacher;

/** {@code /api/teachers}: an admin manages the staff's accounts; anyone else gets 403 forbidden. */
final class StaffApi {
  private final Staff staff;

  StaffApi(Staff staff) {
    this.staff = staff;
  }

  void mount(Router router) {
    router.route("/api/teachers").handler(StaffApi::requireAdmin);
    router.route("/api/teachers/*").handler(StaffApi::requireAdmin);
    router.post("/api/teachers").handler(this::add);
    router.get("/api/teachers").handler(this::list);
    router.post("/api/teachers/:user/reset").handler(this::reset);
    router.delete("/api/teachers/:user").handler(this::remove);
  }

  private static void requireAdmin(RoutingContext ctx) {
    if (Teacher.of(ctx).admin()) ctx.next();
    else Errors.send(ctx, 403, "forbidden", "Only an admin manages the staff's accounts.");
  }

  private void add(RoutingContext ctx) {
    JsonObject body = Errors.body(ctx);
    if (body == null) return;
    if (!(body.getValue("user") instanceof String given)) {
      Errors.badRequest(ctx, "A new teacher needs \"user\": a user name.");
      return;
    }
    String user = Accounts.normalize(given);
    String problem = Staff.userNameProblem(user);
    Object display = body.getValue("displayName");
    String displayName = display instanceof String s && !s.isBlank() ? s.strip() : user;
    if (problem == null && (display != null && !(display instanceof String) || displayName.length() > Staff.MAX_DISPLAY_NAME)) {
      problem = "displayName must be a string of at most " + Staff.MAX_DISPLAY_NAME + " characters.";
    }
    if (problem != null) {
      Errors.badRequest(ctx, problem);
      return;
    }
    staff.add(user, displayName).onComplete(ar -> {
      if (ar.succeeded()) Errors.json(ctx, 201, new JsonObject().put("user", user).put("password", ar.result()));
      else if (ar.cause() instanceof Staff.Taken t) Errors.send(ctx, 409, "teacher-exists", t.getMessage());
      else Errors.internal(ctx, ar.cause());
    });
  }

  private void list(RoutingContext ctx) {
    staff.list().onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else Errors.json(ctx, 200, ar.result());
    });
  }

  private void reset(RoutingContext ctx) {
    staff.reset(Accounts.normalize(ctx.pathParam("user"))).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (ar.result() == null) Errors.notFound(ctx, "Teacher");
      else Errors.json(ctx, 200, new JsonObject().put("password", ar.result()));
    });
  }

  private void remove(RoutingContext ctx) {
    String user = Accounts.normalize(ctx.pathParam("user"));
    if (user.equals(Teacher.of(ctx).user())) {
      Errors.send(ctx, 400, "bad-request", "You cannot remove your own account; another admin can.");
      return;
    }
    staff.remove(user).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (!ar.result()) Errors.notFound(ctx, "Teacher");
      else ctx.response().setStatusCode(204).end();
    });
  }
}
