package recall.insight;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.app.Config;
import recall.support.MovingClock;
import recall.support.Staffroom;
import recall.support.TestServer;
import recall.support.Ws;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static recall.insight.TermPlan.QUESTIONS;
import static recall.insight.TermPlan.STUDENTS;

/**
 * The end-to-end case: a class of 30 over real WebSockets plays two live games and one
 * homework a week apart (the server's clock moved, not slept), then the insight names the weakest
 * lines, sections and students, and the revision quiz holds what the rule says, each with its source.
 */
@ExtendWith(VertxExtension.class)
@Timeout(value = 8, timeUnit = TimeUnit.MINUTES)
@DisplayName("A term of one class: two live games and a homework, then what to re-teach and a revision quiz")
class TermInsightTest {
  private static final MovingClock CLOCK = new MovingClock();
  private static TestServer server;
  private static TermPlan plan;
  private static String token;
  private static JsonObject roster;
  private static final List<String> sessionIds = new ArrayList<>();

  @BeforeAll
  @Timeout(value = 4, timeUnit = TimeUnit.MINUTES)
  static void term(Vertx vertx, VertxTestContext ctx) throws Exception {
    plan = new TermPlan(TestServer.QUESTIONS);
    TestServer.start(vertx, Config.forTests(TestServer.dbName(TermInsightTest.class), TestServer.QUESTIONS), CLOCK).compose(s -> {
      server = s;
      token = s.token;
      return expect(201, HttpMethod.POST, "/api/quizzes", plan.quiz());
    }).compose(r -> expect(201, HttpMethod.POST, "/api/quizzes", plan.otherForms()))
        .compose(r -> expect(201, HttpMethod.POST, "/api/classes", new JsonObject().put("name", "9C")
            .put("students", new JsonArray(IntStream.range(0, STUDENTS).mapToObj(TermInsightTest::name).toList()))))
        .compose(r -> {
          roster = r.bodyAsJsonObject();
          return liveGame(0);
        })
        .compose(v -> aWeekLater()).compose(v -> liveGame(1))
        .compose(v -> aWeekLater()).compose(v -> homework())
        // The revision is made three days after the homework.
        .compose(v -> later(Duration.ofDays(3)))
        .onComplete(ctx.succeedingThenComplete());
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    server.stop().onComplete(ctx.succeedingThenComplete());
  }

  static String name(int p) {
    return p == 7 ? "Zoë Ærøskøbing" : String.format("Student %02d", p);
  }

  static String studentId(int p) {
    return roster.getJsonArray("students").getJsonObject(p).getString("id");
  }

  static String code(int p) {
    return roster.getJsonArray("students").getJsonObject(p).getString("code");
  }

  // ---- the term ----

  private static Future<Void> aWeekLater() {
    return later(Duration.ofDays(7));
  }

  /** Moves the server's clock; the teacher logs in again (a log-in lasts hours, not weeks). */
  private static Future<Void> later(Duration d) {
    CLOCK.advance(d);
    return Staffroom.token(server.http, "teacher", "test-password").map(t -> {
      token = t;
      return null;
    });
  }

  private static Future<Void> liveGame(int session) {
    return server.http.post("/api/rooms").bearerTokenAuthentication(token)
        .sendJsonObject(new JsonObject().put("quiz", "term-quiz").put("class", roster.getString("id"))).compose(r -> {
          if (r.statusCode() != 201) throw new IllegalStateException("room not opened: " + r.bodyAsString());
          JsonObject room = r.bodyAsJsonObject();
          String pin = room.getString("pin");
          List<Future<Ws>> sockets = new ArrayList<>();
          for (int p = 0; p <= STUDENTS; p++) sockets.add(server.ws());
          return Future.all(sockets).compose(all -> {
            List<Ws> ws = all.list();
            Ws host = ws.get(0);
            List<Ws> players = ws.subList(1, ws.size());
            return host.ask(Ws.host(pin, room.getString("hostKey")), "welcome").compose(w -> {
              List<Future<JsonObject>> joins = new ArrayList<>();
              for (int p = 0; p < STUDENTS; p++) {
                joins.add(players.get(p).ask(new JsonObject().put("type", "join").put("pin", pin).put("code", code(p)), "welcome"));
              }
              return Future.all(joins);
            }).compose(j -> host.nextUntil("lobby", m -> m.getJsonArray("players").size() == STUDENTS))
                .compose(l -> host.ask(Ws.command("start"), "question"))
                .compose(q -> play(host, players, session, 0));
          });
        });
  }

