package recall.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import recall.quiz.Gift;
import recall.quiz.ImportResult;
import recall.quiz.InvalidQuizException;
import recall.quiz.KahootCsv;
import recall.quiz.Problem;
import recall.quiz.Quiz;
import recall.quiz.QuizValidator;
import recall.store.QuizStore;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Quiz documents: list, read, create, update, delete, import from GIFT or CSV, export as GIFT. */
final class QuizApi {
  private final QuizStore quizzes;
  private final Map<String, List<String>> notes;
  private final Supplier<Future<JsonObject>> reloadQuestions;

  /** @param notes the notes files known to the server, so posted quizzes have their quotes checked too */
  QuizApi(QuizStore quizzes, Map<String, List<String>> notes, Supplier<Future<JsonObject>> reloadQuestions) {
    this.quizzes = quizzes;
    this.notes = notes;
    this.reloadQuestions = reloadQuestions;
  }

  void mount(Router router) {
    router.get("/api/quizzes").handler(this::list);
    router.post("/api/quizzes/import").handler(this::importFile);
    router.post("/api/quizzes/reload").handler(this::reload);
    router.get("/api/quizzes/:id/export.gift").handler(this::exportGift);
    router.get("/api/quizzes/:id").handler(this::get);
    router.post("/api/quizzes").handler(this::create);
    router.put("/api/quizzes/:id").handler(this::update);
    router.delete("/api/quizzes/:id").handler(this::delete);
  }

  private void list(RoutingContext ctx) {
    JsonArray out = new JsonArray();
    quizzes.all().forEach(q -> out.add(q.summary()));
    Errors.json(ctx, 200, out);
  }

  /** Reads the questions folder again, without a restart: a teacher added or fixed a file. */
  private void reload(RoutingContext ctx) {
    reloadQuestions.get().onComplete(ar -> {
      if (ar.succeeded()) Errors.json(ctx, 200, ar.result());
      else Errors.internal(ctx, ar.cause());
    });
  }

  private void get(RoutingContext ctx) {
    Quiz q = quizzes.get(ctx.pathParam("id"));
    if (q == null) Errors.notFound(ctx, "Quiz");
    else Errors.json(ctx, 200, q.toJson());
  }

  /**
   * Creating always creates: a document without an id gets one from its title, and one whose id is
   * taken gets a numbered id. The answer says which.
   */
  private void create(RoutingContext ctx) {
    JsonObject doc = Errors.body(ctx);
    if (doc == null) return;
    if (doc.getValue("id") == null && doc.getValue("title") instanceof String title) doc.put("id", slug(title));
    Quiz quiz = parse(ctx, doc);
    if (quiz == null) return;
    save(ctx, quiz.withId(freeId(quiz.id())), null);
  }

  private String freeId(String id) {
    String free = id;
    for (int n = 2; quizzes.get(free) != null; n++) free = id + "-" + n;
    return free;
  }

  private static String slug(String title) {
    String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (s.length() > 48) s = s.substring(0, 48).replaceAll("-+$", "");
    return s.isEmpty() ? "quiz" : s;
  }

  /** Stores a new quiz; {@code skipped} lists an import's problems, answered beside the new id. */
  private void save(RoutingContext ctx, Quiz quiz, JsonArray skipped) {
    quizzes.create(quiz).onComplete(ar -> {
      JsonObject created = new JsonObject().put("id", quiz.id()).put("questionCount", quiz.questions().size());
      if (skipped != null) created.put("problems", skipped);
      if (ar.succeeded()) Errors.json(ctx, 201, created);
      else if (ar.cause() instanceof QuizStore.Conflict c) Errors.send(ctx, 409, "quiz-exists", c.getMessage());
      else Errors.internal(ctx, ar.cause());
    });
  }

  private void update(RoutingContext ctx) {
    JsonObject doc = Errors.body(ctx);
    if (doc == null) return;
    String id = ctx.pathParam("id");
    if (doc.getValue("id") == null) doc.put("id", id);
    if (!id.equals(doc.getValue("id"))) {
      Errors.send(ctx, 400, invalid(List.of(Problem.of(null, "id", "the document's id must be the id in the URL, '" + id + "'"))));
      return;
    }
    Quiz quiz = parse(ctx, doc);
    if (quiz == null) return;
    quizzes.update(quiz).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (!ar.result()) Errors.notFound(ctx, "Quiz");
      else Errors.json(ctx, 200, new JsonObject().put("id", id).put("questionCount", quiz.questions().size()));
    });
  }

  private void delete(RoutingContext ctx) {
    quizzes.delete(ctx.pathParam("id")).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (!ar.result()) Errors.notFound(ctx, "Quiz");
      else ctx.response().setStatusCode(204).end();
    });
  }

  /** A valid quiz, or null after answering 400 with every problem. */
  private Quiz parse(RoutingContext ctx, JsonObject doc) {
    Object notesName = doc.getValue("notes");
    List<String> lines = notesName instanceof String n ? notes.get(n) : null;
    try {
      return QuizValidator.parse(doc, lines);
    } catch (InvalidQuizException e) {
      Errors.send(ctx, 400, invalid(e.problems()));
      return null;
    }
  }

  private static JsonObject invalid(List<Problem> problems) {
    JsonArray list = new JsonArray();
    problems.forEach(p -> list.add(p.toJson()));
    String first = problems.isEmpty() ? "" : ": " + problems.get(0);
    return new JsonObject().put("error", "invalid-quiz").put("message", problems.size() + " problem(s) in the quiz" + first).put("problems", list);
  }

  private void importFile(RoutingContext ctx) {
    String format = ctx.request().getParam("format", "gift");
    String title = ctx.request().getParam("title", "Imported quiz");
    String text = ctx.body().buffer() == null ? "" : ctx.body().buffer().toString(StandardCharsets.UTF_8);
    if (text.isBlank()) {
      Errors.badRequest(ctx, "Send the file's text as the request body.");
      return;
    }
    ImportResult result = switch (format) {
      case "gift" -> Gift.parse(text, title);
      case "csv" -> KahootCsv.parse(text, title);
      default -> null;
    };
    if (result == null) {
      Errors.badRequest(ctx, "format must be gift or csv");
      return;
    }
    // What could be read is imported and the rest reported by line, as a VLE's import does; a
    // file with nothing usable in it is refused.
    if (result.questionCount() == 0) {
      Errors.send(ctx, 400, invalid(result.problems()));
      return;
    }
    Quiz quiz = parse(ctx, result.doc());
    if (quiz == null) return;
    JsonArray skipped = new JsonArray();
    result.problems().forEach(p -> skipped.add(p.toJson()));
    save(ctx, quiz.withId(freeId(quiz.id())), skipped);
  }

  private void exportGift(RoutingContext ctx) {
    Quiz q = quizzes.get(ctx.pathParam("id"));
    if (q == null) {
      Errors.notFound(ctx, "Quiz");
      return;
    }
    ctx.response().putHeader("Content-Type", "text/plain; charset=utf-8")
        .putHeader("Content-Disposition", "attachment; filename=\"" + q.id() + ".gift.txt\"")
        .end(Gift.write(q));
  }
}
