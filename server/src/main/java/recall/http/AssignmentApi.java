package recall.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import recall.auth.Teacher;
import recall.classes.SchoolClass;
import recall.classes.Student;
import recall.quiz.Question;
import recall.quiz.Quiz;
import recall.room.HomeworkPlan;
import recall.room.Room;
import recall.room.RoomPlan;
import recall.room.RoomRegistry;
import recall.room.RoomRules;
import recall.scoring.ScoringMode;
import recall.store.AssignmentStore;
import recall.store.AssignmentStore.Assignment;
import recall.store.QuizStore;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code /api/assignments}: homework. Setting one opens a homework room (its PIN stays valid until
 * the deadline) and saves its session at once; its progress is read from what was saved, with the
 * live room's word on who finished.
 */
final class AssignmentApi {
  private final ClassServices services;
  private final RoomRegistry rooms;
  private final QuizStore quizzes;
  private final RoomApi roomApi;
  private final int defaultLimitSeconds;
  private final BiFunction<Quiz, String, Future<Function<Question, String>>> sources;

  AssignmentApi(ClassServices services, RoomRegistry rooms, QuizStore quizzes, RoomApi roomApi, int defaultLimitSeconds,
                BiFunction<Quiz, String, Future<Function<Question, String>>> sources) {
    this.services = services;
    this.rooms = rooms;
    this.quizzes = quizzes;
    this.roomApi = roomApi;
    this.defaultLimitSeconds = defaultLimitSeconds;
    this.sources = sources;
  }

  void mount(Router router) {
    router.post("/api/assignments").handler(this::create);
    router.get("/api/assignments").handler(this::list);
    router.post("/api/assignments/:id/close").handler(this::close);
    router.get("/api/assignments/:id").handler(this::get);
  }

  private AssignmentStore store() {
    return services.assignments();
  }

  private long now() {
    return services.clock().millis();
  }

  private void create(RoutingContext ctx) {
    JsonObject body = Errors.body(ctx);
    if (body == null) return;
    if (!(body.getValue("quiz") instanceof String quizId)) {
      Errors.badRequest(ctx, "An assignment needs \"quiz\": the id of a quiz.");
      return;
    }
    if (!(body.getValue("dueAt") instanceof Number due) || due.longValue() <= now()) {
      Errors.badRequest(ctx, "An assignment needs \"dueAt\": a time in the future, in epoch milliseconds.");
      return;
    }
    Object timerValue = body.getValue("timer");
    if (timerValue != null && !(timerValue instanceof Boolean)) {
      Errors.badRequest(ctx, "timer must be true or false.");
      return;
    }
    boolean timer = !Boolean.FALSE.equals(timerValue);
    String owner = Teacher.of(ctx).user();
    QuizStore.Stored stored = quizzes.get(quizId, owner);
    if (stored == null) {
      Errors.notFound(ctx, "Quiz");
      return;
    }
    Quiz quiz = stored.quiz();
    List<Question> chosen = RoomApi.choose(ctx, quiz, body.getValue("questions"));
    if (chosen == null) return;
    RoomRules asked = RoomOptions.parse(ctx, body);
    if (asked == null) return;
    // Without a timer there is no time to score: the contract makes it accuracy.
    RoomRules rules = timer ? asked : new RoomRules(ScoringMode.ACCURACY, asked.leaderboard(), asked.extraTime());
    long dueAt = due.longValue();
    String id = UUID.randomUUID().toString();
    RoomApi.roster(ctx, services.classes(), body).compose(roster -> {
      if (ctx.response().ended()) return Future.succeededFuture();
      HomeworkPlan homework = new HomeworkPlan(id, dueAt, timer, at -> store().closed(id, at));
      // The reveal shows the line from the notes the quiz names: shared, or its owner's own.
      return sources.apply(quiz, stored.owner()).compose(lines -> rooms.createHomework(new RoomPlan(quiz.id(), quiz.title(),
          chosen, null, defaultLimitSeconds, lines, owner, rules, roster, homework))).compose(room -> {
        Assignment a = new Assignment(id, quiz.id(), quiz.title(), chosen.stream().map(Question::id).toList(), dueAt,
            roster == null ? null : roster.id(), rules.scoring().wire(), timer, room.pin(), now(), null, room.sessionId());
        return store().create(owner, a).onSuccess(v -> Errors.json(ctx, 201, new JsonObject().put("id", id)
            .put("pin", room.pin()).put("joinUrl", roomApi.joinUrl(room.pin())).put("dueAt", dueAt)));
      });
    }).onFailure(err -> Errors.internal(ctx, err));
  }

