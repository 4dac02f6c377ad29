package recall.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import recall.auth.Teacher;
import recall.drafting.AnalysisCache;
import recall.drafting.DraftRequest;
import recall.quiz.Kind;
import recall.quiz.Question;
import recall.store.NotesLibrary;
import recall.store.QuizStore;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the workshop does with a notes document: drafts questions from a range of its lines
 * ({@code POST /api/notes/{id}/drafts}), and shows which lines the caller's quizzes and the shared
 * bank already ask about ({@code GET /api/notes/{id}/coverage}). Drafting is CPU work of seconds,
 * done on a worker; the notes read for it are kept in a small cache shared by every event loop.
 */
final class DraftsApi {
  /** Notes documents whose analysis is kept: a teacher drafts from one document several times. */
  static final AnalysisCache ANALYSES = new AnalysisCache(8);

  private final NotesLibrary notes;
  private final QuizStore quizzes;

  DraftsApi(NotesLibrary notes, QuizStore quizzes) {
    this.notes = notes;
    this.quizzes = quizzes;
  }

  void mount(Router router) {
    router.post("/api/notes/:id/drafts").handler(this::drafts);
    router.get("/api/notes/:id/coverage").handler(this::coverage);
  }

  void forget(String id) {
    ANALYSES.forget(id);
  }

  private void drafts(RoutingContext ctx) {
    boolean empty = ctx.body().buffer() == null || ctx.body().buffer().length() == 0;
    JsonObject body = empty ? new JsonObject() : Errors.body(ctx);
    if (body == null) return;
    notes.find(ctx.pathParam("id"), Teacher.of(ctx).user()).onComplete(ar -> {
      if (ar.failed()) {
        Errors.internal(ctx, ar.cause());
        return;
      }
      NotesLibrary.Found found = ar.result();
      if (found == null) {
        Errors.notFound(ctx, "Notes");
        return;
      }
      DraftRequest request = request(ctx, body, found.doc().lineCount());
      if (request == null) return;
      ctx.vertx().executeBlocking(() -> ANALYSES.draft(found.id(), found.doc(), request), false).onComplete(done -> {
        if (done.succeeded()) Errors.json(ctx, 200, new JsonObject().put("drafts", new JsonArray(done.result())));
        else Errors.internal(ctx, done.cause());
      });
    });
  }

  /** The request's lines, kinds and number, or null after answering 400. */
  private static DraftRequest request(RoutingContext ctx, JsonObject body, int lineCount) {
    Integer from = line(ctx, body, "from", lineCount);
    if (from == null && body.getValue("from") != null) return null;
    Integer to = line(ctx, body, "to", lineCount);
    if (to == null && body.getValue("to") != null) return null;
    if (from != null && to != null && from > to) {
      Errors.badRequest(ctx, "from (" + from + ") is after to (" + to + ").");
      return null;
    }
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    Object given = body.getValue("kinds");
    if (given != null) {
      if (!(given instanceof JsonArray list)) {
        Errors.badRequest(ctx, "kinds must be a list of question kinds.");
        return null;
      }
      for (Object k : list) {
        Kind kind = k instanceof String s ? Kind.fromWire(s) : null;
        if (kind == null) {
          Errors.badRequest(ctx, "kinds: '" + k + "' is not one of single, multiple, truefalse, numeric, order, text, poll.");
          return null;
        }
        kinds.add(kind);
      }
    }
    Object max = body.getValue("max");
    if (max != null && !(max instanceof Integer n && n >= 1 && n <= DraftRequest.MAX)) {
      Errors.badRequest(ctx, "max must be a whole number from 1 to " + DraftRequest.MAX + ".");
      return null;
    }
    return new DraftRequest(from, to, kinds, max == null ? DraftRequest.DEFAULT_MAX : (Integer) max);
  }

  /** A line number field, or null (absent, or after answering 400). */
  private static Integer line(RoutingContext ctx, JsonObject body, String field, int lineCount) {
    Object v = body.getValue(field);
    if (v == null) return null;
    if (v instanceof Integer n && n >= 1 && n <= lineCount) return n;
    Errors.badRequest(ctx, field + " must be a line number from 1 to " + lineCount + ".");
    return null;
  }

  /** {@code {"lines":[{"line":n,"questions":[{"quiz","id"}]}]}}, lines in order, only those asked about. */
  private void coverage(RoutingContext ctx) {
    String owner = Teacher.of(ctx).user();
    notes.find(ctx.pathParam("id"), owner).onComplete(ar -> {
      if (ar.failed()) {
        Errors.internal(ctx, ar.cause());
        return;
      }
      if (ar.result() == null) {
        Errors.notFound(ctx, "Notes");
        return;
      }
      String id = ar.result().id();
      TreeMap<Integer, JsonArray> lines = new TreeMap<>();
      for (QuizStore.Stored s : quizzes.visibleTo(owner)) {
        if (!id.equals(notes.resolve(s.quiz().notes()))) continue;
        for (Question q : s.quiz().questions()) {
          if (!q.hasSource()) continue;
          lines.computeIfAbsent(q.sourceLine(), n -> new JsonArray())
              .add(new JsonObject().put("quiz", s.quiz().id()).put("id", q.id()));
        }
      }
      JsonArray out = new JsonArray();
      lines.forEach((n, qs) -> out.add(new JsonObject().put("line", n).put("questions", qs)));
      Errors.json(ctx, 200, new JsonObject().put("lines", out));
    });
  }
}
