package recall.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import recall.auth.Teacher;
import recall.notes.BadNotesException;
import recall.notes.NotesDocument;
import recall.notes.NotesReader;
import recall.notes.NotesTooLargeException;
import recall.store.NotesLibrary;
import recall.store.NotesStore;
import recall.store.QuizStore;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Notes documents: upload (a file's bytes, or pasted text as JSON), list, read, delete. Reading a
 * file is blocking work (POI, PDFBox), done on a worker. Another teacher's notes answer 404; the
 * shared notes are listed for everyone and are read-only. Drafting and coverage are in {@link DraftsApi}.
 */
final class NotesApi {
  /** The body limit of an upload: the notes limit, and room for a pasted text's JSON escapes. */
  static final int MAX_BODY = NotesReader.MAX_BYTES + 512 * 1024;
  static final int MAX_TITLE = 200;

  private final NotesLibrary notes;
  private final DraftsApi drafts;

  NotesApi(NotesLibrary notes, QuizStore quizzes) {
    this.notes = notes;
    this.drafts = new DraftsApi(notes, quizzes);
  }

  /** Uploads may be larger than other bodies: mount before the API's own body handler. */
  static void bodyLimit(Router router) {
    router.post("/api/notes").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY));
  }

  void mount(Router router) {
    router.post("/api/notes").handler(this::upload);
    router.get("/api/notes").handler(this::list);
    drafts.mount(router);
    router.get("/api/notes/:id").handler(this::get);
    router.delete("/api/notes/:id").handler(this::delete);
  }

  private void upload(RoutingContext ctx) {
    String type = ctx.request().getHeader("Content-Type");
    boolean pasted = type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
    String title;
    String filename;
    byte[] bytes;
    if (pasted) {
      JsonObject body = Errors.body(ctx);
      if (body == null) return;
      if (!(body.getValue("text") instanceof String text) || text.isBlank()) {
        Errors.send(ctx, 400, "bad-notes", "Pasted notes need \"text\": the notes themselves.");
        return;
      }
      Object t = body.getValue("title");
      if (t != null && !(t instanceof String)) {
        Errors.badRequest(ctx, "title must be a string.");
        return;
      }
      title = (String) t;
      // Pasted text may be Markdown: "format":"markdown" reads its # headings as sections.
      filename = "markdown".equals(body.getValue("format")) ? "pasted.md" : "pasted.txt";
      bytes = text.getBytes(StandardCharsets.UTF_8);
    } else {
      title = ctx.request().getParam("title");
      filename = ctx.request().getParam("filename");
      Buffer b = ctx.body().buffer();
      bytes = b == null ? new byte[0] : b.getBytes();
    }
    if (title != null && title.strip().length() > MAX_TITLE) {
      Errors.badRequest(ctx, "title is longer than " + MAX_TITLE + " characters.");
      return;
    }
    String owner = Teacher.of(ctx).user();
    ctx.vertx().executeBlocking(() -> NotesReader.read(bytes, filename, title), false)
        .compose(doc -> notes.create(owner, pasted ? null : filename, doc))
        .onComplete(ar -> {
          if (ar.succeeded()) Errors.json(ctx, 201, summary(ar.result()));
          else refused(ctx, ar.cause());
        });
  }

  private static void refused(RoutingContext ctx, Throwable err) {
    if (err instanceof NotesTooLargeException || err instanceof NotesStore.TooLong) {
      Errors.send(ctx, 413, "too-large", "The notes are too large: " + err.getMessage() + " (at most 5 MiB).");
    } else if (err instanceof BadNotesException) {
      Errors.send(ctx, 400, "bad-notes", "These notes cannot be read: " + err.getMessage() + ".");
    } else {
      Errors.internal(ctx, err);
    }
  }

  /** {@code {"id","title","lineCount","sections":[{"line","title"}]}}. */
  private static JsonObject summary(NotesLibrary.Found f) {
    return new JsonObject().put("id", f.id()).put("title", f.doc().title()).put("lineCount", f.doc().lineCount())
        .put("sections", sections(f.doc()));
  }

  static JsonArray sections(NotesDocument doc) {
    JsonArray out = new JsonArray();
    doc.sections().forEach(s -> out.add(new JsonObject().put("line", s.line()).put("title", s.title())));
    return out;
  }

  /** The caller's own notes, newest first, then the shared ones. */
  private void list(RoutingContext ctx) {
    notes.listOwn(Teacher.of(ctx).user()).onComplete(ar -> {
      if (ar.failed()) {
        Errors.internal(ctx, ar.cause());
        return;
      }
      JsonArray out = new JsonArray();
      ar.result().forEach(s -> out.add(new JsonObject().put("id", s.id()).put("title", s.title())
          .put("lineCount", s.lineCount()).put("createdAt", s.createdAt()).put("shared", false)));
      notes.sharedAll().forEach(f -> out.add(new JsonObject().put("id", f.id()).put("title", f.doc().title())
          .put("lineCount", f.doc().lineCount()).putNull("createdAt").put("shared", true)));
      Errors.json(ctx, 200, out);
    });
  }

  private void get(RoutingContext ctx) {
    notes.find(ctx.pathParam("id"), Teacher.of(ctx).user()).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (ar.result() == null) Errors.notFound(ctx, "Notes");
      else {
        NotesLibrary.Found f = ar.result();
        Errors.json(ctx, 200, new JsonObject().put("id", f.id()).put("title", f.doc().title())
            .put("lines", new JsonArray(f.doc().lines())).put("sections", sections(f.doc()))
            .put("lineCount", f.doc().lineCount()).put("shared", f.shared())
            .put("createdAt", f.shared() ? null : f.createdAt()));
      }
    });
  }

  private void delete(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    notes.delete(id, Teacher.of(ctx).user()).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (ar.result() == NotesLibrary.Edit.READ_ONLY) {
        Errors.send(ctx, 403, "read-only", "The shared notes are read-only.");
      } else if (ar.result() == NotesLibrary.Edit.NOT_FOUND) {
        Errors.notFound(ctx, "Notes");
      } else {
        drafts.forget(id);
        ctx.response().setStatusCode(204).end();
      }
    });
  }
}
