package recall.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import recall.check.Checker;
import recall.check.Notes;
import recall.quiz.Question;
import recall.quiz.QuizValidator;
import recall.store.NotesLibrary;
import recall.auth.Teacher;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/quizzes/check}: what saving a quiz document would refuse ({@code problems}) and
 * the item-writing warnings that would not stop it ({@code checks}), without saving anything. The
 * editor calls it as the teacher types, so a question with problems of its own is left out of the
 * checks while the others are still checked.
 */
final class QuizCheckApi {
  private final NotesLibrary notes;

  /** @param notes the notes documents, found by the name a quiz document gives */
  QuizCheckApi(NotesLibrary notes) {
    this.notes = notes;
  }

  /** Mount before {@code /api/quizzes/:id}, so that "check" is never taken for a quiz id. */
  void mount(Router router) {
    router.post("/api/quizzes/check").handler(this::check);
  }

  private void check(RoutingContext ctx) {
    JsonObject doc = Errors.body(ctx);
    if (doc == null) return;
    Object name = doc.getValue("notes");
    notes.lines(name instanceof String n ? n : null, Teacher.of(ctx).user()).onComplete(ar -> {
      if (ar.succeeded()) answer(ctx, doc, ar.result());
      else Errors.internal(ctx, ar.cause());
    });
  }

  private static void answer(RoutingContext ctx, JsonObject doc, List<String> lines) {
    JsonArray problems = new JsonArray();
    if (doc.getValue("notes") instanceof String name && lines == null) {
      problems.add(recall.quiz.Problem.of(null, "notes", "no notes document '" + name + "': name one of GET /api/notes").toJson());
    }
    QuizValidator.validate(doc, lines).forEach(p -> problems.add(p.toJson()));
    JsonArray checks = new JsonArray();
    Checker.run(checkable(doc, lines), Notes.of(lines)).warnings().forEach(f -> checks.add(f.toJson()));
    Errors.json(ctx, 200, new JsonObject().put("problems", problems).put("checks", checks));
  }

  /** The questions that are valid on their own, as the checks need them. */
  private static List<Question> checkable(JsonObject doc, List<String> lines) {
    List<Question> out = new ArrayList<>();
    if (!(doc.getValue("questions") instanceof JsonArray list)) return out;
    for (int i = 0; i < list.size(); i++) {
      if (list.getValue(i) instanceof JsonObject q && QuizValidator.validateQuestion(q, "#" + (i + 1), lines, doc.getValue("notes") != null).isEmpty()) {
        out.add(Question.fromJson(q));
      }
    }
    return out;
  }
}
