package recall.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import recall.auth.Teacher;
import recall.insight.History;
import recall.insight.Insights;
import recall.insight.Sitting;
import recall.classes.SchoolClass;
import recall.store.ClassStore;
import recall.store.QuizStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/insights}: what a class knows least, over every matching session of the caller's. */
final class InsightApi {
  private final InsightServices insight;
  private final QuizStore quizzes;
  private final ClassStore classes;

  InsightApi(InsightServices insight, QuizStore quizzes, ClassStore classes) {
    this.insight = insight;
    this.quizzes = quizzes;
    this.classes = classes;
  }

  void mount(Router router) {
    router.get("/api/insights").handler(this::insights);
    router.get("/api/classes/:id/history").handler(this::history);
  }

  /** Which sessions an insight or a revision quiz is about. */
  record Scope(String quiz, String classId) {
  }

  /** The sessions of a scope, or a failed future with {@link NotFound} when its class is not the caller's. */
  Future<List<Sitting>> sittings(Scope scope, String owner) {
    // Another teacher's class is not there (404), as the contract's ownership says.
    Future<SchoolClass> roster = scope.classId() == null ? Future.succeededFuture()
        : classes.get(scope.classId(), owner).compose(c -> c == null ? Future.failedFuture(new NotFound("Class")) : Future.succeededFuture(c));
    return roster.compose(c -> insight.store().sessions(owner, scope.quiz(), scope.classId())
        .map(list -> Sittings.of(list, quizzes, owner, c)));
  }

  /** A missing thing, answered 404. */
  static final class NotFound extends RuntimeException {
    NotFound(String what) {
      super(what);
    }
  }

  private void insights(RoutingContext ctx) {
    String quiz = ctx.queryParams().get("quiz");
    String classId = ctx.queryParams().get("class");
    if (blank(quiz) && blank(classId)) {
      Errors.badRequest(ctx, "Name a quiz (?quiz=<id>) or a class (?class=<id>), or both.");
      return;
    }
    String owner = Teacher.of(ctx).user();
    sittings(new Scope(blank(quiz) ? null : quiz, blank(classId) ? null : classId), owner).onComplete(ar -> {
      if (ar.failed() && ar.cause() instanceof NotFound nf) Errors.notFound(ctx, nf.getMessage());
      else if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (ar.result().isEmpty() && !blank(quiz) && quizzes.get(quiz, owner) == null) Errors.notFound(ctx, "Quiz");
      else insight.shelf(ar.result(), owner).onComplete(shelf -> {
        if (shelf.failed()) Errors.internal(ctx, shelf.cause());
        else Errors.json(ctx, 200, toJson(Insights.of(ar.result(), shelf.result()), shelf.result(), ar.result().size()));
      });
    });
  }

  /** {@code GET /api/classes/{id}/history}: each student of the class with their sessions, oldest first. */
  private void history(RoutingContext ctx) {
    String owner = Teacher.of(ctx).user();
    String classId = ctx.pathParam("id");
    classes.get(classId, owner).compose(c -> c == null ? Future.failedFuture(new NotFound("Class"))
        : insight.store().sessions(owner, null, classId).map(list -> {
          Map<String, String> roster = new LinkedHashMap<>();
          c.students().forEach(st -> roster.put(st.id(), st.name()));
          return History.of(Sittings.of(list, quizzes, owner, c), roster);
        })).onComplete(ar -> {
          if (ar.failed() && ar.cause() instanceof NotFound nf) Errors.notFound(ctx, nf.getMessage());
          else if (ar.failed()) Errors.internal(ctx, ar.cause());
          else Errors.json(ctx, 200, new JsonObject().put("class", classId).put("students", historyJson(ar.result())));
        });
  }

  private static JsonArray historyJson(List<History.Line> lines) {
    JsonArray students = new JsonArray();
    for (History.Line l : lines) {
      JsonArray sessions = new JsonArray();
      for (History.Entry e : l.sessions()) {
        sessions.add(new JsonObject().put("session", e.session()).put("quiz", e.quiz()).put("at", e.at()).put("mode", e.mode())
            .put("asked", e.asked()).put("answered", e.answered()).put("right", e.right()).put("correctRate", e.correctRate()));
      }
      students.add(new JsonObject().put("id", l.student()).put("name", l.name()).put("sessions", sessions));
    }
    return students;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private JsonObject toJson(Insights.Report r, recall.notes.NotesShelf shelf, int sessions) {
    JsonArray questions = new JsonArray();
    for (Insights.QuestionStat q : r.questions()) {
      JsonObject o = new JsonObject().put("quiz", q.quiz()).put("id", q.id()).put("text", q.text()).put("kind", q.kind())
          .put("asked", q.asked()).put("right", q.right()).put("correctRate", q.correctRate());
      if (q.lineKey() != null) o.put("source", new JsonObject().put("notes", q.notes()).put("line", q.line()).put("quote", q.quote()));
      o.put("commonWrong", q.commonWrong() == null ? null : new JsonObject().put("answer", q.commonWrong().answer())
          .put("text", q.commonWrong().shown()).put("count", q.commonWrong().count()));
      questions.add(o);
    }
    JsonArray lines = new JsonArray();
    for (Insights.LineStat l : r.lines()) {
      lines.add(new JsonObject().put("notes", l.notes()).put("line", l.line()).put("quote", l.quote())
          .put("text", shelf.line(l.notes(), l.line())).put("section", shelf.sectionOf(l.notes(), l.line()))
          .put("asked", l.asked()).put("correctRate", l.correctRate()));
    }
    JsonArray sections = new JsonArray();
    for (Insights.SectionStat s : r.sections()) {
      sections.add(new JsonObject().put("notes", s.notes()).put("title", s.title()).put("asked", s.asked()).put("correctRate", s.correctRate()));
    }
    JsonArray students = new JsonArray();
    for (Insights.StudentStat s : r.students()) {
      JsonArray weakest = new JsonArray();
      for (Insights.Weak w : s.weakest()) {
        weakest.add(new JsonObject().put("quiz", w.quiz()).put("id", w.id()).put("text", w.text())
            .put("asked", w.asked()).put("correctRate", w.correctRate()));
      }
      students.add(new JsonObject().put("id", s.id()).put("name", s.name()).put("answered", s.answered())
          .put("asked", s.asked()).put("correctRate", s.correctRate()).put("weakest", weakest));
    }
    return new JsonObject().put("sessions", sessions).put("questions", questions).put("lines", lines)
        .put("sections", sections).put("students", students);
  }
}
