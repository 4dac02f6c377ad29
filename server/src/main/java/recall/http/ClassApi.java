package recall.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import recall.auth.Teacher;
import recall.classes.RosterEdit;
import recall.classes.SchoolClass;
import recall.classes.Student;
import recall.store.ClassStore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * {@code /api/classes}: a teacher's classes from a pasted list of names, each student with a
 * personal join code, and the join cards to print. Another teacher's class answers 404.
 */
final class ClassApi {
  private final ClassStore classes;
  private final Supplier<String> publicBase;
  private final java.time.Clock clock;

  ClassApi(ClassStore classes, Supplier<String> publicBase, java.time.Clock clock) {
    this.classes = classes;
    this.publicBase = publicBase;
    this.clock = clock;
  }

  void mount(Router router) {
    router.post("/api/classes").handler(this::create);
    router.get("/api/classes").handler(this::list);
    router.get("/api/classes/:id/cards").handler(this::cards);
    router.get("/api/classes/:id").handler(this::get);
    router.put("/api/classes/:id").handler(this::update);
    router.delete("/api/classes/:id").handler(this::delete);
  }

  private static RosterEdit edit(RoutingContext ctx) {
    JsonObject body = Errors.body(ctx);
    if (body == null) return null;
    try {
      return RosterEdit.parse(body);
    } catch (RosterEdit.Invalid e) {
      Errors.badRequest(ctx, e.getMessage());
      return null;
    }
  }

  private void create(RoutingContext ctx) {
    RosterEdit edit = edit(ctx);
    if (edit == null) return;
    answer(ctx, 201, classes.create(Teacher.of(ctx).user(), edit, clock.millis()));
  }

  private void list(RoutingContext ctx) {
    classes.list(Teacher.of(ctx).user()).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else Errors.json(ctx, 200, new JsonArray(ar.result().stream().map(SchoolClass::summary).toList()));
    });
  }

  private void get(RoutingContext ctx) {
    answer(ctx, 200, classes.get(ctx.pathParam("id"), Teacher.of(ctx).user()));
  }

  private void update(RoutingContext ctx) {
    RosterEdit edit = edit(ctx);
    if (edit == null) return;
    answer(ctx, 200, classes.update(ctx.pathParam("id"), Teacher.of(ctx).user(), edit));
  }

  private void delete(RoutingContext ctx) {
    classes.delete(ctx.pathParam("id"), Teacher.of(ctx).user()).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (!ar.result()) Errors.notFound(ctx, "Class");
      else ctx.response().setStatusCode(204).end();
    });
  }

  /**
   * {@code GET /api/classes/{id}/cards[?pin=]}: each student's name, code, join link and a QR code
   * (SVG) of the link; with a PIN the link opens that room, else the phone asks for the PIN.
   */
  private void cards(RoutingContext ctx) {
    String pin = ctx.request().getParam("pin");
    if (pin != null && !pin.matches("[0-9]{6}")) {
      Errors.badRequest(ctx, "pin must be 6 digits.");
      return;
    }
    classes.get(ctx.pathParam("id"), Teacher.of(ctx).user()).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (ar.result() == null) Errors.notFound(ctx, "Class");
      else {
        JsonArray cards = new JsonArray();
        for (Student s : ar.result().students()) {
          String link = joinLink(pin, s.code());
          cards.add(new JsonObject().put("id", s.id()).put("name", s.name()).put("code", s.code())
              .put("joinUrl", link).put("qr", QrSvg.of(link)));
        }
        Errors.json(ctx, 200, new JsonObject().put("id", ar.result().id()).put("name", ar.result().name())
            .put("pin", pin).put("cards", cards));
      }
    });
  }

  private String joinLink(String pin, String code) {
    String c = URLEncoder.encode(code, StandardCharsets.UTF_8);
    return publicBase.get() + "/?" + (pin == null ? "" : "pin=" + pin + "&") + "code=" + c;
  }

  private static void answer(RoutingContext ctx, int status, Future<SchoolClass> result) {
    result.onComplete(ar -> {
      if (ar.failed() && ar.cause() instanceof RosterEdit.Invalid bad) Errors.badRequest(ctx, bad.getMessage());
      else if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (ar.result() == null) Errors.notFound(ctx, "Class");
      else Errors.json(ctx, status, ar.result().toJson());
    });
  }
}
