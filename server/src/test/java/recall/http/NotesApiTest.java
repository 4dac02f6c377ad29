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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Notes documents over real HTTP: every format uploaded, read back, listed, deleted, and kept from other teachers. */
// The class-level timeout is the one vertx-junit5 gives @BeforeAll (teachers are added with real password hashing on a busy machine).
@Timeout(value = 3, timeUnit = TimeUnit.MINUTES)
@ExtendWith(VertxExtension.class)
@DisplayName("Teachers upload their own notes; the shipped notes are shared")
class NotesApiTest {
  private static TestServer server;
  private static String alice;
  private static String bob;

  @BeforeAll
  @Timeout(value = 2, timeUnit = TimeUnit.MINUTES)
  static void start(Vertx vertx, VertxTestContext ctx) {
    TestServer.start(vertx, NotesApiTest.class).compose(s -> {
      server = s;
      return Future.all(Staffroom.colleague(s.http, s.token, "alice"), Staffroom.colleague(s.http, s.token, "bob"));
    }).onSuccess(all -> {
      alice = all.<Staffroom.Login>resultAt(0).token();
      bob = all.<Staffroom.Login>resultAt(1).token();
    }).onComplete(ctx.succeedingThenComplete());
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    server.stop().onComplete(ctx.succeedingThenComplete());
  }

  private static Future<HttpResponse<Buffer>> call(String token, HttpMethod method, String path) {
    return Staffroom.as(server.http, token, method, path).send();
  }

  /** Uploads, checks the 201 answer's shape, and reads the document back. */
  private static Future<JsonObject> uploaded(String filename, String type, byte[] bytes) {
    return NotesFiles.upload(server.http, alice, filename, type, Buffer.buffer(bytes)).compose(r -> {
      assertEquals(201, r.statusCode(), r.bodyAsString());
      JsonObject created = r.bodyAsJsonObject();
      assertEquals(java.util.Set.of("id", "title", "lineCount", "sections"), created.fieldNames());
      assertEquals("Notes " + filename, created.getString("title"));
      return call(alice, HttpMethod.GET, "/api/notes/" + created.getString("id")).map(got -> {
        assertEquals(200, got.statusCode(), got.bodyAsString());
        JsonObject doc = got.bodyAsJsonObject();
        assertEquals(created.getString("id"), doc.getString("id"));
        assertEquals(created.getInteger("lineCount"), doc.getJsonArray("lines").size());
        assertEquals(created.getJsonArray("sections"), doc.getJsonArray("sections"));
        return doc;
      });
    });
  }

  private static void holdsEveryLine(JsonObject doc) {
    List<String> lines = doc.getJsonArray("lines").stream().map(String::valueOf).toList();
    for (String fact : NotesFiles.SCIENCE) {
      assertTrue(lines.stream().anyMatch(l -> l.contains(fact)), "'" + fact + "' is on no line of " + lines);
    }
  }