  private JsonObject summary(Assignment a) {
    boolean closed = a.closedAt() != null || a.dueAt() <= now();
    return a.toJson().put("state", closed ? "closed" : "open").put("joinUrl", roomApi.joinUrl(a.pin()));
  }

  private void list(RoutingContext ctx) {
    store().list(Teacher.of(ctx).user()).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else Errors.json(ctx, 200, new JsonArray(ar.result().stream().map(this::summary).toList()));
    });
  }

  /** The assignment's live room, if it is still up (a PIN is reused only once its room is gone). */
  private Room roomOf(Assignment a) {
    Room r = rooms.get(a.pin());
    return r != null && r.sessionId().equals(a.sessionId()) ? r : null;
  }

  private void get(RoutingContext ctx) {
    String owner = Teacher.of(ctx).user();
    store().get(ctx.pathParam("id"), owner).compose(a -> {
      if (a == null) return Future.<JsonObject>succeededFuture(null);
      Room room = roomOf(a);
      Future<Map<String, JsonObject>> live = room == null ? Future.succeededFuture(Map.of()) : rooms.homeworkProgress(room);
      Future<SchoolClass> roster = a.classId() == null ? Future.succeededFuture(null) : services.classes().get(a.classId(), owner);
      return Future.all(store().progress(a.sessionId()), live, roster).map(all -> progress(a, all.resultAt(0), all.resultAt(1), all.resultAt(2)));
    }).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (ar.result() == null) Errors.notFound(ctx, "Assignment");
      else Errors.json(ctx, 200, ar.result());
    });
  }

  /** Per player: answered, total, score, and whether done; a class's students who have not started yet too. */
  private JsonObject progress(Assignment a, List<AssignmentStore.Progress> saved, Map<String, JsonObject> live, SchoolClass roster) {
    int total = a.questions().size();
    JsonArray players = new JsonArray();
    Set<String> started = new HashSet<>();
    for (AssignmentStore.Progress p : saved) {
      JsonObject now = live.get(p.playerId());
      if (p.studentId() != null) started.add(p.studentId());
      players.add(new JsonObject().put("id", p.playerId()).put("name", p.name()).put("studentId", p.studentId())
          .put("answered", p.answered()).put("total", total).put("score", p.score()).put("correct", p.correct())
          .put("finished", now != null ? now.getBoolean("finished") : p.answered() >= total)
          .put("connected", now != null && Boolean.TRUE.equals(now.getBoolean("connected"))).put("started", true));
    }
    if (roster != null) {
      for (Student s : roster.students()) {
        if (started.contains(s.id())) continue;
        players.add(new JsonObject().putNull("id").put("name", s.name()).put("studentId", s.id()).put("answered", 0)
            .put("total", total).put("score", 0).put("correct", 0).put("finished", false).put("connected", false).put("started", false));
      }
    }
    return summary(a).put("total", total).put("players", players);
  }

  private void close(RoutingContext ctx) {
    store().get(ctx.pathParam("id"), Teacher.of(ctx).user()).compose(a -> {
      if (a == null) return Future.<Assignment>succeededFuture(null);
      Room room = roomOf(a);
      long at = now();
      Future<Void> closing = room != null ? rooms.closeHomework(room, at)
          : a.closedAt() == null ? store().closed(a.id(), at) : Future.succeededFuture();
      return closing.compose(v -> store().get(a.id(), Teacher.of(ctx).user()));
    }).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (ar.result() == null) Errors.notFound(ctx, "Assignment");
      else Errors.json(ctx, 200, summary(ar.result()));
    });
  }
}
