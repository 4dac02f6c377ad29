package recall.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import recall.quiz.Question;
import recall.quiz.Quiz;
import recall.room.JoinLimiter;
import recall.room.Room;
import recall.room.Nicknames;
import recall.room.RoomPlan;
import recall.room.RoomRules;
import recall.room.RoomRegistry;
import recall.store.QuizStore;
import recall.auth.Teacher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** Opening rooms (teacher), and looking one up by PIN or showing its QR code (anyone). */
final class RoomApi {
  private final RoomRegistry rooms;
  private final QuizStore quizzes;
  private final JoinLimiter lookups;
  private final Supplier<String> publicBase;
  private final int defaultLimitSeconds;
  private final BiFunction<Quiz, String, Future<Function<Question, String>>> sources;
  private final Nicknames nicknames = new Nicknames(new java.security.SecureRandom());
  private final int roomsPerTeacher;
  private final recall.store.ClassStore classes;

  /**
   * @param publicBase the base URL that join links use (known once the port is)
   * @param sources for a quiz and its owner, the notes line of each of its questions
   */
  RoomApi(RoomRegistry rooms, QuizStore quizzes, JoinLimiter lookups, Supplier<String> publicBase,
          int defaultLimitSeconds, BiFunction<Quiz, String, Future<Function<Question, String>>> sources, int roomsPerTeacher,
          recall.store.ClassStore classes) {
    this.roomsPerTeacher = roomsPerTeacher;
    this.classes = classes;
    this.rooms = rooms;
    this.quizzes = quizzes;
    this.lookups = lookups;
    this.publicBase = publicBase;
    this.defaultLimitSeconds = defaultLimitSeconds;
    this.sources = sources;
  }

  /** The calls anyone may make: a student's phone checks a PIN, the projector shows the QR code. */
  void mountPublic(Router router) {
    router.get("/api/rooms/:pin/qr.svg").handler(this::qr);
    router.get("/api/rooms/:pin").handler(this::info);
    router.get("/api/nickname").handler(this::nickname);
  }

  void mountTeacher(Router router) {
    router.post("/api/rooms").handler(this::create);
    router.get("/api/rooms").handler(this::list);
  }

  private void create(RoutingContext ctx) {
    JsonObject body = Errors.body(ctx);
    if (body == null) return;
    if (!(body.getValue("quiz") instanceof String quizId)) {
      Errors.badRequest(ctx, "A room needs \"quiz\": the id of a quiz.");
      return;
    }
    QuizStore.Stored stored = quizzes.get(quizId, Teacher.of(ctx).user());
    if (stored == null) {
      Errors.notFound(ctx, "Quiz");
      return;
    }
    Quiz quiz = stored.quiz();
    List<Question> chosen = choose(ctx, quiz, body.getValue("questions"));
    if (chosen == null) return;
    Object limit = body.getValue("timeLimitSeconds");
    if (limit != null && !(limit instanceof Integer n && n >= 5 && n <= 300)) {
      Errors.badRequest(ctx, "timeLimitSeconds must be a whole number from 5 to 300.");
      return;
    }
    Object shuffle = body.getValue("shuffle");
    if (shuffle != null && !(shuffle instanceof Boolean)) {
      Errors.badRequest(ctx, "shuffle must be true or false.");
      return;
    }
    if (Boolean.TRUE.equals(shuffle)) {
      chosen = new ArrayList<>(chosen);
      Collections.shuffle(chosen);
    }
    RoomRules rules = RoomOptions.parse(ctx, body);
    if (rules == null) return;
    List<Question> questions = chosen;
    String owner = Teacher.of(ctx).user();
    roster(ctx, classes, body).onSuccess(roster -> {
      if (ctx.response().ended()) return;
      // The reveal shows the line from the notes the quiz names: shared, or its owner's own.
      sources.apply(quiz, stored.owner())
          .compose(lines -> rooms.open(new RoomPlan(quiz.id(), quiz.title(), questions, (Integer) limit, defaultLimitSeconds,
              lines, owner, rules, roster, null), owner, roomsPerTeacher))
          .onComplete(ar -> {
            if (ar.failed()) {
              Errors.internal(ctx, ar.cause());
            } else if (ar.result() == null) {
              Errors.send(ctx, 429, "too-many-rooms", "At most " + roomsPerTeacher + " open rooms per teacher; end one first.");
            } else {
              Room room = ar.result();
              Errors.json(ctx, 201, new JsonObject().put("pin", room.pin()).put("hostKey", room.hostKey()).put("joinUrl", joinUrl(room.pin())));
            }
          });
    });
  }

