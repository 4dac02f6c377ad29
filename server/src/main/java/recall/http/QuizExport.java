package recall.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import recall.auth.Teacher;
import recall.quiz.Question;
import recall.quiz.Quiz;
import recall.store.QuizStore;

import java.util.ArrayList;
import java.util.List;

/**
 * Quiz downloads besides GIFT: the quiz document as JSON (what {@code POST /api/quizzes} takes back),
 * and Kahoot!'s spreadsheet template as CSV (what the CSV import reads). The template holds only
 * choice questions of up to four answers; the others are left out and named in
 * {@code X-Recall-Skipped}.
 */
final class QuizExport {
  static final List<String> KAHOOT_HEADER = List.of("#", "Question - max 120 characters", "Answer 1 - max 75 characters",
      "Answer 2 - max 75 characters", "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
      "Time limit (sec) - 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one");

  private final QuizStore quizzes;

  QuizExport(QuizStore quizzes) {
    this.quizzes = quizzes;
  }

  /** Mount before {@code /api/quizzes/:id}. */
  void mount(Router router) {
    router.get("/api/quizzes/:id/export.json").handler(this::json);
    router.get("/api/quizzes/:id/export.csv").handler(this::csv);
  }

  private Quiz quiz(RoutingContext ctx) {
    QuizStore.Stored s = quizzes.get(ctx.pathParam("id"), Teacher.of(ctx).user());
    if (s == null) Errors.notFound(ctx, "Quiz");
    return s == null ? null : s.quiz();
  }

  private void json(RoutingContext ctx) {
    Quiz q = quiz(ctx);
    if (q == null) return;
    ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Content-Disposition", "attachment; filename=\"" + q.id() + ".json\"")
        .end(q.toJson().encodePrettily());
  }

  private void csv(RoutingContext ctx) {
    Quiz q = quiz(ctx);
    if (q == null) return;
    CsvWriter out = new CsvWriter().row(KAHOOT_HEADER);
    List<String> skipped = new ArrayList<>();
    int n = 0;
    for (Question question : q.questions()) {
      List<Object> row = kahootRow(question, n + 1);
      if (row == null) skipped.add(question.id());
      else {
        out.row(row);
        n++;
      }
    }
    ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8")
        .putHeader("Content-Disposition", "attachment; filename=\"" + q.id() + ".csv\"")
        .putHeader("X-Recall-Skipped", String.join(",", skipped))
        .end(out.toString());
  }

  /** A template row, or null for a question the template cannot hold. */
  static List<Object> kahootRow(Question q, int number) {
    boolean choice = switch (q.kind()) {
      case SINGLE, MULTIPLE, TRUEFALSE -> true;
      default -> false;
    };
    if (!choice || q.options().size() > 4 || q.answer().isEmpty()) return null;
    List<Object> row = new ArrayList<>();
    row.add(number);
    row.add(q.text());
    for (int i = 0; i < 4; i++) row.add(i < q.options().size() ? q.options().get(i) : "");
    row.add(q.timeLimitSeconds());
    row.add(String.join(",", q.answer().stream().map(a -> String.valueOf(a + 1)).toList()));
    return row;
  }
}
