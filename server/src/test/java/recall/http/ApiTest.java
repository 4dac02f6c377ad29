package recall.http;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.app.Config;
import recall.quiz.QuizFolder;
import recall.support.CsvRows;
import recall.support.LogWatch;
import recall.support.TestServer;
import recall.support.Ws;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP half of the contract, over real HTTP against the real server and database. */
@ExtendWith(VertxExtension.class)
@DisplayName("The HTTP API answers as the contract says")
class ApiTest {
  private static final JsonObject LOGIN = new JsonObject().put("user", "teacher").put("password", "test-password");
  /** ps-03 of power-struggle is a single-choice question whose answer is option 2. */
  private static final String QUESTION = "ps-03";
  private static final int RIGHT = 2;
  private static final String TITLE = QuizFolder.loadBlocking(TestServer.QUESTIONS).quizzes().stream()
      .filter(q -> q.id().equals("power-struggle")).findFirst().orElseThrow().title();

  private static TestServer server;
  private static LogWatch log;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    log = LogWatch.start();
    TestServer.start(vertx, ApiTest.class).onComplete(ctx.succeeding(s -> {
      server = s;
      ctx.completeNow();
    }));
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    server.stop().onComplete(ar -> {
      log.stop();
      ctx.completeNow();
    });
  }

  @BeforeEach
  void forgetLog() {
    log.clear();
  }

  @AfterEach
  void nothingLogged() {
    assertEquals(List.of(), log.problems(), "a client's mistake is a 4xx, never an error in the log");
  }

  // ---- log-in ----

  @Test
  @DisplayName("log-in answers 200 with a token and sets an HttpOnly, SameSite=Strict session cookie")
  void login(VertxTestContext ctx) {
    server.http.post("/api/login").sendJsonObject(LOGIN).compose(r -> {
      assertEquals(200, r.statusCode(), r.bodyAsString());
      String token = r.bodyAsJsonObject().getString("token");
      assertNotNull(token);
      assertTrue(token.length() >= 32, "a long random token: " + token);
      assertEquals(2, r.cookies().size(), "the session and the known-device cookie: " + r.cookies());
      String cookie = cookie(r, AuthApi.COOKIE);
      String device = cookie(r, AuthApi.DEVICE_COOKIE);
      assertTrue(device.contains("Path=/api/login") && device.contains("SameSite=Strict"), device);
      assertTrue(cookie.startsWith(AuthApi.COOKIE + "=" + token + ";"), cookie);
      // Cookie attribute names are case-insensitive (RFC 6265); Netty writes HTTPOnly.
      assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("; httponly"), cookie);
      assertTrue(cookie.contains("SameSite=Strict"), cookie);
      assertTrue(cookie.contains("Path=/"), cookie);
      return bearer(HttpMethod.GET, "/api/me", token).send();
    }).map(me -> {
      assertEquals(200, me.statusCode());
      assertEquals(new JsonObject().put("user", "teacher").put("displayName", "Teacher").put("admin", true), me.bodyAsJsonObject());
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("every log-in gets a new session id")
  void newSessionIdAtLogin(VertxTestContext ctx) {
    Future.all(server.http.post("/api/login").sendJsonObject(LOGIN), server.http.post("/api/login").sendJsonObject(LOGIN))
        .map(all -> {
          HttpResponse<Buffer> a = all.resultAt(0);
          HttpResponse<Buffer> b = all.resultAt(1);
          assertNotEquals(a.bodyAsJsonObject().getString("token"), b.bodyAsJsonObject().getString("token"));
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a wrong password or an unknown user answers 401 and sets no cookie")
  void wrongPassword(VertxTestContext ctx) {
    Future.all(server.http.post("/api/login").sendJsonObject(LOGIN.copy().put("password", "wrong")),
            server.http.post("/api/login").sendJsonObject(LOGIN.copy().put("user", "nobody")))
        .map(all -> {
          for (int i = 0; i < 2; i++) {
            HttpResponse<Buffer> r = all.resultAt(i);
            assertEquals(401, r.statusCode(), r.bodyAsString());
            assertEquals("unauthorized", r.bodyAsJsonObject().getString("error"));
            assertTrue(r.cookies().isEmpty());
          }
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a log-in body that is not JSON, or misses a field, answers 400")
  void loginBadBody(VertxTestContext ctx) {
    Future.all(server.http.post("/api/login").putHeader("Content-Type", "application/json").sendBuffer(Buffer.buffer("user=teacher&password=x")),
            server.http.post("/api/login").sendJsonObject(new JsonObject().put("user", "teacher")),
            server.http.post("/api/login").sendJsonObject(new JsonObject().put("user", "teacher").put("password", 5)))
        .map(all -> {
          for (int i = 0; i < 3; i++) {
            HttpResponse<Buffer> r = all.resultAt(i);
            assertEquals(400, r.statusCode(), r.bodyAsString());
            assertNotNull(r.bodyAsJsonObject().getString("message"));
          }
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("after repeated failures log-in answers 429 with Retry-After, even for the right password; a success clears the count")
  // A dozen slow password checks in a row: on a busy CI machine that takes longer than the default 30 s.
  @io.vertx.junit5.Timeout(value = 2, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
  void throttling(Vertx vertx, VertxTestContext ctx) {
    // A server of its own: the throttle is per address, and every test here comes from 127.0.0.1.
    TestServer.start(vertx, Config.forTests(TestServer.dbName(ApiTest.class), TestServer.QUESTIONS)).compose(own -> {
      JsonObject wrong = LOGIN.copy().put("password", "wrong");
      // Four failures, a success, four more: a success clears the count, so these are all 401.
      Future<List<Integer>> statuses = logins(own, List.of(wrong, wrong, wrong, wrong, LOGIN, wrong, wrong, wrong, wrong));
      return statuses.compose(codes -> {
        assertEquals(List.of(401, 401, 401, 401, 200, 401, 401, 401, 401), codes);
        return logins(own, List.of(wrong));
      }).compose(codes -> {
        assertEquals(List.of(401), codes, "the fifth failure in a row is still only 401");
        return own.http.post("/api/login").sendJsonObject(wrong);
      }).compose(r -> {
        assertEquals(429, r.statusCode(), r.bodyAsString());
        assertEquals("too-many-attempts", r.bodyAsJsonObject().getString("error"));
        int retryAfter = Integer.parseInt(r.getHeader("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 30, "Retry-After " + retryAfter);
        return own.http.post("/api/login").sendJsonObject(LOGIN);
      }).map(r -> {
        assertEquals(429, r.statusCode(), "the right password waits too, or a guess could tell it from the timing");
        assertNotNull(r.getHeader("Retry-After"));
        return null;
      }).eventually(own::stop);
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("guesses sent all at once are throttled too: at most five are checked before the 429s begin")
  // A dozen slow password checks in a row: on a busy CI machine that takes longer than the default 30 s.
  @io.vertx.junit5.Timeout(value = 2, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
  void parallelGuessesThrottled(Vertx vertx, VertxTestContext ctx) {
    TestServer.start(vertx, Config.forTests(TestServer.dbName(ApiTest.class), TestServer.QUESTIONS)).compose(own -> {
      List<Future<HttpResponse<Buffer>>> guesses = new ArrayList<>();
      for (int i = 0; i < 20; i++) guesses.add(own.http.post("/api/login").sendJsonObject(LOGIN.copy().put("password", "guess-" + i)));
      return Future.all(guesses).map(all -> {
        List<Integer> codes = new ArrayList<>();
        for (Future<HttpResponse<Buffer>> g : guesses) codes.add(g.result().statusCode());
        assertEquals(5, codes.stream().filter(c -> c == 401).count(), codes.toString());
        assertEquals(15, codes.stream().filter(c -> c == 429).count(), codes.toString());
        return null;
      }).eventually(own::stop);
    }).onComplete(ctx.succeedingThenComplete());
  }

  // ---- teacher-only calls ----

  @Test
  @DisplayName("every teacher-only call answers 401 without a token or cookie, or with a made-up one")
  void teacherOnly(VertxTestContext ctx) {
    List<Object[]> calls = List.of(
        new Object[] {HttpMethod.GET, "/api/me"},
        new Object[] {HttpMethod.GET, "/api/quizzes"},
        new Object[] {HttpMethod.GET, "/api/quizzes/power-struggle"},
        new Object[] {HttpMethod.POST, "/api/quizzes"},
        new Object[] {HttpMethod.PUT, "/api/quizzes/power-struggle"},
        new Object[] {HttpMethod.DELETE, "/api/quizzes/power-struggle"},
        new Object[] {HttpMethod.POST, "/api/quizzes/import?format=gift"},
        new Object[] {HttpMethod.GET, "/api/quizzes/power-struggle/export.gift"},
        new Object[] {HttpMethod.POST, "/api/rooms"},
        new Object[] {HttpMethod.GET, "/api/rooms"},
        new Object[] {HttpMethod.GET, "/api/sessions"},
        new Object[] {HttpMethod.GET, "/api/sessions/x"},
        new Object[] {HttpMethod.GET, "/api/sessions/x/results.csv"});
    List<Future<HttpResponse<Buffer>>> answers = new ArrayList<>();
    for (Object[] call : calls) {
      HttpMethod method = (HttpMethod) call[0];
      String path = (String) call[1];
      answers.add(server.http.request(method, path).sendJsonObject(new JsonObject().put("quiz", "power-struggle")));
      answers.add(bearer(method, path, "made-up-token").sendJsonObject(new JsonObject()));
      answers.add(server.http.request(method, path).putHeader("Cookie", AuthApi.COOKIE + "=made-up").send());
    }
    Future.all(answers).map(all -> {
      for (int i = 0; i < answers.size(); i++) {
        HttpResponse<Buffer> r = answers.get(i).result();
        Object[] call = calls.get(i / 3);
        assertEquals(401, r.statusCode(), call[0] + " " + call[1] + " (variant " + i % 3 + "): " + r.bodyAsString());
        assertEquals("unauthorized", r.bodyAsJsonObject().getString("error"));
      }
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("the session cookie alone authenticates, and stops working after log-out")
  void cookieAuth(VertxTestContext ctx) {
    server.http.post("/api/login").sendJsonObject(LOGIN).compose(login -> {
      String cookie = cookie(login, AuthApi.COOKIE).split(";")[0];
      String token = login.bodyAsJsonObject().getString("token");
      return server.http.get("/api/quizzes").putHeader("Cookie", cookie).send()
          .compose(r -> {
            assertEquals(200, r.statusCode(), r.bodyAsString());
            return server.http.post("/api/logout").putHeader("Cookie", cookie).send();
          })
          .compose(r -> {
            assertEquals(204, r.statusCode());
            assertTrue(r.cookies().get(0).contains("Max-Age=0"), "the cookie is cleared: " + r.cookies());
            return Future.all(server.http.get("/api/me").putHeader("Cookie", cookie).send(),
                bearer(HttpMethod.GET, "/api/me", token).send());
          })
          .map(all -> {
            assertEquals(401, ((HttpResponse<?>) all.resultAt(0)).statusCode(), "the cookie stops working");
            assertEquals(401, ((HttpResponse<?>) all.resultAt(1)).statusCode(), "and so does its token");
            return null;
          });
    }).onComplete(ctx.succeedingThenComplete());
  }

  // ---- pages ----

  @Test
  @DisplayName("pages, API answers and errors carry a CSP with 'self', X-Frame-Options and nosniff")
  void securityHeaders(VertxTestContext ctx) {
    List<Future<HttpResponse<Buffer>>> answers = List.of(
        server.http.get("/").send(),
        server.get("/api/quizzes"),
        server.http.get("/api/quizzes").send(),
        server.http.get("/api/rooms/000000").send(),
        server.http.get("/health").send(),
        server.http.get("/no-such-page").send());
    Future.all(answers).map(all -> {
      for (Future<HttpResponse<Buffer>> f : answers) {
        HttpResponse<Buffer> r = f.result();
        String csp = r.getHeader("Content-Security-Policy");
        assertNotNull(csp, "CSP on a " + r.statusCode());
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.matches(".*[^']self[^'].*"), "self always in quotes: " + csp);
        assertTrue(List.of("DENY", "SAMEORIGIN").contains(r.getHeader("X-Frame-Options")), r.getHeader("X-Frame-Options"));
        assertEquals("nosniff", r.getHeader("X-Content-Type-Options"));
      }
      assertEquals(200, answers.get(0).result().statusCode(), "the web client is served at /");
      assertTrue(answers.get(0).result().getHeader("Content-Type").startsWith("text/html"));
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("/health answers 200 {\"status\":\"UP\"} once the database answers")
  void health(VertxTestContext ctx) {
    server.http.get("/health").send().map(r -> {
      assertEquals(200, r.statusCode());
      // Version 2: the node's id and how many members its cluster has (1 for a server alone).
      JsonObject h = r.bodyAsJsonObject();
      assertEquals("UP", h.getString("status"));
      assertEquals(1, h.getInteger("members"));
      assertTrue(h.getString("node") != null && !h.getString("node").isEmpty(), h.encode());
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("/metrics answers Prometheus text with the game's own meters; the gauges count the players"
      + " connected and the rooms, even after a garbage collection")
  void metrics(VertxTestContext ctx) {
    List<Ws> sockets = new ArrayList<>();
    server.openRoom(new JsonObject().put("quiz", "power-struggle")).compose(room -> server.ws().compose(host -> {
      sockets.add(host);
      return host.ask(Ws.host(room.getString("pin"), room.getString("hostKey")), "welcome");
    }).compose(w -> server.ws()).compose(player -> {
      sockets.add(player);
      return player.ask(Ws.join(room.getString("pin"), "Metric"), "welcome");
    })).compose(w -> {
      // The gauges used to be held weakly: a collection turned them into NaN.
      System.gc();
      return server.http.get("/metrics").send();
    }).map(r -> {
      String body = r.bodyAsString();
      assertTrue(gauge(body, "recall_players_connected") >= 2, body);
      assertTrue(gauge(body, "recall_rooms") >= 1, body);
      return null;
    }).compose(v -> Future.join(sockets.stream().map(Ws::close).toList()))
        .compose(v -> server.http.get("/metrics").send()).map(r -> {
      assertEquals(200, r.statusCode());
      assertTrue(r.getHeader("Content-Type").startsWith("text/plain"), r.getHeader("Content-Type"));
      String body = r.bodyAsString();
      assertTrue(body.contains("\nrecall_answers_stored_total "), body);
      assertTrue(body.contains("# TYPE recall_rooms gauge"), body);
      assertTrue(Double.isFinite(gauge(body, "recall_players_connected")), body);
      assertTrue(body.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
          .allMatch(l -> l.matches("[a-zA-Z_:][a-zA-Z0-9_:]*(\\{.*})? \\S+")), "every sample is `name{labels} value`");
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  /** The value of an unlabelled gauge in Prometheus text. */
  private static double gauge(String body, String name) {
    return body.lines().filter(l -> l.startsWith(name + " ")).mapToDouble(l -> Double.parseDouble(l.substring(name.length() + 1)))
        .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + body));
  }

  // ---- quizzes ----

  @Test
  @DisplayName("GET /api/quizzes lists every quiz with id, title, questionCount and section")
  void listQuizzes(VertxTestContext ctx) {
    server.get("/api/quizzes").map(r -> {
      assertEquals(200, r.statusCode());
      JsonArray list = r.bodyAsJsonArray();
      assertTrue(list.size() >= 10, "the question bank: " + list.size());
      JsonObject ps = find(list, "id", "power-struggle");
      assertEquals(28, ps.getInteger("questionCount"));
      assertEquals(TITLE, ps.getString("title"));
      for (Object o : list) {
        JsonObject q = (JsonObject) o;
        assertTrue(q.fieldNames().containsAll(List.of("id", "title", "questionCount", "section")), q.encode());
      }
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("GET /api/quizzes/{id} is the whole document with the answers; an unknown id is 404")
  void getQuiz(VertxTestContext ctx) {
    Future.all(server.get("/api/quizzes/power-struggle"), server.get("/api/quizzes/no-such-quiz")).map(all -> {
      HttpResponse<Buffer> found = all.resultAt(0);
      HttpResponse<Buffer> missing = all.resultAt(1);
      assertEquals(200, found.statusCode());
      JsonObject doc = found.bodyAsJsonObject();
      JsonObject q = find(doc.getJsonArray("questions"), "id", QUESTION);
      assertEquals(new JsonArray().add(RIGHT), q.getJsonArray("answer"));
      assertNotNull(q.getJsonObject("source").getString("quote"));
      assertEquals(404, missing.statusCode());
      assertEquals("not-found", missing.bodyAsJsonObject().getString("error"));
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a quiz is created (201), read back, updated (200), deleted (204), and then gone (404)")
  void quizLifecycle(VertxTestContext ctx) {
    JsonObject doc = quiz("api-lifecycle", "Lifecycle");
    server.post("/api/quizzes", doc)
        .compose(r -> {
          assertEquals(201, r.statusCode(), r.bodyAsString());
          assertEquals("api-lifecycle", r.bodyAsJsonObject().getString("id"));
          return server.post("/api/quizzes", doc);
        })
        .compose(r -> {
          assertEquals(201, r.statusCode(), r.bodyAsString());
          assertEquals("api-lifecycle-2", r.bodyAsJsonObject().getString("id"), "creating never overwrites: a taken id gets a number");
          return server.get("/api/quizzes/api-lifecycle");
        })
        .compose(r -> {
          assertEquals(200, r.statusCode());
          assertEquals("Lifecycle", r.bodyAsJsonObject().getString("title"));
          assertEquals(doc.getJsonArray("questions").getJsonObject(0).getString("text"),
              r.bodyAsJsonObject().getJsonArray("questions").getJsonObject(0).getString("text"));
          return server.teacher(HttpMethod.PUT, "/api/quizzes/api-lifecycle").sendJsonObject(doc.copy().put("title", "Renamed"));
        })
        .compose(r -> {
          assertEquals(200, r.statusCode(), r.bodyAsString());
          return server.get("/api/quizzes");
        })
        .compose(r -> {
          assertEquals("Renamed", find(r.bodyAsJsonArray(), "id", "api-lifecycle").getString("title"));
          return server.teacher(HttpMethod.PUT, "/api/quizzes/other-id").sendJsonObject(doc);
        })
        .compose(r -> {
          assertEquals(400, r.statusCode(), "the id in the body must be the URL's: " + r.bodyAsString());
          return server.teacher(HttpMethod.DELETE, "/api/quizzes/api-lifecycle").send();
        })
        .compose(r -> {
          assertEquals(204, r.statusCode());
          return Future.all(server.get("/api/quizzes/api-lifecycle"), server.get("/api/quizzes"),
              server.teacher(HttpMethod.DELETE, "/api/quizzes/api-lifecycle").send(),
              server.teacher(HttpMethod.PUT, "/api/quizzes/api-lifecycle").sendJsonObject(doc));
        })
        .map(all -> {
          assertEquals(404, ((HttpResponse<?>) all.resultAt(0)).statusCode());
          JsonArray list = ((HttpResponse<Buffer>) all.resultAt(1)).bodyAsJsonArray();
          assertTrue(list.stream().noneMatch(o -> "api-lifecycle".equals(((JsonObject) o).getString("id"))), "gone from the list");
          assertEquals(404, ((HttpResponse<?>) all.resultAt(2)).statusCode());
          assertEquals(404, ((HttpResponse<?>) all.resultAt(3)).statusCode());
          return null;
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an invalid quiz document answers 400 invalid-quiz with every problem, each naming its question and field")
  void invalidQuiz(VertxTestContext ctx) {
    JsonObject doc = quiz("api-invalid", "Invalid");
    doc.remove("title");
    JsonArray qs = doc.getJsonArray("questions");
    qs.getJsonObject(0).put("answer", new JsonArray().add(9));
    qs.add(new JsonObject().put("id", "q-2").put("kind", "dance").put("text", "?").put("source", source()));
    qs.add(new JsonObject().put("id", "q-3").put("kind", "numeric").put("text", "Year?").put("source", source()));
    qs.add(new JsonObject().put("id", "q-4").put("kind", "text").put("text", "Who?").put("accept", new JsonArray().add("Kirov")));
    server.post("/api/quizzes", doc)
        .compose(r -> {
          assertEquals(400, r.statusCode(), r.bodyAsString());
          JsonObject body = r.bodyAsJsonObject();
          assertEquals("invalid-quiz", body.getString("error"));
          List<String> where = new ArrayList<>();
          for (Object o : body.getJsonArray("problems")) {
            JsonObject p = (JsonObject) o;
            assertNotNull(p.getString("message"), p.encode());
            where.add(p.getString("question") + " " + p.getString("field"));
          }
          // q-4 has no source: allowed, since the quiz names no notes (version 2: an import's questions cite nothing).
          assertTrue(where.containsAll(List.of("null title", "q-1 answer[0]", "q-2 kind", "q-3 answer")), where.toString());
          assertEquals(4, where.size(), where.toString());
          return server.get("/api/quizzes/api-invalid");
        })
        .map(r -> {
          assertEquals(404, r.statusCode(), "nothing was saved");
          return null;
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a quiz body that is not JSON, or not an object, answers 400")
  void quizNotJson(VertxTestContext ctx) {
    Future.all(json(server.teacher(HttpMethod.POST, "/api/quizzes")).sendBuffer(Buffer.buffer("{\"id\":")),
            json(server.teacher(HttpMethod.POST, "/api/quizzes")).sendBuffer(Buffer.buffer("[1,2]")),
            server.teacher(HttpMethod.POST, "/api/quizzes").send())
        .map(all -> {
          for (int i = 0; i < 3; i++) {
            HttpResponse<Buffer> r = all.resultAt(i);
            assertEquals(400, r.statusCode(), r.bodyAsString());
            assertNotNull(r.bodyAsJsonObject().getString("error"));
          }
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a request body over 4 MiB answers 413 with a JSON error")
  void bodyTooLarge(VertxTestContext ctx) {
    json(server.teacher(HttpMethod.POST, "/api/quizzes")).sendBuffer(Buffer.buffer("x".repeat(5 * 1024 * 1024))).map(r -> {
      assertEquals(413, r.statusCode());
      assertEquals("too-large", r.bodyAsJsonObject().getString("error"));
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a GIFT file is imported (201) with its questions; a file with nothing usable answers 400 naming each line")
  void importGift(VertxTestContext ctx) {
    String gift = """
        // Terror
        ::kirov::Who was murdered in December 1934? {=Kirov ~Trotsky ~Bukharin}

        ::year::In which year did the Great Terror peak? {#1937}
        """;
    String broken = """
        // nothing here can be read

        ::one::Who? {=Kirov ~Trotsky

        ::two::Another without an answer block
        """;
    importFile("gift", "Terror%20GIFT", gift)
        .compose(r -> {
          assertEquals(201, r.statusCode(), r.bodyAsString());
          assertEquals(2, r.bodyAsJsonObject().getInteger("questionCount"));
          return server.get("/api/quizzes/" + r.bodyAsJsonObject().getString("id"));
        })
        .compose(r -> {
          assertEquals(200, r.statusCode());
          JsonObject doc = r.bodyAsJsonObject();
          assertEquals("Terror GIFT", doc.getString("title"));
          assertEquals("single", doc.getJsonArray("questions").getJsonObject(0).getString("kind"));
          assertEquals("numeric", doc.getJsonArray("questions").getJsonObject(1).getString("kind"));
          return importFile("gift", "Broken", broken);
        })
        .map(r -> {
          assertEquals(400, r.statusCode(), r.bodyAsString());
          assertEquals(List.of(3, 5), lines(r.bodyAsJsonObject()));
          return null;
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a Kahoot-style CSV is imported (201); rows that cannot be read are listed by line, and a file of only those is 400")
  void importCsv(VertxTestContext ctx) {
    String csv = """
        Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s)
        Who was murdered in 1934?,Trotsky,Kirov,Bukharin,Rykov,20,2
        Which two were Left?,Zinoviev,Bukharin,Kamenev,Rykov,30,"1,3"
        Which answer is there?,Yes,No,,,20,7
        """;
    String broken = """
        Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s)
        Who was murdered in 1934?,Trotsky,Kirov,,,20,9
        Which two were Left?,Zinoviev,Bukharin,,,20,
        """;
    importFile("csv", "Terror%20CSV", csv)
        .compose(r -> {
          assertEquals(201, r.statusCode(), r.bodyAsString());
          JsonObject body = r.bodyAsJsonObject();
          assertEquals(2, body.getInteger("questionCount"));
          assertEquals(List.of(4), lines(body), "the unreadable row is listed by line");
          return importFile("csv", "Broken", broken);
        })
        .map(r -> {
          assertEquals(400, r.statusCode(), r.bodyAsString());
          assertEquals(List.of(2, 3), lines(r.bodyAsJsonObject()));
          return null;
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("an import in an unknown format or with an empty body answers 400")
  void importBadRequest(VertxTestContext ctx) {
    Future.all(importFile("docx", "x", "::a::b {=c ~d}"), importFile("gift", "x", "  \n"))
        .map(all -> {
          assertEquals(400, ((HttpResponse<?>) all.resultAt(0)).statusCode());
          assertEquals(400, ((HttpResponse<?>) all.resultAt(1)).statusCode());
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("GET /api/quizzes/{id}/export.gift is GIFT text that imports back to the same questions")
  void exportGift(VertxTestContext ctx) {
    server.get("/api/quizzes/power-struggle/export.gift")
        .compose(r -> {
          assertEquals(200, r.statusCode());
          assertTrue(r.getHeader("Content-Type").startsWith("text/plain"), r.getHeader("Content-Type"));
          String gift = r.bodyAsString();
          assertTrue(gift.contains("::" + QUESTION + "::"), gift);
          return importFile("gift", "Round%20trip", gift);
        })
        .compose(r -> {
          assertEquals(201, r.statusCode(), r.bodyAsString());
          // GIFT has no ordering questions or polls: 1 order and 1 poll of the 28 are left out.
          assertEquals(26, r.bodyAsJsonObject().getInteger("questionCount"));
          return server.get("/api/quizzes/no-such-quiz/export.gift");
        })
        .map(r -> {
          assertEquals(404, r.statusCode());
          return null;
        })
        .onComplete(ctx.succeedingThenComplete());
  }

  // ---- rooms ----

  @Test
  @DisplayName("POST /api/rooms answers 201 with a 6-digit pin, a host key and a join URL holding ?pin=")
  void openRoom(VertxTestContext ctx) {
    server.post("/api/rooms", new JsonObject().put("quiz", "power-struggle")).compose(r -> {
      assertEquals(201, r.statusCode(), r.bodyAsString());
      JsonObject room = r.bodyAsJsonObject();
      String pin = room.getString("pin");
      assertTrue(pin.matches("\\d{6}"), pin);
      assertTrue(room.getString("hostKey").length() >= 16, room.encode());
      assertTrue(room.getString("joinUrl").matches("https?://[^/]+/\\?pin=" + pin), room.getString("joinUrl"));
      return server.http.get("/api/rooms/" + pin).send().map(info -> {
        assertEquals(200, info.statusCode());
        JsonObject body = info.bodyAsJsonObject();
        assertEquals(pin, body.getString("pin"));
        assertEquals(TITLE, body.getString("title"));
        assertEquals("lobby", body.getString("state"));
        assertEquals(true, body.getBoolean("joinable"));
        assertNull(body.getValue("hostKey"), "the public look-up does not give the host key away");
        return pin;
      }).compose(p -> server.get("/api/rooms")).map(list -> {
        assertEquals(200, list.statusCode());
        JsonObject listed = find(list.bodyAsJsonArray(), "pin", room.getString("pin"));
        assertEquals(room.getString("hostKey"), listed.getString("hostKey"), "the teacher's list gives the host key back");
        assertEquals(0, listed.getInteger("players"));
        assertEquals("lobby", listed.getString("state"));
        assertEquals(-1, listed.getInteger("index"), "no question asked yet");
        assertTrue(listed.getInteger("total") > 0, listed.encode());
        return null;
      });
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a room on an unknown quiz is 404, and a bad room request 400")
  void openRoomRefused(VertxTestContext ctx) {
    List<Future<HttpResponse<Buffer>>> bad = List.of(
        json(server.teacher(HttpMethod.POST, "/api/rooms")).sendBuffer(Buffer.buffer("quiz=power-struggle")),
        server.post("/api/rooms", new JsonObject()),
        server.post("/api/rooms", new JsonObject().put("quiz", 5)),
        server.post("/api/rooms", new JsonObject().put("quiz", "power-struggle").put("timeLimitSeconds", 2)),
        server.post("/api/rooms", new JsonObject().put("quiz", "power-struggle").put("timeLimitSeconds", "20")),
        server.post("/api/rooms", new JsonObject().put("quiz", "power-struggle").put("questions", new JsonArray().add("nope"))),
        server.post("/api/rooms", new JsonObject().put("quiz", "power-struggle").put("questions", new JsonArray())),
        server.post("/api/rooms", new JsonObject().put("quiz", "power-struggle").put("shuffle", "yes")));
    Future<HttpResponse<Buffer>> unknown = server.post("/api/rooms", new JsonObject().put("quiz", "no-such-quiz"));
    List<Future<HttpResponse<Buffer>>> all = new ArrayList<>(bad);
    all.add(unknown);
    Future.join(all).map(done -> {
      assertEquals(404, unknown.result().statusCode(), unknown.result().bodyAsString());
      for (int i = 0; i < bad.size(); i++) {
        HttpResponse<Buffer> r = bad.get(i).result();
        assertEquals(400, r.statusCode(), "request " + i + ": " + r.bodyAsString());
        assertNotNull(r.bodyAsJsonObject().getString("message"));
      }
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("GET /api/rooms/{pin} of a PIN with no room answers 404 no-room")
  void unknownRoom(VertxTestContext ctx) {
    Future.all(server.http.get("/api/rooms/000000").send(), server.http.get("/api/rooms/000000/qr.svg").send()).map(all -> {
      for (int i = 0; i < 2; i++) {
        HttpResponse<Buffer> r = all.resultAt(i);
        assertEquals(404, r.statusCode());
        assertEquals("no-room", r.bodyAsJsonObject().getString("error"));
      }
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("GET /api/rooms/{pin}/qr.svg is an SVG that decodes to the join URL")
  void qrCode(VertxTestContext ctx) {
    server.openRoom(new JsonObject().put("quiz", "power-struggle")).compose(room -> server.http.get("/api/rooms/" + room.getString("pin") + "/qr.svg")
        .send().map(r -> {
          assertEquals(200, r.statusCode());
          assertTrue(r.getHeader("Content-Type").startsWith("image/svg+xml"), r.getHeader("Content-Type"));
          assertEquals(room.getString("joinUrl"), decodeQr(r.bodyAsString()));
          return null;
        })).onComplete(ctx.succeedingThenComplete());
  }

  // ---- saved sessions ----

  @Test
  @DisplayName("GET /api/sessions lists sessions newest first, with counts; an unknown session is 404")
  void sessionsNewestFirst(VertxTestContext ctx) {
    playOneQuestion(List.of("Anna")).compose(first -> playOneQuestion(List.of("Ben", "Cara")).compose(second ->
            Future.all(server.get("/api/sessions"), server.get("/api/sessions/no-such-session"),
                server.get("/api/sessions/no-such-session/results.csv")).map(all -> {
              HttpResponse<Buffer> list = all.resultAt(0);
              assertEquals(200, list.statusCode());
              JsonArray sessions = list.bodyAsJsonArray();
              assertEquals(second, sessions.getJsonObject(0).getString("id"), "the newest first");
              assertEquals(first, sessions.getJsonObject(1).getString("id"));
              JsonObject newest = sessions.getJsonObject(0);
              assertEquals("power-struggle", newest.getString("quiz"));
              assertEquals(2, newest.getInteger("players"));
              assertEquals(1, newest.getInteger("questions"));
              assertNotNull(newest.getString("finishedAt"));
              for (int i = 1; i < sessions.size(); i++) {
                assertTrue(sessions.getJsonObject(i - 1).getString("startedAt").compareTo(sessions.getJsonObject(i).getString("startedAt")) >= 0,
                    "sorted by startedAt, newest first: " + sessions.encodePrettily());
              }
              assertEquals(404, ((HttpResponse<?>) all.resultAt(1)).statusCode());
              assertEquals(404, ((HttpResponse<?>) all.resultAt(2)).statusCode());
              return null;
            })))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("GET /api/sessions/{id} holds the players, the questions with their statistics, and every answer as sent")
  void savedSession(VertxTestContext ctx) {
    playOneQuestion(List.of("Anna", "Ben")).compose(id -> server.get("/api/sessions/" + id).map(r -> {
      assertEquals(200, r.statusCode());
      JsonObject s = r.bodyAsJsonObject();
      assertEquals(id, s.getString("id"));
      assertEquals("power-struggle", s.getString("quiz"));
      assertEquals(TITLE, s.getString("title"));
      assertNotNull(s.getString("startedAt"));
      assertNotNull(s.getString("finishedAt"));
      assertEquals(2, s.getJsonArray("players").size());
      for (Object o : s.getJsonArray("players")) {
        JsonObject p = (JsonObject) o;
        assertTrue(p.fieldNames().containsAll(List.of("id", "name", "score", "rank", "correct", "answered")), p.encode());
        assertEquals(1, p.getInteger("correct"));
        assertEquals(1, p.getInteger("answered"));
      }
      JsonObject q = s.getJsonArray("questions").getJsonObject(0);
      assertEquals(0, q.getInteger("index"));
      assertEquals(QUESTION, q.getString("id"));
      assertEquals("single", q.getString("kind"));
      assertEquals(1.0, q.getDouble("correctRate"), 1e-9);
      assertNotNull(q.getValue("averageMs"));
      assertEquals(2, q.getJsonArray("counts").getInteger(RIGHT));
      assertEquals(2, s.getJsonArray("answers").size());
      for (Object o : s.getJsonArray("answers")) {
        JsonObject a = (JsonObject) o;
        assertEquals(new JsonObject().put("choice", new JsonArray().add(RIGHT)), a.getJsonObject("answer"));
        assertEquals(true, a.getBoolean("correct"));
        assertTrue(a.getInteger("points") >= 500 && a.getInteger("points") <= 1000, a.encode());
        assertTrue(a.getInteger("ms") >= 0, a.encode());
      }
      return null;
    })).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("results.csv quotes as RFC 4180 says and puts ' before a cell a spreadsheet would run as a formula")
  void resultsCsv(VertxTestContext ctx) {
    String formula = "=HYPERLINK(\"x\")";
    String quoted = "Smith, \"Jo\"";
    playOneQuestion(List.of(formula, quoted)).compose(id -> server.get("/api/sessions/" + id + "/results.csv")).map(r -> {
      assertEquals(200, r.statusCode());
      assertTrue(r.getHeader("Content-Type").startsWith("text/csv"), r.getHeader("Content-Type"));
      String csv = r.bodyAsString();
      assertTrue(csv.startsWith("\uFEFFplayer,question,questionText,answer,correct,points,ms,fraction,status\r\n"), csv);
      csv = csv.substring(1);
      assertTrue(csv.contains("\r\n\"'=HYPERLINK(\"\"x\"\")\","), csv);
      assertTrue(csv.contains("\r\n\"Smith, \"\"Jo\"\"\","), csv);
      List<List<String>> rows = CsvRows.parse(csv);
      assertEquals(3, rows.size(), csv);
      // Rows follow the standings, so either player may come first.
      assertEquals(java.util.Set.of("'" + formula, quoted), java.util.Set.of(rows.get(1).get(0), rows.get(2).get(0)));
      for (List<String> row : rows) assertEquals(9, row.size(), row.toString());
      assertEquals("1", rows.get(1).get(1));
      assertEquals("true", rows.get(1).get(4));
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  // ---- helpers ----

  private static io.vertx.ext.web.client.HttpRequest<Buffer> bearer(HttpMethod method, String path, String token) {
    return server.http.request(method, path).bearerTokenAuthentication(token);
  }

  /** Sends the log-ins one after the other; the future holds their statuses. */
  private static Future<List<Integer>> logins(TestServer s, List<JsonObject> bodies) {
    Future<List<Integer>> all = Future.succeededFuture(new ArrayList<>());
    for (JsonObject body : bodies) {
      all = all.compose(list -> s.http.post("/api/login").sendJsonObject(body).map(r -> {
        list.add(r.statusCode());
        return list;
      }));
    }
    return all;
  }

  private static Future<HttpResponse<Buffer>> importFile(String format, String title, String text) {
    return server.teacher(HttpMethod.POST, "/api/quizzes/import?format=" + format + "&title=" + title)
        .putHeader("Content-Type", format.equals("csv") ? "text/csv" : "text/x-gift").sendBuffer(Buffer.buffer(text));
  }

  /** The Set-Cookie header of the cookie with this name. */
  static String cookie(HttpResponse<?> r, String name) {
    return r.cookies().stream().filter(c -> c.startsWith(name + "=")).findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + r.cookies()));
  }

  /** A request whose body is declared JSON (whatever it holds). */
  private static HttpRequest<Buffer> json(HttpRequest<Buffer> request) {
    return request.putHeader("Content-Type", "application/json");
  }

  /** The line numbers the problems of a 400 or 201 answer name, in order. */
  private static List<Integer> lines(JsonObject body) {
    List<Integer> out = new ArrayList<>();
    for (Object o : body.getJsonArray("problems")) {
      JsonObject p = (JsonObject) o;
      assertNotNull(p.getInteger("line"), "every problem names its line: " + p.encode());
      out.add(p.getInteger("line"));
    }
    return out;
  }

  private static JsonObject find(JsonArray list, String field, String value) {
    for (Object o : list) {
      if (value.equals(((JsonObject) o).getString(field))) return (JsonObject) o;
    }
    throw new AssertionError("no " + field + " " + value + " in " + list.encode());
  }

  private static JsonObject source() {
    return new JsonObject().put("line", 1).put("quote", "Kirov");
  }

  /** A valid one-question quiz document. */
  private static JsonObject quiz(String id, String title) {
    return new JsonObject().put("id", id).put("title", title).put("section", "Tests").put("questions", new JsonArray()
        .add(new JsonObject().put("id", "q-1").put("kind", "single").put("text", "Who was murdered in 1934?")
            .put("options", new JsonArray().add("Trotsky").add("Kirov").add("Bukharin")).put("answer", new JsonArray().add(1))
            .put("source", source())));
  }

  /**
   * A game of one question: the players join, answer it right, and the host ends the game; the
   * future holds the saved session's id.
   */
  private static Future<String> playOneQuestion(List<String> names) {
    return server.openRoom(new JsonObject().put("quiz", "power-struggle").put("questions", new JsonArray().add(QUESTION)))
        .compose(room -> server.ws().compose(host -> host.ask(Ws.host(room.getString("pin"), room.getString("hostKey")), "welcome")
            .compose(w -> {
              List<Future<Ws>> players = new ArrayList<>();
              for (String name : names) {
                players.add(server.ws().compose(p -> p.ask(Ws.join(room.getString("pin"), name), "welcome").map(p)));
              }
              return Future.all(players).map(all -> all.<Ws>list());
            })
            .compose(players -> {
              host.send(Ws.command("start"));
              List<Future<JsonObject>> answered = new ArrayList<>();
              for (Ws p : players) {
                answered.add(p.next("question").compose(q -> p.ask(Ws.answer(0, "choice", new JsonArray().add(RIGHT)), "answered")));
              }
              return Future.all(answered);
            })
            .compose(all -> host.next("reveal"))
            .compose(reveal -> host.send(Ws.command("next")).next("finished"))
            .map(fin -> fin.getString("sessionId"))));
  }

  /** Draws the SVG's unit squares ({@code M x,y h1v1h-1z}) into an image and reads it as a QR code. */
  private static String decodeQr(String svg) {
    Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
    assertTrue(box.find(), svg);
    int size = Integer.parseInt(box.group(1));
    Matcher path = Pattern.compile("<path[^>]* d=\"([^\"]+)\"").matcher(svg);
    assertTrue(path.find(), svg);
    int scale = 8;
    BufferedImage image = new BufferedImage(size * scale, size * scale, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    Matcher square = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(path.group(1));
    int squares = 0;
    while (square.find()) {
      g.fillRect(Integer.parseInt(square.group(1)) * scale, Integer.parseInt(square.group(2)) * scale, scale, scale);
      squares++;
    }
    g.dispose();
    assertTrue(squares > 100, "a QR code has many dark modules: " + squares);
    try {
      BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
      return new QRCodeReader().decode(bitmap).getText();
    } catch (Exception e) {
      throw new AssertionError("the QR code does not decode", e);
    }
  }
}
