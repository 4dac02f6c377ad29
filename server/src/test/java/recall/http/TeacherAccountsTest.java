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
import recall.support.Staffroom;
import recall.support.TestServer;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff's accounts over real HTTP: adding, one-time passwords, changing, resetting, removing. */
@ExtendWith(VertxExtension.class)
@DisplayName("An admin manages the teachers' accounts; one-time passwords must be changed first")
class TeacherAccountsTest {
  private static TestServer server;

  @BeforeAll
  static void start(Vertx vertx, VertxTestContext ctx) {
    TestServer.start(vertx, TeacherAccountsTest.class).onComplete(ctx.succeeding(s -> {
      server = s;
      ctx.completeNow();
    }));
  }

  @AfterAll
  static void stop(VertxTestContext ctx) {
    server.stop().onComplete(ctx.succeedingThenComplete());
  }

  private static Future<HttpResponse<Buffer>> as(String token, HttpMethod method, String path, JsonObject body) {
    var r = Staffroom.as(server.http, token, method, path);
    return body == null ? r.send() : r.sendJsonObject(body);
  }

  private static JsonObject change(String current, String next) {
    return new JsonObject().put("current", current).put("new", next);
  }

  @Test
  @Timeout(value = 2, timeUnit = TimeUnit.MINUTES)
  @DisplayName("a new teacher's one-time password logs in with mustChangePassword, and only a password change is let through")
  void forcedChange(VertxTestContext ctx) {
    String[] once = new String[1];
    String[] token = new String[1];
    Staffroom.add(server.http, server.token, "dora", "Dora Marsden").compose(pw -> {
      once[0] = pw;
      assertTrue(pw.length() >= 12, pw);
      return Staffroom.login(server.http, "dora", pw);
    }).compose(login -> {
      assertEquals(200, login.statusCode());
      assertEquals(true, login.bodyAsJsonObject().getBoolean("mustChangePassword"));
      token[0] = login.bodyAsJsonObject().getString("token");
      return Future.all(List.of(as(token[0], HttpMethod.GET, "/api/me", null), as(token[0], HttpMethod.GET, "/api/quizzes", null),
          as(token[0], HttpMethod.GET, "/api/sessions", null), as(token[0], HttpMethod.POST, "/api/rooms", new JsonObject().put("quiz", "power-struggle"))));
    }).compose(all -> {
      for (int i = 0; i < 4; i++) {
        HttpResponse<Buffer> r = all.resultAt(i);
        assertEquals(403, r.statusCode(), r.bodyAsString());
        assertEquals("password-change-required", r.bodyAsJsonObject().getString("error"));
      }
      return Future.all(List.of(as(token[0], HttpMethod.POST, "/api/password", change(once[0], "short")),
          as(token[0], HttpMethod.POST, "/api/password", change(once[0], "dora")),
          as(token[0], HttpMethod.POST, "/api/password", change(once[0], "Password123456")),
          as(token[0], HttpMethod.POST, "/api/password", change(once[0], "qwertyuiop"))));
    }).compose(all -> {
      for (int i = 0; i < 4; i++) {
        HttpResponse<Buffer> r = all.resultAt(i);
        assertEquals(400, r.statusCode(), r.bodyAsString());
        assertEquals("weak-password", r.bodyAsJsonObject().getString("error"));
        assertNotNull(r.bodyAsJsonObject().getString("message"));
      }
      return as(token[0], HttpMethod.POST, "/api/password", change("not-the-password", "dora-Marsden-1882"));
    }).compose(wrong -> {
      assertEquals(400, wrong.statusCode());
      assertEquals("wrong-password", wrong.bodyAsJsonObject().getString("error"));
      return as(token[0], HttpMethod.POST, "/api/password", change(once[0], "dora-Marsden-1882"));
    }).compose(changed -> {
      assertEquals(204, changed.statusCode(), changed.bodyAsString());
      return Future.all(as(token[0], HttpMethod.GET, "/api/me", null), Staffroom.login(server.http, "dora", once[0]),
          Staffroom.login(server.http, "dora", "dora-Marsden-1882"));
    }).map(all -> {
      HttpResponse<Buffer> me = all.resultAt(0);
      assertEquals(200, me.statusCode(), "the session that changed it goes on");
      assertEquals(new JsonObject().put("user", "dora").put("displayName", "Dora Marsden").put("admin", false), me.bodyAsJsonObject());
      assertEquals(401, all.<HttpResponse<Buffer>>resultAt(1).statusCode(), "the one-time password is spent");
      HttpResponse<Buffer> again = all.resultAt(2);
      assertEquals(200, again.statusCode());
      assertEquals(false, again.bodyAsJsonObject().getBoolean("mustChangePassword"));
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @Timeout(value = 2, timeUnit = TimeUnit.MINUTES)
  @DisplayName("a password change ends every other session and token of the account")
  void changeEndsOtherSessions(VertxTestContext ctx) {
    String password = "erin" + Staffroom.PASSWORD_SUFFIX;
    Staffroom.colleague(server.http, server.token, "erin")
        .compose(first -> Staffroom.token(server.http, "erin", password).map(second -> List.of(first.token(), second)))
        .compose(tokens -> as(tokens.get(1), HttpMethod.POST, "/api/password", change(password, "erin-a-new-one-2026"))
            .compose(r -> {
              assertEquals(204, r.statusCode(), r.bodyAsString());
              return Future.all(as(tokens.get(0), HttpMethod.GET, "/api/me", null), as(tokens.get(1), HttpMethod.GET, "/api/me", null));
            }))
        .map(all -> {
          assertEquals(401, all.<HttpResponse<Buffer>>resultAt(0).statusCode(), "the other session has ended");
          assertEquals(200, all.<HttpResponse<Buffer>>resultAt(1).statusCode(), "the one that changed it goes on");
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @Timeout(value = 2, timeUnit = TimeUnit.MINUTES)
  @DisplayName("the admin lists teachers with their last log-in, resets one's password and removes one")
  void adminManages(VertxTestContext ctx) {
    String password = "fred" + Staffroom.PASSWORD_SUFFIX;
    String[] fredToken = new String[1];
    Staffroom.colleague(server.http, server.token, "fred").compose(fred -> {
      fredToken[0] = fred.token();
      return as(server.token, HttpMethod.GET, "/api/teachers", null);
    }).compose(list -> {
      assertEquals(200, list.statusCode());
      JsonObject fred = find(list.bodyAsJsonArray(), "fred");
      assertEquals("Teacher fred", fred.getString("displayName"));
      assertEquals(false, fred.getBoolean("admin"));
      assertNotNull(fred.getString("createdAt"));
      assertNotNull(fred.getString("lastLoginAt"), "fred has logged in");
      assertEquals(true, find(list.bodyAsJsonArray(), "teacher").getBoolean("admin"));
      return as(server.token, HttpMethod.POST, "/api/teachers/fred/reset", null);
    }).compose(reset -> {
      assertEquals(200, reset.statusCode());
      String once = reset.bodyAsJsonObject().getString("password");
      return Future.all(as(fredToken[0], HttpMethod.GET, "/api/me", null), Staffroom.login(server.http, "fred", password),
          Staffroom.login(server.http, "fred", once));
    }).compose(all -> {
      assertEquals(401, all.<HttpResponse<Buffer>>resultAt(0).statusCode(), "a reset ends the account's sessions");
      assertEquals(401, all.<HttpResponse<Buffer>>resultAt(1).statusCode(), "the old password no longer works");
      assertEquals(true, all.<HttpResponse<Buffer>>resultAt(2).bodyAsJsonObject().getBoolean("mustChangePassword"));
      fredToken[0] = all.<HttpResponse<Buffer>>resultAt(2).bodyAsJsonObject().getString("token");
      return as(server.token, HttpMethod.DELETE, "/api/teachers/fred", null);
    }).compose(removed -> {
      assertEquals(204, removed.statusCode());
      return Future.all(List.of(as(fredToken[0], HttpMethod.POST, "/api/password", change("x", "y")),
          as(server.token, HttpMethod.GET, "/api/teachers", null),
          as(server.token, HttpMethod.POST, "/api/teachers", new JsonObject().put("user", "fred").put("displayName", "Another Fred")),
          as(server.token, HttpMethod.DELETE, "/api/teachers/fred", null), as(server.token, HttpMethod.POST, "/api/teachers/fred/reset", null)));
    }).map(all -> {
      assertEquals(401, all.<HttpResponse<Buffer>>resultAt(0).statusCode(), "a removed teacher's session has ended");
      assertNull(findOrNull(all.<HttpResponse<Buffer>>resultAt(1).bodyAsJsonArray(), "fred"), "no longer listed");
      assertEquals(409, all.<HttpResponse<Buffer>>resultAt(2).statusCode(), "a removed name is not given to someone else: its things stay its");
      assertEquals(404, all.<HttpResponse<Buffer>>resultAt(3).statusCode());
      assertEquals(404, all.<HttpResponse<Buffer>>resultAt(4).statusCode());
      return null;
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("a user name that breaks the rules, a taken one, and the admin removing itself are refused with 4xx")
  void badRequests(VertxTestContext ctx) {
    Future.all(List.of(
        as(server.token, HttpMethod.POST, "/api/teachers", new JsonObject().put("user", "no spaces please")),
        as(server.token, HttpMethod.POST, "/api/teachers", new JsonObject().put("user", "teacher").put("displayName", "Me again")),
        as(server.token, HttpMethod.POST, "/api/teachers", new JsonObject().put("displayName", "Nobody")),
        as(server.token, HttpMethod.DELETE, "/api/teachers/teacher", null),
        as(server.token, HttpMethod.POST, "/api/password", new JsonObject().put("current", "test-password"))))
        .map(all -> {
          assertEquals(List.of(400, 409, 400, 400, 400), all.list().stream().map(r -> ((HttpResponse<?>) r).statusCode()).toList());
          assertNotEquals("internal", all.<HttpResponse<Buffer>>resultAt(3).bodyAsJsonObject().getString("error"));
          return null;
        }).onComplete(ctx.succeedingThenComplete());
  }

  private static JsonObject find(JsonArray list, String user) {
    JsonObject o = findOrNull(list, user);
    assertNotNull(o, user + " in " + list.encode());
    return o;
  }

  private static JsonObject findOrNull(JsonArray list, String user) {
    for (Object o : list) if (user.equals(((JsonObject) o).getString("user"))) return (JsonObject) o;
    return null;
  }
}
