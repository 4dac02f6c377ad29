package recall.http;

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
import recall.support.NotesFiles;
import recall.support.Staffroom;
import recall.support.TestServer;
import recall.support.Ws;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workshop over real HTTP and WebSockets: drafts from a teacher's own notes, a quiz saved from
 * them that plays and reveals the teacher's line, coverage, imports with no source, and exports.
 */
// The class-level timeout is the one vertx-junit5 gives @BeforeAll (teachers are added with real password hashing on a busy machine).
@Timeout(value = 3, timeUnit = TimeUnit.MINUTES)
@ExtendWith(VertxExtension.class)
@DisplayName("Drafts from a teacher's own notes become a quiz that cites them")
class WorkshopTest {
  private static TestServer server;
  private static String alice;
  private static String bob;
  private static String notesId;
  private static List<String> lines;

  @BeforeAll
  @Timeout(value = 3, timeUnit = TimeUnit.MINUTES)
  static void start(Vertx vertx, VertxTestContext ctx) {
    TestServer.start(vertx, WorkshopTest.class).compose(s -> {
      server = s;
      return Future.all(Staffroom.colleague(s.http, s.token, "alice"), Staffroom.colleague(s.http, s.token, "bob"));
    }).compose(all -> {
      alice = all.<Staffroom.Login>resultAt(0).token();
      bob = all.<Staffroom.Login>resultAt(1).token();
      return NotesFiles.upload(server.http, alice, "cells.txt", "application/octet-stream",
          Buffer.buffer(NotesFiles.text().getBytes(StandardCharsets.UTF_8)));
    }).compose(r -> {
      assertEquals(201, r.statusCode(), r.bodyAsString());
      notesId = r.bodyAsJsonObject().getString("id");
      return call(alice, HttpMethod.GET, "/api/notes/" + notesId);
    }).onSuccess(r -> lines = r.bodyAsJsonObject().getJsonArray("lines").stream().map(String::valueOf).toList())
        .onComplete(ctx.succeedingThenComplete());
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    server.stop().onComplete(ctx.succeedingThenComplete());
  }

  private static Future<HttpResponse<Buffer>> call(String token, HttpMethod method, String path) {
    return Staffroom.as(server.http, token, method, path).send();
  }

  private static Future<HttpResponse<Buffer>> post(String token, String path, JsonObject body) {
    return Staffroom.as(server.http, token, HttpMethod.POST, path).sendJsonObject(body);
  }

  private static Future<JsonArray> drafts(JsonObject request) {
    return post(alice, "/api/notes/" + notesId + "/drafts", request).map(r -> {
      assertEquals(200, r.statusCode(), r.bodyAsString());
      return r.bodyAsJsonObject().getJsonArray("drafts");
    });
  }