  /** Every student answers question q as the plan says; the host goes on once it is revealed. */
  private static Future<Void> play(Ws host, List<Ws> players, int session, int q) {
    Future<JsonObject> reveal = host.next(m -> "reveal".equals(m.getString("type")) && m.getInteger("index") == q, "reveal " + q);
    for (int p = 0; p < STUDENTS; p++) {
      int player = p;
      players.get(p).next(m -> "question".equals(m.getString("type")) && m.getInteger("index") == q, "question " + q)
          .onSuccess(m -> players.get(player).send(Ws.answer(q, "choice", new JsonArray().add(TermPlan.choice(player, q, session)))));
    }
    return reveal.compose(r -> {
      if (q + 1 < QUESTIONS) {
        Future<JsonObject> next = host.next(m -> "question".equals(m.getString("type")) && m.getInteger("index") == q + 1, "question " + (q + 1));
        host.send(Ws.command("next"));
        return next.compose(n -> play(host, players, session, q + 1));
      }
      return host.ask(Ws.command("next"), "finished").compose(f -> {
        sessionIds.add(f.getString("sessionId"));
        return closeAll(host, players);
      });
    });
  }

  private static Future<Void> closeAll(Ws host, List<Ws> players) {
    List<Future<Void>> closing = new ArrayList<>();
    closing.add(host.close());
    players.forEach(p -> closing.add(p.close()));
    return Future.join(closing).mapEmpty();
  }

  /** Homework for the class, due in five days; 25 students do it, each at their own pace. */
  private static Future<Void> homework() {
    JsonObject body = new JsonObject().put("quiz", "term-quiz").put("class", roster.getString("id"))
        .put("dueAt", CLOCK.millis() + Duration.ofDays(5).toMillis()).put("timer", false);
    return expect(201, HttpMethod.POST, "/api/assignments", body).compose(r -> {
      JsonObject a = r.bodyAsJsonObject();
      List<Future<Void>> students = new ArrayList<>();
      for (int p = 0; p < TermPlan.HOMEWORK_DONE; p++) students.add(doHomework(a.getString("pin"), p));
      return Future.all(students).compose(all -> expect(200, HttpMethod.POST, "/api/assignments/" + a.getString("id") + "/close", null))
          .compose(closed -> expect(200, HttpMethod.GET, "/api/sessions", null)).map(list -> {
            JsonArray sessions = list.bodyAsJsonArray();
            for (int i = 0; i < sessions.size(); i++) {
              JsonObject s = sessions.getJsonObject(i);
              if ("homework".equals(s.getString("mode"))) sessionIds.add(s.getString("id"));
            }
            return null;
          });
    });
  }

  private static Future<Void> doHomework(String pin, int p) {
    return server.ws().compose(ws -> ws.ask(new JsonObject().put("type", "join").put("pin", pin).put("code", code(p)), "welcome")
        .compose(w -> answerNext(ws, p, 0)).compose(v -> ws.close()));
  }

  private static Future<Void> answerNext(Ws ws, int p, int q) {
    if (q == QUESTIONS) return ws.next("finished").mapEmpty();
    return ws.ask(Ws.command("next"), "question")
        .compose(m -> ws.ask(Ws.answer(q, "choice", new JsonArray().add(TermPlan.choice(p, q, 2))), "outcome"))
        .compose(o -> answerNext(ws, p, q + 1));
  }

  // ---- what the teacher reads ----

