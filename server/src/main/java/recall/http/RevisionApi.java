package recall.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import recall.auth.Teacher;
import recall.insight.Insights;
import recall.insight.Revision;
import recall.insight.RevisionPlan;
import recall.insight.Sitting;
import recall.notes.NotesShelf;
import recall.quiz.InvalidQuizException;
import recall.quiz.Question;
import recall.quiz.Quiz;
import recall.quiz.QuizValidator;
import recall.store.QuizStore;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/quizzes/revision}: a new quiz of the caller's from what the class got wrong and
 * what is due again, each question keeping its source.
 */
final class RevisionApi {
  static final int MAX_SIZE = 50;

  private final InsightApi insight;
  private final InsightServices services;
  private final QuizStore quizzes;

  RevisionApi(InsightApi insight, InsightServices services, QuizStore quizzes) {
    this.insight = insight;
    this.services = services;
    this.quizzes = quizzes;
  }

  void mount(Router router) {
    router.post("/api/quizzes/revision").handler(this::make);
  }

  private void make(RoutingContext ctx) {
    JsonObject body = Errors.body(ctx);
    if (body == null) return;
    Object quiz = body.getValue("quiz");
    Object classId = body.getValue("class");
    Object size = body.getValue("size", 10);
    if ((quiz != null && !(quiz instanceof String)) || (classId != null && !(classId instanceof String)) || (quiz == null && classId == null)) {
      Errors.badRequest(ctx, "Name a quiz (\"quiz\") or a class (\"class\"), or both, as strings.");
      return;
    }
    if (!(size instanceof Integer n) || n < 1 || n > MAX_SIZE) {
      Errors.badRequest(ctx, "\"size\" must be a whole number from 1 to " + MAX_SIZE + ".");
      return;
    }
    String owner = Teacher.of(ctx).user();
    insight.sittings(new InsightApi.Scope((String) quiz, (String) classId), owner).onComplete(ar -> {
      if (ar.failed() && ar.cause() instanceof InsightApi.NotFound nf) Errors.notFound(ctx, nf.getMessage());
      else if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (ar.result().isEmpty() && quiz != null && quizzes.get((String) quiz, owner) == null) Errors.notFound(ctx, "Quiz");
      else services.shelf(ar.result(), owner).onComplete(shelf -> {
        if (shelf.failed()) Errors.internal(ctx, shelf.cause());
        else plan(ctx, ar.result(), Insights.of(ar.result(), shelf.result()).questions(), (String) quiz, n, owner);
      });
    });
  }

  private void plan(RoutingContext ctx, List<Sitting> sittings, List<Insights.QuestionStat> stats, String quizId, int size,
                    String owner) {
    long now = services.clock().millis();
    List<RevisionPlan.Pick> picks = Revision.plan(stats, candidates(owner), size, now);
    String notesName = notesOf(picks, owner);
    // Every question cites one notes document: a pick from another document's quiz is left out.
    picks = picks.stream().filter(p -> notesName == null || notesName.equals(notesOfQuiz(quizOf(p.key()), owner))
        || quizzes.get(quizOf(p.key()), owner) == null).toList();
    if (picks.isEmpty()) {
      Errors.send(ctx, 400, "nothing-to-revise", "The class got every question right and none is due again yet.");
      return;
    }
    Map<String, JsonObject> asked = askedDocs(sittings);
    String date = LocalDate.ofInstant(java.time.Instant.ofEpochMilli(now), ZoneOffset.UTC).toString();
    QuizStore.Stored base = quizId == null ? null : quizzes.get(quizId, owner);
    String title = "Revision: " + (base != null ? base.quiz().title() : quizId != null ? quizId : "class") + " (" + date + ")";
    String id = quizzes.freeId("revision-" + (quizId == null ? "class" : cut(quizId)) + "-" + date);
    JsonObject doc = Revision.quiz(id, title, notesName, picks, key -> question(key, owner, asked));
    List<RevisionPlan.Pick> chosen = picks;
    services.notes().lines(notesName, owner).onComplete(lines -> {
      if (lines.failed()) Errors.internal(ctx, lines.cause());
      else save(ctx, doc, lines.result(), chosen, owner);
    });
  }

  private void save(RoutingContext ctx, JsonObject doc, List<String> notesLines, List<RevisionPlan.Pick> chosen, String owner) {
    Quiz made;
    try {
      made = QuizValidator.parse(doc, notesLines);
    } catch (InvalidQuizException e) {
      Errors.internal(ctx, new IllegalStateException("a revision quiz did not validate: " + e.problems()));
      return;
    }
    quizzes.create(made, owner).onComplete(created -> {
      if (created.failed()) {
        Errors.internal(ctx, created.cause());
        return;
      }
      JsonArray why = new JsonArray();
      for (RevisionPlan.Pick p : chosen) why.add(new JsonObject().put("from", p.key()).put("reason", p.reason()));
      Errors.json(ctx, 201, new JsonObject().put("id", made.id()).put("questionCount", made.questions().size())
          .put("title", made.title()).put("picks", why));
    });
  }

  /** Every question of the caller's quizzes, then of the shared bank, by the line it cites ("notes#line"). */
  private Map<String, List<RevisionPlan.Candidate>> candidates(String owner) {
    Map<String, List<RevisionPlan.Candidate>> byLine = new HashMap<>();
    // The teacher's own questions come before the shared bank's when a line is asked in another form.
    List<QuizStore.Stored> visible = quizzes.visibleTo(owner).stream()
        .sorted(java.util.Comparator.comparing(QuizStore.Stored::shared)).toList();
    for (QuizStore.Stored s : visible) {
      String n = NotesShelf.idOf(s.quiz().notes());
      if (n == null) continue;
      for (Question q : s.quiz().questions()) {
        if (q.sourceLine() < 1) continue;
        byLine.computeIfAbsent(n + "#" + q.sourceLine(), k -> new ArrayList<>())
            .add(new RevisionPlan.Candidate(s.quiz().id() + "/" + q.id(), q.kind().wire()));
      }
    }
    return byLine;
  }

  /** The question as its quiz holds it now, else as it was last asked. */
  private JsonObject question(String key, String owner, Map<String, JsonObject> asked) {
    QuizStore.Stored s = quizzes.get(quizOf(key), owner);
    Question q = s == null ? null : s.quiz().question(key.substring(key.indexOf('/') + 1));
    return q != null ? q.toJson() : asked.get(key) == null ? null : asked.get(key).copy();
  }

  /** Each question as it was last asked, by "quiz/questionId" (the sittings are oldest first). */
  private static Map<String, JsonObject> askedDocs(List<Sitting> sittings) {
    Map<String, JsonObject> out = new LinkedHashMap<>();
    for (Sitting s : sittings) for (Sitting.Asked a : s.asked()) out.put(a.key(s.quiz()), a.doc());
    return out;
  }

  /** The notes file most picks' quizzes name, as the quizzes write it (a version 1 file name works). */
  private String notesOf(List<RevisionPlan.Pick> picks, String owner) {
    Map<String, Integer> counts = new HashMap<>();
    for (RevisionPlan.Pick p : picks) {
      String n = notesOfQuiz(quizOf(p.key()), owner);
      if (n != null) counts.merge(n, 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  private String notesOfQuiz(String quiz, String owner) {
    QuizStore.Stored s = quizzes.get(quiz, owner);
    return s == null ? null : s.quiz().notes();
  }

  private static String quizOf(String key) {
    return key.substring(0, key.indexOf('/'));
  }

  private static String cut(String s) {
    return s.length() > 40 ? s.substring(0, 40).replaceAll("-+$", "") : s;
  }
}