  @Test
  @Timeout(value = 2, timeUnit = TimeUnit.MINUTES)
  @DisplayName("drafts for a range of lines, some kinds and a maximum: each of those kinds, in range, its quote on its line")
  void draftsInRange(VertxTestContext ctx) {
    drafts(new JsonObject().put("from", 2).put("to", 9).put("kinds", new JsonArray().add("numeric").add("single").add("truefalse")).put("max", 6))
        .map(list -> {
          assertFalse(list.isEmpty(), "no drafts");
          assertTrue(list.size() <= 6, list.encodePrettily());
          for (Object o : list) {
            JsonObject d = (JsonObject) o;
            assertTrue(Set.of("numeric", "single", "truefalse").contains(d.getString("kind")), d.encode());
            JsonObject source = d.getJsonObject("source");
            assertEquals(notesId, source.getString("notes"));
            int line = source.getInteger("line");
            assertTrue(line >= 2 && line <= 9, d.encode());
            assertTrue(lines.get(line - 1).contains(source.getString("quote")), d.encode());
            double confidence = d.getJsonObject("draft").getDouble("confidence");
            assertTrue(confidence > 0 && confidence <= 1, d.encode());
            assertFalse(d.getJsonObject("draft").getString("rule").isBlank());
          }
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a drafts request with bad from, to, kinds or max answers 400")
  void badDraftRequests(VertxTestContext ctx) {
    List<JsonObject> bad = List.of(new JsonObject().put("from", 0), new JsonObject().put("to", lines.size() + 1),
        new JsonObject().put("from", 5).put("to", 3), new JsonObject().put("from", "2"),
        new JsonObject().put("kinds", new JsonArray().add("essay")), new JsonObject().put("kinds", "single"),
        new JsonObject().put("max", 0), new JsonObject().put("max", 1000), new JsonObject().put("max", 2.5));
    List<Future<HttpResponse<Buffer>>> answers = new ArrayList<>();
    for (JsonObject body : bad) answers.add(post(alice, "/api/notes/" + notesId + "/drafts", body));
    answers.add(Staffroom.as(server.http, alice, HttpMethod.POST, "/api/notes/" + notesId + "/drafts")
        .putHeader("Content-Type", "application/json").sendBuffer(Buffer.buffer("{not json")));
    Future.all(answers).map(all -> {
      for (int i = 0; i < all.size(); i++) {
        HttpResponse<Buffer> r = all.resultAt(i);
        assertEquals(400, r.statusCode(), (i < bad.size() ? bad.get(i).encode() : "not JSON") + " -> " + r.bodyAsString());
        assertEquals("bad-request", r.bodyAsJsonObject().getString("error"));
      }
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @Timeout(value = 2, timeUnit = TimeUnit.MINUTES)
  @DisplayName("a quiz saved from drafts (notes by id) validates, plays, and the reveal shows the line of the uploaded notes")
  void draftedQuizPlays(Vertx vertx, VertxTestContext ctx) throws Exception {
    List<String> ussr = Files.readAllLines(TestServer.QUESTIONS.resolve("notes/ussr-1924-1941.txt"));
    drafts(new JsonObject().put("kinds", new JsonArray().add("single").add("truefalse")).put("max", 4)).compose(list -> {
      assertFalse(list.isEmpty(), "no drafts");
      JsonObject first = list.getJsonObject(0);
      JsonObject quiz = new JsonObject().put("title", "Cells, drafted").put("notes", notesId).put("questions", list);
      return post(alice, "/api/quizzes", quiz).compose(created -> {
        assertEquals(201, created.statusCode(), created.bodyAsString());
        String quizId = created.bodyAsJsonObject().getString("id");
        return post(alice, "/api/rooms", new JsonObject().put("quiz", quizId).put("questions", new JsonArray().add(first.getString("id"))));
      }).compose(room -> {
        assertEquals(201, room.statusCode(), room.bodyAsString());
        String pin = room.bodyAsJsonObject().getString("pin");
        return server.ws().compose(host -> host.ask(Ws.host(pin, room.bodyAsJsonObject().getString("hostKey")), "welcome")
            .compose(w -> server.ws()).compose(phone -> phone.ask(Ws.join(pin, "Anna"), "welcome").compose(w -> {
              host.send(Ws.command("start"));
              return phone.next("question");
            }).compose(q -> phone.ask(Ws.answer(0, "choice", new JsonArray().add(0)), "answered")))
            .compose(a -> host.next("reveal")));
      }).map(reveal -> {
        int line = first.getJsonObject("source").getInteger("line");
        assertEquals(lines.get(line - 1).strip(), reveal.getString("source"), reveal.encode());
        assertNotEquals(ussr.get(line - 1).strip(), reveal.getString("source"));
        return null;
      });
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a quiz whose quote is not on its line of the named notes, or that names another teacher's notes, answers 400")
  void quotesCheckedAgainstTheNamedNotes(VertxTestContext ctx) {
    JsonObject question = new JsonObject().put("id", "q1").put("kind", "truefalse").put("text", "The liver makes bile.")
        .put("answer", new JsonArray().add(0)).put("source", new JsonObject().put("line", 3).put("quote", "The liver stores glycogen"));
    JsonObject quiz = new JsonObject().put("title", "Wrong line").put("notes", notesId).put("questions", new JsonArray().add(question));
    Future.all(post(alice, "/api/quizzes", quiz), post(bob, "/api/quizzes", quiz.copy().put("title", "Not mine")),
        post(alice, "/api/quizzes/check", quiz)).map(all -> {
          HttpResponse<Buffer> wrongLine = all.resultAt(0);
          assertEquals(400, wrongLine.statusCode(), wrongLine.bodyAsString());
          assertTrue(wrongLine.bodyAsString().contains("source.quote"), wrongLine.bodyAsString());
          HttpResponse<Buffer> notMine = all.resultAt(1);
          assertEquals(400, notMine.statusCode(), notMine.bodyAsString());
          assertEquals("notes", notMine.bodyAsJsonObject().getJsonArray("problems").getJsonObject(0).getString("field"));
          HttpResponse<Buffer> check = all.resultAt(2);
          assertEquals(200, check.statusCode());
          assertTrue(check.bodyAsJsonObject().getJsonArray("problems").encode().contains("source.quote"), check.bodyAsString());
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("coverage lists, line by line, the questions that cite the notes: the caller's quizzes and the shared bank")
  void coverage(VertxTestContext ctx) {
    JsonObject question = new JsonObject().put("id", "fleming").put("kind", "numeric").put("text", "In which year did Fleming discover penicillin?")
        .put("answer", new JsonObject().put("value", 1928).put("tolerance", 0))
        .put("source", new JsonObject().put("line", 5).put("quote", "penicillin in 1928"));
    JsonObject quiz = new JsonObject().put("title", "Covered").put("notes", notesId).put("questions", new JsonArray().add(question));
    post(alice, "/api/quizzes", quiz).compose(created -> {
      assertEquals(201, created.statusCode(), created.bodyAsString());
      String quizId = created.bodyAsJsonObject().getString("id");
      return Future.all(call(alice, HttpMethod.GET, "/api/notes/" + notesId + "/coverage"),
          call(bob, HttpMethod.GET, "/api/notes/ussr-1924-1941/coverage")).map(all -> {
            JsonArray mine = all.<HttpResponse<Buffer>>resultAt(0).bodyAsJsonObject().getJsonArray("lines");
            JsonObject line5 = mine.stream().map(o -> (JsonObject) o).filter(l -> l.getInteger("line") == 5).findFirst().orElseThrow();
            assertTrue(line5.getJsonArray("questions").contains(new JsonObject().put("quiz", quizId).put("id", "fleming")), mine.encode());
            JsonArray bank = all.<HttpResponse<Buffer>>resultAt(1).bodyAsJsonObject().getJsonArray("lines");
            assertTrue(bank.size() > 50, "the bank covers many lines: " + bank.size());
            assertTrue(bank.encode().contains("\"quiz\":\"power-struggle\""), bank.encode());
            return null;
          });
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an imported GIFT quiz names no notes and its questions have no source")
  void importedGiftHasNoSource(VertxTestContext ctx) {
    String gift = "::q1:: The heart pumps blood. {T}\n\n::q2:: Which organ makes bile? {=liver ~heart ~lung}\n";
    Staffroom.as(server.http, alice, HttpMethod.POST, "/api/quizzes/import?format=gift&title=Organs")
        .putHeader("Content-Type", "application/octet-stream").sendBuffer(Buffer.buffer(gift)).compose(r -> {
          assertEquals(201, r.statusCode(), r.bodyAsString());
          return call(alice, HttpMethod.GET, "/api/quizzes/" + r.bodyAsJsonObject().getString("id"));
        }).map(r -> {
          JsonObject quiz = r.bodyAsJsonObject();
          assertNull(quiz.getValue("notes"));
          assertEquals(2, quiz.getJsonArray("questions").size());
          for (Object q : quiz.getJsonArray("questions")) assertNull(((JsonObject) q).getValue("source"), ((JsonObject) q).encode());
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a quiz exports as JSON that posts back, and as Kahoot! CSV that imports back")
  void exports(VertxTestContext ctx) {
    Future.all(call(alice, HttpMethod.GET, "/api/quizzes/power-struggle/export.json"),
        call(alice, HttpMethod.GET, "/api/quizzes/power-struggle/export.csv"),
        call(alice, HttpMethod.GET, "/api/quizzes/no-such-quiz/export.csv")).compose(all -> {
          HttpResponse<Buffer> json = all.resultAt(0);
          HttpResponse<Buffer> csv = all.resultAt(1);
          assertEquals(200, json.statusCode());
          assertTrue(json.getHeader("Content-Disposition").contains("power-struggle.json"));
          assertTrue(csv.getHeader("Content-Type").startsWith("text/csv"));
          // Every text cell is quoted (a spreadsheet that splits on ';' cannot read a cell as a formula).
          assertTrue(csv.bodyAsString().startsWith("\"#\",\"Question - max 120 characters\",\"Answer 1"), csv.bodyAsString());
          assertEquals(404, all.<HttpResponse<Buffer>>resultAt(2).statusCode());
          JsonObject doc = json.bodyAsJsonObject().put("id", "power-struggle-again");
          int rows = csv.bodyAsString().split("\r\n").length - 1;
          return Future.all(post(alice, "/api/quizzes", doc),
              Staffroom.as(server.http, alice, HttpMethod.POST, "/api/quizzes/import?format=csv&title=Again")
                  .putHeader("Content-Type", "application/octet-stream").sendBuffer(csv.body()))
              .map(back -> {
                HttpResponse<Buffer> posted = back.resultAt(0);
                assertEquals(201, posted.statusCode(), posted.bodyAsString());
                assertEquals(doc.getJsonArray("questions").size(), posted.bodyAsJsonObject().getInteger("questionCount"));
                HttpResponse<Buffer> imported = back.resultAt(1);
                assertEquals(201, imported.statusCode(), imported.bodyAsString());
                assertEquals(rows, imported.bodyAsJsonObject().getInteger("questionCount"));
                return null;
              });
        }).onComplete(ctx.succeedingThenComplete());
  }
}