  /**
   * The class a body names with {@code "class"}, the owner's; null when none is named. After
   * answering 400 or 404 the response is ended (the future still succeeds, with null).
   */
  static Future<recall.classes.SchoolClass> roster(RoutingContext ctx, recall.store.ClassStore classes, JsonObject body) {
    Object id = body.getValue("class");
    if (id == null) return Future.succeededFuture(null);
    if (!(id instanceof String classId)) {
      Errors.badRequest(ctx, "class must be the id of one of your classes.");
      return Future.succeededFuture(null);
    }
    return classes.get(classId, Teacher.of(ctx).user()).map(c -> {
      if (c == null) Errors.notFound(ctx, "Class");
      return c;
    }).recover(err -> {
      Errors.internal(ctx, err);
      return Future.succeededFuture(null);
    });
  }

  /** The questions picked by id, in the order given, or all of them; null after answering 400. */
  static List<Question> choose(RoutingContext ctx, Quiz quiz, Object ids) {
    if (ids == null) return quiz.questions();
    if (!(ids instanceof JsonArray arr) || arr.isEmpty()) {
      Errors.badRequest(ctx, "questions must be a non-empty list of question ids.");
      return null;
    }
    List<Question> out = new ArrayList<>();
    for (Object id : arr) {
      Question q = id instanceof String s ? quiz.question(s) : null;
      if (q == null || out.contains(q)) {
        Errors.badRequest(ctx, "questions: '" + id + "' is not a question of this quiz, or is listed twice.");
        return null;
      }
      out.add(q);
    }
    return out;
  }

  String joinUrl(String pin) {
    return publicBase.get() + "/?pin=" + pin;
  }

  private void list(RoutingContext ctx) {
    List<Future<JsonObject>> infos = new ArrayList<>();
    String owner = Teacher.of(ctx).user();
    for (Room r : rooms.ownedBy(owner)) {
      infos.add(Future.all(r.info(), r.hostKeyForOwner()).map(both -> both.<JsonObject>resultAt(0)
          .put("hostKey", both.<String>resultAt(1)).put("joinUrl", joinUrl(r.pin()))));
    }
    Future.all(infos).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      // A finished game is over for the teacher too: its results are on the results page.
      else Errors.json(ctx, 200, new JsonArray(ar.result().<JsonObject>list().stream().filter(i -> !"finished".equals(i.getString("state"))).toList()));
    });
  }

  /** A friendly two-word nickname for a student's join form ("Brave Otter"). */
  private void nickname(RoutingContext ctx) {
    Errors.json(ctx, 200, new JsonObject().put("name", nicknames.next()));
  }

  /** Whether a public look-up may go on; false after answering 429. */
  private boolean allowed(RoutingContext ctx) {
    String address = ctx.request().remoteAddress() == null ? "?" : ctx.request().remoteAddress().hostAddress();
    if (lookups.allow(address)) return true;
    Errors.send(ctx, 429, "rate-limited", "Too many PIN look-ups from this address; wait a minute.");
    return false;
  }

  /** A PIN that opened no room here or in the cluster spends the server-wide budget of wrong PINs. */
  private void noRoom(RoutingContext ctx) {
    if (lookups.wrongPin()) Errors.send(ctx, 404, "no-room", "There is no game with that PIN.");
    else Errors.send(ctx, 429, "rate-limited", "Too many wrong PINs on this server just now; try again in a minute.");
  }

  /** The room here, or (in a cluster) on the node that runs it; 404 when there is none. */
  private void info(RoutingContext ctx) {
    if (!allowed(ctx)) return;
    rooms.info(ctx.pathParam("pin")).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (ar.result() == null) noRoom(ctx);
      else Errors.json(ctx, 200, ar.result());
    });
  }

  /** A PIN look-up too (200 or 404 tells whether a room exists), so it counts against the same limit. */
  private void qr(RoutingContext ctx) {
    if (!allowed(ctx)) return;
    String pin = ctx.pathParam("pin");
    rooms.info(pin).onComplete(ar -> {
      if (ar.failed()) Errors.internal(ctx, ar.cause());
      else if (ar.result() == null) noRoom(ctx);
      else ctx.response().putHeader("Content-Type", "image/svg+xml").end(QrSvg.of(joinUrl(pin)));
    });
  }
}
