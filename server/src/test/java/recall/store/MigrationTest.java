package recall.store;

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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import recall.app.Config;
import recall.auth.PasswordHasher;
import recall.quiz.Quiz;
import recall.quiz.QuizFolder;
import recall.support.Staffroom;
import recall.support.TestServer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real version 1 database (the version 1 DDL of {@code schema-v1.sql} and rows as version 1 wrote
 * them, in an HSQLDB file), then the server started on it: everything is still there, and the
 * {@code teacher} account's.
 */
@ExtendWith(VertxExtension.class)
@DisplayName("A version 1 database is migrated to version 2 at start, its data kept and owned by teacher")
class MigrationTest {
  private static final String V1_PASSWORD = "the-v1-password";
  private static final String SESSION = "0b5c3a7e-0000-4000-8000-000000000001";

  @TempDir
  Path dir;

  @Test
  @Timeout(value = 2, timeUnit = TimeUnit.MINUTES)
  @DisplayName("quizzes, sessions, players and answers of version 1 are there after the upgrade, the teacher's alone")
  void upgradesVersionOne(Vertx vertx, VertxTestContext ctx) throws Exception {
    String url = "jdbc:hsqldb:file:" + dir.resolve("recall").toAbsolutePath() + ";hsqldb.write_delay=false";
    buildVersionOne(url);
    Config config = Config.forTests("unused", TestServer.QUESTIONS).withDbUrl(url).withTeacherPassword(V1_PASSWORD);
    TestServer.start(vertx, config).compose(s -> Future.all(List.of(s.get("/api/me"), s.get("/api/quizzes"), s.get("/api/sessions"),
            s.get("/api/sessions/" + SESSION), s.get("/api/quizzes/kept-quiz"), s.get("/api/sessions/" + SESSION + "/results.csv")))
        .compose(all -> {
          assertTrue(body(all.resultAt(0)).getBoolean("admin"), "version 1's teacher is the admin");
          JsonArray quizzes = all.<HttpResponse<Buffer>>resultAt(1).bodyAsJsonArray();
          JsonObject kept = find(quizzes, "kept-quiz");
          assertFalse(kept.getBoolean("shared"), "the teacher's own quiz of version 1 stays the teacher's");
          assertTrue(find(quizzes, "power-struggle").getBoolean("shared"), "the bank is shared");
          assertTrue(find(quizzes, "collectivisation").getBoolean("shared"), "a bank quiz deleted in version 1 is back: the bank is read-only now");
          JsonArray sessions = all.<HttpResponse<Buffer>>resultAt(2).bodyAsJsonArray();
          assertEquals(1, sessions.size(), sessions.encode());
          assertEquals(2, sessions.getJsonObject(0).getInteger("players"));
          // Migration 4: an older session is a live game that was not ended early.
          assertEquals("live", sessions.getJsonObject(0).getString("mode"), sessions.encode());
          assertEquals(false, sessions.getJsonObject(0).getBoolean("endedEarly"), sessions.encode());
          JsonObject session = body(all.resultAt(3));
          assertEquals(2, session.getJsonArray("answers").size(), session.encode());
          JsonObject first = session.getJsonArray("answers").getJsonObject(0);
          assertEquals(950, first.getInteger("points"), first.encode());
          assertTrue(first.getBoolean("correct"));
          assertEquals("Kept quiz", body(all.resultAt(4)).getString("title"));
          String csv = all.<HttpResponse<Buffer>>resultAt(5).bodyAsString();
          assertTrue(csv.contains("Anna") && csv.contains("Ben"), csv);
          return Staffroom.colleague(s.http, s.token, "newcomer");
        })
        .compose(newcomer -> Future.all(
            Staffroom.as(s.http, newcomer.token(), HttpMethod.GET, "/api/sessions").send(),
            Staffroom.as(s.http, newcomer.token(), HttpMethod.GET, "/api/sessions/" + SESSION).send(),
            Staffroom.as(s.http, newcomer.token(), HttpMethod.GET, "/api/quizzes/kept-quiz").send(),
            // Migration 3's notes table is there on an upgraded database.
            Staffroom.as(s.http, newcomer.token(), HttpMethod.POST, "/api/notes?filename=n.txt").putHeader("Content-Type", "application/octet-stream")
                .sendBuffer(Buffer.buffer("Kirov was murdered in December 1934.\n"))))
        .map(all -> {
          assertEquals(0, all.<HttpResponse<Buffer>>resultAt(0).bodyAsJsonArray().size(), "a new teacher sees none of version 1's sessions");
          assertEquals(404, all.<HttpResponse<Buffer>>resultAt(1).statusCode());
          assertEquals(404, all.<HttpResponse<Buffer>>resultAt(2).statusCode());
          assertEquals(201, all.<HttpResponse<Buffer>>resultAt(3).statusCode(), all.<HttpResponse<Buffer>>resultAt(3).bodyAsString());
          return null;
        })
        .eventually(s::stop))
        .map(v -> {
          try (Connection c = DriverManager.getConnection(url, "SA", "");
               ResultSet r = c.createStatement().executeQuery("SELECT MAX(version) FROM schema_version")) {
            assertTrue(r.next());
            assertEquals(Migrations.latest(), r.getInt(1));
            assertTrue(Migrations.latest() >= 5, "notes (3), classes and homework (4) and live rooms (5) run after ownership (2)");
            c.createStatement().execute("SHUTDOWN");
          } catch (SQLException e) {
            throw new AssertionError(e);
          }
          return null;
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  private static JsonObject body(HttpResponse<Buffer> r) {
    assertEquals(200, r.statusCode(), r.bodyAsString());
    return r.bodyAsJsonObject();
  }

  private static JsonObject find(JsonArray list, String id) {
    for (Object o : list) if (id.equals(((JsonObject) o).getString("id"))) return (JsonObject) o;
    throw new AssertionError("no " + id + " in " + list.encode());
  }

  /** Writes the version 1 schema and rows the way version 1 did, then shuts the database down. */
  private static void buildVersionOne(String url) throws SQLException, IOException {
    Quiz bank = QuizFolder.loadBlocking(TestServer.QUESTIONS).quizzes().stream()
        .filter(q -> q.id().equals("power-struggle")).findFirst().orElseThrow();
    Quiz purges = QuizFolder.loadBlocking(TestServer.QUESTIONS).quizzes().stream()
        .filter(q -> q.id().equals("collectivisation")).findFirst().orElseThrow();
    PasswordHasher.Hash h = PasswordHasher.hash(V1_PASSWORD);
    long t = 1_700_000_000_000L;
    JsonObject question = new JsonObject().put("id", "q-1").put("kind", "single").put("text", "Who was murdered in 1934?")
        .put("options", new JsonArray().add("Trotsky").add("Kirov")).put("answer", new JsonArray().add(1)).put("correct", new JsonObject());
    JsonObject kept = new JsonObject().put("id", "kept-quiz").put("title", "Kept quiz").put("questions", new JsonArray().add(question.copy().put("source",
        new JsonObject().put("line", 1).put("quote", "Kirov"))).copy());
    kept.getJsonArray("questions").getJsonObject(0).remove("correct");
    try (Connection c = DriverManager.getConnection(url, "SA", "")) {
      Statement st = c.createStatement();
      for (String ddl : versionOneDdl()) st.execute(ddl);
      st.execute("INSERT INTO schema_version (version) VALUES (1)");
      insert(c, "INSERT INTO account (name, salt, hash, iterations, created_at) VALUES (?, ?, ?, ?, ?)", "teacher", h.salt(), h.hash(), h.iterations(), t);
      insert(c, "INSERT INTO quiz (id, doc, origin, deleted, updated_at) VALUES (?, ?, ?, ?, ?)", "kept-quiz", kept.encode(), "api", false, t);
      insert(c, "INSERT INTO quiz (id, doc, origin, deleted, updated_at) VALUES (?, ?, ?, ?, ?)", "power-struggle", bank.toJson().encode(), "file", false, t);
      insert(c, "INSERT INTO quiz (id, doc, origin, deleted, updated_at) VALUES (?, ?, ?, ?, ?)", "collectivisation", purges.toJson().encode(), "file", true, t);
      insert(c, "INSERT INTO game_session (id, quiz_id, title, pin, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?)",
          SESSION, "kept-quiz", "Kept quiz", "123456", t, t + 60_000);
      insert(c, "INSERT INTO session_question (session_id, idx, question_id, kind, doc, opened_at) VALUES (?, ?, ?, ?, ?, ?)",
          SESSION, 0, "q-1", "single", question.encode(), t + 1000);
      insert(c, "INSERT INTO player (session_id, id, name, joined_at, kicked) VALUES (?, ?, ?, ?, ?)", SESSION, "p1", "Anna", t, false);
      insert(c, "INSERT INTO player (session_id, id, name, joined_at, kicked) VALUES (?, ?, ?, ?, ?)", SESSION, "p2", "Ben", t + 1, false);
      String choice = new JsonObject().put("choice", new JsonArray().add(1)).encode();
      insert(c, "INSERT INTO answer (session_id, player_id, idx, answer, correct, fraction, points, ms, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          SESSION, "p1", 0, choice, true, 1.0, 950, 1200, t + 2200);
      insert(c, "INSERT INTO answer (session_id, player_id, idx, answer, correct, fraction, points, ms, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          SESSION, "p2", 0, new JsonObject().put("choice", new JsonArray().add(0)).encode(), false, 0.0, 0, 3000, t + 4000);
      st.execute("SHUTDOWN");
    }
  }

  private static void insert(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
      assertEquals(1, ps.executeUpdate());
    }
  }

  private static List<String> versionOneDdl() throws IOException {
    try (InputStream in = MigrationTest.class.getResourceAsStream("schema-v1.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("--")).toList();
    }
  }
}
