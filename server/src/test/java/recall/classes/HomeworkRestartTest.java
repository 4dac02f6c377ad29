package recall.classes;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import recall.support.ForkedServer;
import recall.support.Ws;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A homework outlives its server: set for a class, half done by two students, the server killed
 * with SIGKILL and started again; the homework's link answers again, one student resumes with its
 * token and the other comes back with its card's code, each where it stopped, with its score, and
 * the saved session holds every answer exactly once under each student's roster id.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("A class homework survives kill -9 of its server")
class HomeworkRestartTest {
  private static final JsonArray QUESTIONS = new JsonArray().add("ps-03").add("ps-05").add("ps-06");

  @TempDir
  Path data;
  private final List<ForkedServer> forked = new ArrayList<>();

  @AfterEach
  void killLeftovers() throws InterruptedException {
    for (ForkedServer s : forked) {
      s.process.destroyForcibly();
      s.process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** A student on a socket: its roster id and code, its token once welcomed, and the points it was told. */
  private static final class Student {
    final String id;
    final String code;
    Ws ws;
    String token;
    int points;

    Student(JsonObject s) {
      id = s.getString("id");
      code = s.getString("code");
    }
  }

  @Test
  @Timeout(value = 4, timeUnit = TimeUnit.MINUTES)
  @DisplayName("two students part-way through, kill -9, restart: one resumes by token, one by code, both finish where they stopped")
  void killAndGoOn(Vertx vertx, VertxTestContext ctx) {
    List<Student> students = new ArrayList<>();
    JsonObject[] assignment = new JsonObject[1];
    start(vertx, "before-kill").compose(server -> server.login().compose(token -> server.post(token, "/api/classes",
            new JsonObject().put("name", "9B").put("students", new JsonArray().add("Anna Smith").add("Ben Jones").add("Cat Lee")))
        .compose(r -> {
          assertEquals(201, r.statusCode(), r.bodyAsString());
          JsonObject cls = r.bodyAsJsonObject();
          for (Object s : cls.getJsonArray("students")) students.add(new Student((JsonObject) s));
          return server.post(token, "/api/assignments", new JsonObject().put("quiz", "power-struggle").put("questions", QUESTIONS)
              .put("class", cls.getString("id")).put("dueAt", System.currentTimeMillis() + 86_400_000L).put("timer", false));
        }))
        .compose(r -> {
          assertEquals(201, r.statusCode(), r.bodyAsString());
          assignment[0] = r.bodyAsJsonObject();
          String pin = assignment[0].getString("pin");
          // Anna answers two questions, Ben one; then the server dies.
          return join(vertx, server.port, pin, students.get(0)).compose(w -> answer(students.get(0), 0)).compose(v -> answer(students.get(0), 1))
              .compose(v -> join(vertx, server.port, pin, students.get(1))).compose(w -> answer(students.get(1), 0))
              .compose(v -> server.kill());
        }))
        .compose(code -> start(vertx, "after-kill").compose(server -> {
          String pin = assignment[0].getString("pin");
          Student anna = students.get(0);
          Student ben = students.get(1);
          return server.http.get("/api/rooms/" + pin).send().compose(info -> {
            assertEquals(200, info.statusCode(), "the homework's link answers again: " + info.bodyAsString());
            assertEquals("homework", info.bodyAsJsonObject().getString("mode"));
            return Ws.connect(vertx, server.port);
          }).compose(ws -> {
            anna.ws = ws;
            return ws.ask(Ws.resume(pin, anna.token), "welcome");
          }).compose(w -> {
            assertEquals(2, w.getInteger("answered"), "Anna goes on after her second answer: " + w);
            assertEquals(anna.points, w.getInteger("score"), "with her score");
            return join(vertx, server.port, pin, ben);
          }).compose(w -> {
            assertEquals(1, w.getInteger("answered"), "Ben, back with his code, goes on after his first: " + w);
            assertEquals(ben.points, w.getInteger("score"));
            return answer(anna, 2).compose(v -> finish(anna)).compose(v -> answer(ben, 1)).compose(v -> answer(ben, 2)).compose(v -> finish(ben));
          }).compose(v -> server.login()).compose(token -> server.get(token, "/api/sessions").compose(list -> {
            JsonArray sessions = list.bodyAsJsonArray();
            assertEquals(1, sessions.size(), "one session, the homework's, before and after the restart: " + sessions.encode());
            return server.get(token, "/api/sessions/" + sessions.getJsonObject(0).getString("id"));
          }))
              .map(r -> {
                JsonObject session = r.bodyAsJsonObject();
                assertEquals("homework", session.getString("mode"), session.encode());
                Map<String, String> studentOf = new HashMap<>();
                for (Object o : session.getJsonArray("players")) {
                  JsonObject p = (JsonObject) o;
                  studentOf.put(p.getString("id"), p.getString("studentId"));
                }
                Set<String> saved = new HashSet<>();
                for (Object o : session.getJsonArray("answers")) {
                  JsonObject a = (JsonObject) o;
                  assertTrue(saved.add(studentOf.get(a.getString("playerId")) + "/" + a.getInteger("index")), "saved once: " + a);
                }
                assertEquals(Set.of(anna.id + "/0", anna.id + "/1", anna.id + "/2", ben.id + "/0", ben.id + "/1", ben.id + "/2"), saved,
                    "every answer of both students, under their roster ids");
                return null;
              });
        }))
        .onComplete(ctx.succeedingThenComplete());
  }

  private static Future<JsonObject> join(Vertx vertx, int port, String pin, Student s) {
    return Ws.connect(vertx, port).compose(ws -> {
      s.ws = ws;
      return ws.ask(new JsonObject().put("type", "join").put("pin", pin).put("code", s.code), "welcome");
    }).map(w -> {
      s.token = w.getString("token");
      return w;
    });
  }

  /** Asks for the next question, checks it is question {@code index}, answers option 0 and keeps the outcome's points. */
  private static Future<Void> answer(Student s, int index) {
    return s.ws.ask(Ws.command("next"), "question").compose(q -> {
      assertEquals(index, q.getInteger("index"), "the question it stopped at: " + q);
      return s.ws.ask(Ws.answer(index, "choice", new JsonArray().add(0)), "outcome");
    }).map(o -> {
      s.points += o.getInteger("points");
      assertEquals(s.points, o.getInteger("score"), "the score goes on from where it was");
      return null;
    });
  }

  private static Future<Void> finish(Student s) {
    return s.ws.next("finished").map(f -> {
      assertEquals(s.points, f.getInteger("score"), "the final score is every outcome's points");
      return null;
    });
  }

  private Future<ForkedServer> start(Vertx vertx, String name) {
    return ForkedServer.start(vertx, data, name).onSuccess(forked::add);
  }
}
