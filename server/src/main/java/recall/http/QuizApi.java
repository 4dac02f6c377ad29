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
import recall.auth.Teacher;
import recall.store.NotesLibrary;
import recall.store.QuizStore;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Quiz documents: list, read, create, update, delete, import from GIFT or CSV, export as GIFT, JSON or CSV. */
final class QuizApi {
  /** Largest file {@code POST /api/quizzes/import} takes. */
  static final int MAX_IMPORT_BYTES = 1024 * 1024;
  /** Problems listed in one answer; the rest are only counted ({@code problemCount}). */
  static final int MAX_PROBLEMS_SHOWN = 100;
  /** Quizzes one teacher keeps. */
  static final int MAX_QUIZZES = 1000;
  private final QuizStore quizzes;
  private final NotesLibrary notes;
  private final Supplier<Future<JsonObject>> reloadQuestions;

  /**
   * @param notes the notes documents, so that posted quizzes have their quotes checked against the notes they name
   * @param reloadQuestions reads the questions folder again
   */
  QuizApi(QuizStore quizzes, NotesLibrary notes, Supplier<Future<JsonObject>> reloadQuestions) {
    this.quizzes = quizzes;
    this.notes = notes;
    this.reloadQuestions = reloadQuestions;
  }

  void mount(Router router) {
    router.get("/api/quizzes").handler(this::list);
    router.post("/api/quizzes/import").handler(this::importFile);
    new QuizCheckApi(notes).mount(router);
    router.post("/api/quizzes/reload").handler(this::reload);
    router.get("/api/quizzes/:id/export.gift").handler(this::exportGift);
    new QuizExport(quizzes).mount(router);
    router.get("/api/quizzes/:id").handler(this::get);
    router.post("/api/quizzes/:id/copy").handler(this::copy);
    router.post("/api/quizzes").handler(this::create);
    router.put("/api/quizzes/:id").handler(this::update);
    router.delete("/api/quizzes/:id").handler(this::delete);
  }

  private void list(RoutingContext ctx) {
    JsonArray out = new JsonArray();
    quizzes.visibleTo(Teacher.of(ctx).user()).forEach(s -> out.add(s.quiz().summary().put("shared", s.shared())));
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
    QuizStore.Stored s = quizzes.get(ctx.pathParam("id"), Teacher.of(ctx).user());
    if (s == null) Errors.notFound(ctx, "Quiz");
    else Errors.json(ctx, 200, s.quiz().toJson().put("shared", s.shared()));
  }

  /** Editing a shared quiz starts here: a copy of any quiz the caller can read, owned by the caller. */
  private void copy(RoutingContext ctx) {
    QuizStore.Stored s = quizzes.get(ctx.pathParam("id"), Teacher.of(ctx).user());
    if (s == null) Errors.notFound(ctx, "Quiz");
    else save(ctx, s.quiz(), null, 3);
  }

  /**
   * Creating always creates: a document without an id gets one from its title, and one whose id is
   * taken gets a numbered id. The answer says which.
   */
  private void create(RoutingContext ctx) {
    JsonObject doc = Errors.body(ctx);
    if (doc == null) return;
    if (doc.getValue("id") == null && doc.getValue("title") instanceof String title) doc.put("id", slug(title));
    parse(ctx, doc, quiz -> save(ctx, quiz, null, 3));
  }

  private static String slug(String title) {
    String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (s.length() > 48) s = s.substring(0, 48).replaceAll("-+$", "");
    return s.isEmpty() ? "quiz" : s;
  }

  /**
   * Stores a new quiz of the caller's under a free id (racing creates of one id each get their own);
   * {@code skipped} lists an import's problems, answered beside the new id.
   */
  private void save(RoutingContext ctx, Quiz requested, List<Problem> skipped, int attempts) {
    String owner = Teacher.of(ctx).user();
    if (quizzes.countOf(owner) >= MAX_QUIZZES) {
      Errors.send(ctx, 409, "too-many-quizzes", "At most " + MAX_QUIZZES + " quizzes per teacher; delete some first.");
      return;
    }
    Quiz quiz = requested.withId(quizzes.freeId(requested.id()));
    quizzes.create(quiz, owner).onComplete(ar -> {
      if (ar.succeeded()) {
        JsonObject created = new JsonObject().put("id", quiz.id()).put("questionCount", quiz.questions().size());
        if (skipped != null) ProblemList.put(created, skipped);
        Errors.json(ctx, 201, created);
      } else if (ar.cause() instanceof QuizStore.Conflict c) {
        if (attempts > 1) save(ctx, requested, skipped, attempts - 1);
        else Errors.send(ctx, 409, "quiz-exists", c.getMessage());
      } else {
        failed(ctx, ar.cause());
      }
    });
  }

