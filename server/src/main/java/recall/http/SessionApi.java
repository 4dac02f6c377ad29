package recall.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import recall.store.SessionRecord;
import recall.store.SessionStore;
import recall.auth.Teacher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Saved sessions for review after class: the list, one session in full, and its CSV. */
final class SessionApi {
  static final List<String> CSV_HEADER = List.of("player", "question", "questionText", "answer", "correct", "points", "ms");
  /** Recall's columns after the contract's: the answer's accuracy (share right, 0 to 1), apart from its points. */
  static final List<String> CSV_EXTRA = List.of("fraction", "status");
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final SessionStore sessions;

  SessionApi(SessionStore sessions) {
    this.sessions = sessions;
  }

  void mount(Router router) {
    router.get("/api/sessions").handler(this::list);
    router.get("/api/sessions/:id/results.csv").handler(this::csv);
    router.get("/api/sessions/:id/results.xlsx").handler(this::xlsx);
    router.get("/api/sessions/:id").handler(this::get);
  }

  private void list(RoutingContext ctx) {
    sessions.list(Teacher.of(ctx).user()).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else Errors.json(ctx, 200, ar.result());
    });
  }

  private void get(RoutingContext ctx) {
    sessions.get(ctx.pathParam("id"), Teacher.of(ctx).user()).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (ar.result() == null) Errors.notFound(ctx, "Session");
      else Errors.json(ctx, 200, ar.result().toJson());
    });
  }

  private void csv(RoutingContext ctx) {
    sessions.get(ctx.pathParam("id"), Teacher.of(ctx).user()).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (ar.result() == null) Errors.notFound(ctx, "Session");
      // A byte-order mark first: Excel on Windows reads a CSV without one as ANSI and garbles accents.
      // ?bom=false leaves it off for a script that wants the header as the very first bytes.
      else ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8")
            .putHeader("Content-Disposition", ResultsFile.disposition(ResultsFile.name(ar.result(), "csv")))
            .end(("false".equals(ctx.queryParams().get("bom")) ? "" : "\uFEFF") + csv(ar.result()));
    });
  }

  private void xlsx(RoutingContext ctx) {
    sessions.get(ctx.pathParam("id"), Teacher.of(ctx).user()).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (ar.result() == null) Errors.notFound(ctx, "Session");
      // POI builds the workbook in memory: off the event loop.
      else ctx.vertx().executeBlocking(() -> ResultsWorkbook.write(ar.result())).onComplete(book -> {
        if (book.failed()) Errors.internal(ctx, book.cause());
        else ctx.response().putHeader("Content-Type", XLSX)
            .putHeader("Content-Disposition", ResultsFile.disposition(ResultsFile.name(ar.result(), "xlsx")))
            .end(io.vertx.core.buffer.Buffer.buffer(book.result()));
      });
    });
  }

  /** One row per player and question asked; a question a player left unanswered has an empty answer. */
  static String csv(SessionRecord s) {
    Map<String, SessionRecord.Answer> byKey = new HashMap<>();
    for (SessionRecord.Answer a : s.answers()) byKey.put(a.playerId() + "/" + a.index(), a);
    List<String> header = new ArrayList<>(CSV_HEADER);
    header.addAll(CSV_EXTRA);
    CsvWriter out = new CsvWriter().header(header);
    String status = ResultsFile.status(s);
    for (SessionRecord.Standing st : s.standings()) {
      for (SessionRecord.Question q : s.questions()) {
        SessionRecord.Answer a = byKey.get(st.player().id() + "/" + q.index());
        List<Object> row = new ArrayList<>();
        row.add(st.player().name());
        row.add(q.index() + 1);
        row.add(q.doc().getString("text"));
        row.add(a == null ? "" : readable(q.doc(), a.answer()));
        row.add(a != null && a.correct());
        row.add(a == null ? 0 : a.points());
        row.add(a == null ? "" : a.ms());
        row.add("poll".equals(q.kind()) ? "" : a == null ? 0 : a.fraction());
        row.add(status);
        out.row(row);
      }
    }
    return out.toString();
  }

  /** An answer as a teacher reads it: the option texts picked, the number, the order or the text. */
  static String readable(JsonObject question, JsonObject answer) {
    JsonArray options = question.getJsonArray("options", new JsonArray());
    if (answer.getValue("choice") instanceof JsonArray choice) {
      List<String> picked = new ArrayList<>();
      for (Object i : choice) {
        int k = ((Number) i).intValue();
        picked.add(k >= 0 && k < options.size() ? String.valueOf(options.getValue(k)) : String.valueOf(k));
      }
      return String.join("; ", picked);
    }
    if (answer.getValue("order") instanceof JsonArray order) {
      Map<String, String> text = new HashMap<>();
      for (Object o : options) if (o instanceof JsonObject item) text.put(item.getString("id"), item.getString("text"));
      List<String> items = new ArrayList<>();
      for (Object id : order) items.add(text.getOrDefault(String.valueOf(id), String.valueOf(id)));
      return String.join(" > ", items);
    }
    if (answer.containsKey("value")) return String.valueOf(answer.getValue("value"));
    return String.valueOf(answer.getValue("text"));
  }
}