  @Test
  @DisplayName("a .txt upload (application/octet-stream) is kept line for line, numbered from 1")
  void plainText(VertxTestContext ctx) {
    uploaded("cells.txt", "application/octet-stream", NotesFiles.text().getBytes(StandardCharsets.UTF_8)).map(doc -> {
      assertEquals(NotesFiles.SCIENCE, doc.getJsonArray("lines").stream().map(String::valueOf).toList());
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a Markdown upload (text/markdown) loses its bullets and finds its # headings as sections")
  void markdown(VertxTestContext ctx) {
    String md = "# Cells and the human body\n\n" + String.join("\n", NotesFiles.SCIENCE.subList(1, 6).stream().map(l -> "- " + l).toList())
        + "\n\n## Discoveries\n\n- " + NotesFiles.SCIENCE.get(6) + "\n";
    uploaded("cells.md", "text/markdown", md.getBytes(StandardCharsets.UTF_8)).map(doc -> {
      assertEquals(NotesFiles.SCIENCE.get(1), doc.getJsonArray("lines").getString(2));
      JsonArray sections = doc.getJsonArray("sections");
      assertEquals(new JsonObject().put("line", 1).put("title", "Cells and the human body"), sections.getJsonObject(0));
      assertEquals(new JsonObject().put("line", 9).put("title", "Discoveries"), sections.getJsonObject(1));
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a .docx written with POI is read into its paragraphs")
  void docx(VertxTestContext ctx) {
    uploaded("cells.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", NotesFiles.docx(NotesFiles.SCIENCE))
        .map(doc -> {
          holdsEveryLine(doc);
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a .pdf written with PDFBox is read into its lines")
  void pdf(VertxTestContext ctx) {
    uploaded("cells.pdf", "application/pdf", NotesFiles.pdf(NotesFiles.SCIENCE)).map(doc -> {
      holdsEveryLine(doc);
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("pasted text sent as JSON {title, text} becomes a notes document")
  void pasted(VertxTestContext ctx) {
    Staffroom.as(server.http, alice, HttpMethod.POST, "/api/notes")
        .sendJsonObject(new JsonObject().put("title", "Pasted cells").put("text", NotesFiles.text())).compose(r -> {
          assertEquals(201, r.statusCode(), r.bodyAsString());
          assertEquals("Pasted cells", r.bodyAsJsonObject().getString("title"));
          assertEquals(NotesFiles.SCIENCE.size(), r.bodyAsJsonObject().getInteger("lineCount"));
          return call(alice, HttpMethod.GET, "/api/notes/" + r.bodyAsJsonObject().getString("id"));
        }).map(r -> {
          assertEquals(NotesFiles.SCIENCE.get(4), r.bodyAsJsonObject().getJsonArray("lines").getString(4));
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("unreadable notes answer 400 bad-notes: a broken .docx, a binary file, an empty body, a paste with no text")
  void badNotes(VertxTestContext ctx) {
    byte[] brokenZip = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);
    byte[] binary = {1, 2, 0, 4, 5};
    Future.all(List.of(
        NotesFiles.upload(server.http, alice, "broken.docx", "application/octet-stream", Buffer.buffer(brokenZip)),
        NotesFiles.upload(server.http, alice, "blob.txt", "application/octet-stream", Buffer.buffer(binary)),
        NotesFiles.upload(server.http, alice, "empty.txt", "application/octet-stream", Buffer.buffer()),
        Staffroom.as(server.http, alice, HttpMethod.POST, "/api/notes").sendJsonObject(new JsonObject().put("title", "x"))))
        .map(all -> {
          for (int i = 0; i < all.size(); i++) {
            HttpResponse<Buffer> r = all.resultAt(i);
            assertEquals(400, r.statusCode(), r.bodyAsString());
            assertEquals("bad-notes", r.bodyAsJsonObject().getString("error"), r.bodyAsString());
            assertFalse(r.bodyAsJsonObject().getString("message").isBlank());
          }
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("notes over 5 MiB answer 413 too-large")
  void tooLarge(VertxTestContext ctx) {
    Buffer big = Buffer.buffer(new byte[5 * 1024 * 1024 + 1]);
    for (int i = 0; i < big.length(); i++) big.setByte(i, (byte) (i % 80 == 79 ? '\n' : 'a'));
    NotesFiles.upload(server.http, alice, "big.txt", "application/octet-stream", big).map(r -> {
      assertEquals(413, r.statusCode(), r.bodyAsString());
      assertEquals("too-large", r.bodyAsJsonObject().getString("error"));
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("GET /api/notes lists the caller's own notes and the shared ones; another teacher sees none of them and gets 404")
  void listAndOwnership(VertxTestContext ctx) {
    uploaded("mine.txt", "text/markdown", NotesFiles.text().getBytes(StandardCharsets.UTF_8)).compose(doc -> {
      String id = doc.getString("id");
      return Future.all(call(alice, HttpMethod.GET, "/api/notes"), call(bob, HttpMethod.GET, "/api/notes"),
          call(bob, HttpMethod.GET, "/api/notes/" + id), call(bob, HttpMethod.DELETE, "/api/notes/" + id),
          call(bob, HttpMethod.POST, "/api/notes/" + id + "/drafts"), call(bob, HttpMethod.GET, "/api/notes/" + id + "/coverage"))
          .map(all -> {
            JsonArray mine = all.<HttpResponse<Buffer>>resultAt(0).bodyAsJsonArray();
            JsonObject own = find(mine, id);
            assertEquals(java.util.Set.of("id", "title", "lineCount", "createdAt", "shared"), own.fieldNames());
            assertEquals(false, own.getBoolean("shared"));
            assertTrue(own.getLong("createdAt") > 0);
            JsonObject shared = find(mine, "ussr-1924-1941");
            assertEquals(true, shared.getBoolean("shared"));
            JsonArray theirs = all.<HttpResponse<Buffer>>resultAt(1).bodyAsJsonArray();
            assertNull(findOrNull(theirs, id), theirs.encode());
            assertEquals(true, find(theirs, "ussr-1924-1941").getBoolean("shared"));
            for (int i = 2; i < all.size(); i++) {
              HttpResponse<Buffer> r = all.resultAt(i);
              assertEquals(404, r.statusCode(), i + ": " + r.bodyAsString());
            }
            return null;
          });
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("DELETE /api/notes/{id} answers 204 and the notes are gone; the shared notes answer 403 read-only")
  void delete(VertxTestContext ctx) {
    uploaded("gone.txt", "application/octet-stream", NotesFiles.text().getBytes(StandardCharsets.UTF_8)).compose(doc -> {
      String id = doc.getString("id");
      return call(alice, HttpMethod.DELETE, "/api/notes/" + id)
          .compose(r -> {
            assertEquals(204, r.statusCode(), r.bodyAsString());
            return Future.all(call(alice, HttpMethod.GET, "/api/notes/" + id), call(alice, HttpMethod.DELETE, "/api/notes/" + id),
                call(alice, HttpMethod.DELETE, "/api/notes/ussr-1924-1941"), call(alice, HttpMethod.GET, "/api/notes"));
          }).map(all -> {
            assertEquals(404, all.<HttpResponse<Buffer>>resultAt(0).statusCode());
            assertEquals(404, all.<HttpResponse<Buffer>>resultAt(1).statusCode());
            HttpResponse<Buffer> shared = all.resultAt(2);
            assertEquals(403, shared.statusCode());
            assertEquals("read-only", shared.bodyAsJsonObject().getString("error"));
            assertNull(findOrNull(all.<HttpResponse<Buffer>>resultAt(3).bodyAsJsonArray(), id));
            return null;
          });
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("the shipped notes are readable by every teacher, by id, with the bank's line numbers")
  void sharedNotes(VertxTestContext ctx) throws Exception {
    List<String> file = java.nio.file.Files.readAllLines(TestServer.QUESTIONS.resolve("notes/ussr-1924-1941.txt"));
    call(bob, HttpMethod.GET, "/api/notes/ussr-1924-1941").map(r -> {
      assertEquals(200, r.statusCode(), r.bodyAsString());
      JsonArray lines = r.bodyAsJsonObject().getJsonArray("lines");
      assertTrue(lines.size() > 400 && lines.size() <= file.size(), "trailing blank lines are dropped: " + lines.size());
      assertTrue(file.get(3).contains(lines.getString(3)), lines.getString(3));
      assertTrue(lines.getString(3).startsWith("Lenin died January 1924"), lines.getString(3));
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  static JsonObject find(JsonArray list, String id) {
    JsonObject o = findOrNull(list, id);
    assertTrue(o != null, id + " not in " + list.encode());
    return o;
  }

  static JsonObject findOrNull(JsonArray list, String id) {
    for (Object o : list) {
      if (o instanceof JsonObject j && id.equals(j.getString("id"))) return j;
    }
    return null;
  }
}