  private static void failed(RoutingContext ctx, Throwable err) {
    if (err instanceof QuizStore.TooLarge t) Errors.send(ctx, 413, "too-large", t.getMessage());
    else Errors.internal(ctx, err);
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
    parse(ctx, doc, quiz -> quizzes.update(quiz, Teacher.of(ctx).user()).onComplete(ar -> {
      if (ar.failed()) failed(ctx, ar.cause());
      else if (ar.result() != QuizStore.Edit.DONE) refused(ctx, ar.result());
      else Errors.json(ctx, 200, new JsonObject().put("id", id).put("questionCount", quiz.questions().size()));
    }));
  }

  private void delete(RoutingContext ctx) {
    quizzes.delete(ctx.pathParam("id"), Teacher.of(ctx).user()).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (ar.result() != QuizStore.Edit.DONE) refused(ctx, ar.result());
      else ctx.response().setStatusCode(204).end();
    });
  }

  /** Another teacher's quiz is not there; the shared bank is there but read-only. */
  private static void refused(RoutingContext ctx, QuizStore.Edit edit) {
    if (edit == QuizStore.Edit.READ_ONLY) {
      Errors.send(ctx, 403, "read-only", "The shared bank is read-only: copy the quiz (POST /api/quizzes/{id}/copy) and edit the copy.");
    } else {
      Errors.notFound(ctx, "Quiz");
    }
  }

  /**
   * Hands a valid quiz on, or answers 400 with every problem. Quotes are checked against the notes
   * the quiz names (shared, or the caller's own); notes that the caller cannot read are a problem.
   */
  private void parse(RoutingContext ctx, JsonObject doc, Consumer<Quiz> then) {
    Object notesName = doc.getValue("notes");
    Future<NotesLibrary.Found> found = notesName instanceof String n ? notes.find(n, Teacher.of(ctx).user()) : Future.succeededFuture();
    found.onComplete(ar -> {
      if (ar.failed()) {
        Errors.internal(ctx, ar.cause());
        return;
      }
      if (notesName instanceof String n && ar.result() == null) {
        List<Problem> problems = new java.util.ArrayList<>();
        problems.add(Problem.of(null, "notes", "no notes document '" + n + "': name one of GET /api/notes"));
        problems.addAll(QuizValidator.validate(doc, null));
        Errors.send(ctx, 400, invalid(problems));
        return;
      }
      try {
        then.accept(QuizValidator.parse(doc, ar.result() == null ? null : ar.result().doc().lines()));
      } catch (InvalidQuizException e) {
        Errors.send(ctx, 400, invalid(e.problems()));
      }
    });
  }

  private static JsonObject invalid(List<Problem> problems) {
    String first = problems.isEmpty() ? "" : ": " + problems.get(0);
    return ProblemList.put(new JsonObject().put("error", "invalid-quiz").put("message", problems.size() + " problem(s) in the quiz" + first), problems);
  }

  /** Reading a file is work in proportion to its size: it runs off the event loop. */
  private void importFile(RoutingContext ctx) {
    String format = ctx.request().getParam("format", "gift");
    String title = ctx.request().getParam("title", "Imported quiz");
    if (!format.equals("gift") && !format.equals("csv")) {
      Errors.badRequest(ctx, "format must be gift or csv");
      return;
    }
    io.vertx.core.buffer.Buffer body = ctx.body().buffer();
    if (body != null && body.length() > MAX_IMPORT_BYTES) {
      Errors.send(ctx, 413, "too-large", "An imported file is at most " + MAX_IMPORT_BYTES + " bytes.");
      return;
    }
    String text = body == null ? "" : body.toString(StandardCharsets.UTF_8);
    if (text.isBlank()) {
      Errors.badRequest(ctx, "Send the file's text as the request body.");
      return;
    }
    ctx.vertx().executeBlocking(() -> format.equals("gift") ? Gift.parse(text, title) : KahootCsv.parse(text, title), false)
        .onFailure(err -> Errors.internal(ctx, err))
        .onSuccess(result -> imported(ctx, result));
  }

  private void imported(RoutingContext ctx, ImportResult result) {
    // What could be read is imported and the rest reported by line, as a VLE's import does; a
    // file with nothing usable in it is refused.
    if (result.questionCount() == 0) {
      Errors.send(ctx, 400, invalid(result.problems()));
      return;
    }
    parse(ctx, result.doc(), quiz -> save(ctx, quiz, result.problems(), 3));
  }

  private void exportGift(RoutingContext ctx) {
    QuizStore.Stored s = quizzes.get(ctx.pathParam("id"), Teacher.of(ctx).user());
    if (s == null) {
      Errors.notFound(ctx, "Quiz");
      return;
    }
    Quiz q = s.quiz();
    ctx.response().putHeader("Content-Type", "text/plain; charset=utf-8")
        .putHeader("Content-Disposition", "attachment; filename=\"" + q.id() + ".gift.txt\"")
        .end(Gift.write(q));
  }
}