  @Test
  @DisplayName("the insight lists the questions and the notes lines weakest first, with the quote and the commonest wrong answer")
  void weakestLines(VertxTestContext ctx) {
    insight("?class=" + roster.getString("id") + "&quiz=term-quiz").onComplete(ctx.succeeding(body -> ctx.verify(() -> {
      assertEquals(3, body.getInteger("sessions"));
      List<Integer> order = IntStream.range(0, QUESTIONS).boxed().sorted(Comparator
          .comparingDouble((Integer q) -> (double) TermPlan.tally(q)[0] / TermPlan.tally(q)[1])
          .thenComparing(q -> "term-quiz/t" + (q + 1))).toList();
      JsonArray questions = body.getJsonArray("questions");
      assertEquals(order.stream().map(q -> "t" + (q + 1)).toList(), ids(questions));
      JsonObject weakest = questions.getJsonObject(0);
      assertEquals(TermPlan.tally(0)[1], weakest.getInteger("asked"), "30 + 30 live, 25 homework");
      assertEquals((double) TermPlan.tally(0)[0] / TermPlan.tally(0)[1], weakest.getDouble("correctRate"), 1e-9);
      // The wrong students pick the next option, except one in three: that is the commonest wrong answer.
      int expected = 0;
      for (int s = 0; s < 3; s++) for (int p = 0; p < STUDENTS; p++) {
        if (TermPlan.answers(p, s) && !TermPlan.right(p, 0, s) && TermPlan.choice(p, 0, s) == 1) expected++;
      }
      JsonObject wrong = weakest.getJsonObject("commonWrong");
      assertEquals(new JsonArray().add(1), wrong.getJsonObject("answer").getJsonArray("choice"));
      assertEquals(TermPlan.optionText(0, 1), wrong.getString("text"));
      assertEquals(expected, wrong.getInteger("count"));

      JsonArray lines = body.getJsonArray("lines");
      assertEquals(order.stream().map(q -> plan.lines.get(q)).toList(), field(lines, "line"));
      assertEquals(plan.quotes.get(0), lines.getJsonObject(0).getString("quote"));
      assertEquals("ussr-1924-1941", lines.getJsonObject(0).getString("notes"));
      JsonArray sections = body.getJsonArray("sections");
      // Sections tie-break on their title (every question here is asked as often), questions on their id.
      List<Integer> bySection = IntStream.range(0, QUESTIONS).boxed().sorted(Comparator
          .comparingDouble((Integer q) -> (double) TermPlan.tally(q)[0] / TermPlan.tally(q)[1])
          .thenComparing(q -> plan.notes.sectionOf(plan.lines.get(q)).title())).toList();
      assertEquals(bySection.stream().map(q -> plan.notes.sectionOf(plan.lines.get(q)).title()).toList(), field(sections, "title"));
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("the students who need help come first, followed across sessions by their roster id, each with their weakest questions")
  void weakestStudents(VertxTestContext ctx) {
    insight("?class=" + roster.getString("id")).compose(body -> {
      ctx.verify(() -> {
        JsonArray students = body.getJsonArray("students");
        assertEquals(STUDENTS, students.size(), "one entry per student, not per session");
        assertEquals(List.of(studentId(0), studentId(1), studentId(2)), field(new JsonArray(students.getList().subList(0, 3)), "id"));
        for (int i = 0; i < 3; i++) {
          JsonObject s = students.getJsonObject(i);
          assertEquals(0.0, s.getDouble("correctRate"));
          assertEquals(15, s.getInteger("answered"));
          assertEquals(List.of("t1", "t2", "t3"), ids(s.getJsonArray("weakest")));
        }
        JsonObject zoe = find(students, studentId(7));
        assertEquals(name(7), zoe.getString("name"));
        JsonObject skipped = find(students, studentId(27));
        assertEquals(10, skipped.getInteger("answered"), "no homework: two live games");
        assertEquals(10, skipped.getInteger("asked"), "homework not done is not counted as missed");
      });
      return expect(200, HttpMethod.GET, "/api/classes/" + roster.getString("id") + "/history", null);
    }).onComplete(ctx.succeeding(r -> ctx.verify(() -> {
      JsonArray students = r.bodyAsJsonObject().getJsonArray("students");
      assertEquals(STUDENTS, students.size());
      assertEquals(name(0), students.getJsonObject(0).getString("name"), "roster order");
      JsonArray first = students.getJsonObject(0).getJsonArray("sessions");
      assertEquals(List.of("live", "live", "homework"), field(first, "mode"), "oldest first");
      assertEquals(List.of(0, 0, 0), field(first, "right"), "student 0 misses everything");
      JsonArray tenth = students.getJsonObject(10).getJsonArray("sessions");
      for (int s = 0; s < 3; s++) {
        int right = 0;
        for (int q = 0; q < QUESTIONS; q++) if (TermPlan.right(10, q, s)) right++;
        assertEquals(right, tenth.getJsonObject(s).getInteger("right"), "session " + s);
        assertEquals(QUESTIONS, tenth.getJsonObject(s).getInteger("asked"));
      }
      assertEquals(2, students.getJsonObject(27).getJsonArray("sessions").size(), "no homework: two live games");
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("the revision quiz holds the missed questions (a missed line in another form) and the one due again, each with its source")
  void revisionQuiz(VertxTestContext ctx) {
    JsonObject body = new JsonObject().put("quiz", "term-quiz").put("class", roster.getString("id")).put("size", 10);
    expect(201, HttpMethod.POST, "/api/quizzes/revision", body).compose(r -> {
      JsonObject made = r.bodyAsJsonObject();
      ctx.verify(() -> assertEquals(3, made.getInteger("questionCount"), made.encode()));
      return expect(200, HttpMethod.GET, "/api/quizzes/" + made.getString("id"), null);
    }).compose(r -> {
      JsonObject quiz = r.bodyAsJsonObject();
      ctx.verify(() -> {
        // t1 (missed most) is asked as the true/false question on its line; t2 missed; t5 due again (box 2).
        assertEquals(List.of("tf1", "t2", "t5"), ids(quiz.getJsonArray("questions")));
        assertEquals(List.of(plan.lines.get(0), plan.lines.get(1), plan.lines.get(4)),
            quiz.getJsonArray("questions").stream().map(q -> ((JsonObject) q).getJsonObject("source").getInteger("line")).toList());
        assertEquals(plan.quotes.get(1), quiz.getJsonArray("questions").getJsonObject(1).getJsonObject("source").getString("quote"));
        assertEquals(TermPlan.NOTES, quiz.getString("notes"));
        assertTrue(quiz.getString("title").startsWith("Revision: Term quiz"), quiz.getString("title"));
      });
      // The teacher's own: editable and playable.
      return expect(200, HttpMethod.PUT, "/api/quizzes/" + quiz.getString("id"), quiz.put("title", "Revision for 9C"))
          .compose(v -> expect(201, HttpMethod.POST, "/api/rooms", new JsonObject().put("quiz", quiz.getString("id"))));
    }).compose(v -> expect(201, HttpMethod.POST, "/api/quizzes/revision", body.copy().put("size", 1))).map(r -> {
      ctx.verify(() -> assertEquals(1, r.bodyAsJsonObject().getInteger("questionCount")));
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("another teacher's class is not there, and a bad call is a 400")
  void ownership(VertxTestContext ctx) {
    String classPath = "/api/insights?class=" + roster.getString("id");
    Staffroom.colleague(server.http, token, "other").compose(other -> Future.all(
        Staffroom.as(server.http, other.token(), HttpMethod.GET, classPath).send(),
        Staffroom.as(server.http, other.token(), HttpMethod.GET, "/api/insights?quiz=term-quiz").send(),
        Staffroom.as(server.http, other.token(), HttpMethod.POST, "/api/quizzes/revision")
            .sendJsonObject(new JsonObject().put("class", roster.getString("id"))),
        server.http.get("/api/insights").bearerTokenAuthentication(token).send(),
        Staffroom.as(server.http, token, HttpMethod.POST, "/api/quizzes/revision").sendJsonObject(new JsonObject().put("quiz", "term-quiz").put("size", 0)),
        Staffroom.as(server.http, other.token(), HttpMethod.GET, "/api/classes/" + roster.getString("id") + "/history").send()))
        .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
          assertEquals(404, all.<HttpResponse<Buffer>>resultAt(0).statusCode());
          assertEquals(404, all.<HttpResponse<Buffer>>resultAt(1).statusCode());
          assertEquals(404, all.<HttpResponse<Buffer>>resultAt(2).statusCode());
          assertEquals(400, all.<HttpResponse<Buffer>>resultAt(3).statusCode());
          assertEquals(400, all.<HttpResponse<Buffer>>resultAt(4).statusCode());
          assertEquals(404, all.<HttpResponse<Buffer>>resultAt(5).statusCode(), "another teacher's class has no history to read");
          ctx.completeNow();
        })));
  }

  // ---- helpers ----

  static Future<HttpResponse<Buffer>> expect(int status, HttpMethod method, String path, JsonObject body) {
    var req = server.http.request(method, path).bearerTokenAuthentication(token);
    return (body == null ? req.send() : req.sendJsonObject(body)).map(r -> {
      // Not an AssertionError: a Future's map passes on exceptions, and the test then fails with this message.
      if (r.statusCode() != status) throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.bodyAsString());
      return r;
    });
  }

  static Future<JsonObject> insight(String query) {
    return expect(200, HttpMethod.GET, "/api/insights" + query, null).map(HttpResponse::bodyAsJsonObject);
  }

  static List<String> ids(JsonArray a) {
    return a.stream().map(o -> ((JsonObject) o).getString("id")).toList();
  }

  static List<Object> field(JsonArray a, String f) {
    return a.stream().map(o -> ((JsonObject) o).getValue(f)).toList();
  }

  static JsonObject find(JsonArray students, String id) {
    return students.stream().map(o -> (JsonObject) o).filter(o -> id.equals(o.getString("id"))).findFirst().orElseThrow();
  }
}
