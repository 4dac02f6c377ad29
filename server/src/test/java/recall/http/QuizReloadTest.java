package recall.http;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import recall.app.Config;
import recall.support.TestServer;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(VertxExtension.class)
@DisplayName("The question folder reloads without a restart")
class QuizReloadTest {
  private Path folder;
  private TestServer server;

  @BeforeEach
  void start(Vertx vertx, VertxTestContext ctx) throws Exception {
    folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "questions-");
    Files.copy(TestServer.QUESTIONS.resolve("power-struggle.json"), folder.resolve("power-struggle.json"));
    TestServer.start(vertx, Config.forTests(TestServer.dbName(QuizReloadTest.class), folder))
        .onComplete(ctx.succeeding(s -> {
          server = s;
          ctx.completeNow();
        }));
  }

  @AfterEach
  void stop(VertxTestContext ctx) {
    server.stop().onComplete(ctx.succeedingThenComplete());
  }

  @Test
  @DisplayName("POST /api/quizzes/reload loads a file added since the start and lists a broken one with its problem")
  void reload(Vertx vertx, VertxTestContext ctx) throws Exception {
    server.get("/api/quizzes").compose(before -> {
      ctx.verify(() -> assertEquals(1, before.bodyAsJsonArray().size()));
      try {
        Files.copy(TestServer.QUESTIONS.resolve("nep-1928.json"), folder.resolve("nep-1928.json"));
        Files.writeString(folder.resolve("broken.json"), "{\"id\": \"broken\", \"title\": ");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return server.teacher(HttpMethod.POST, "/api/quizzes/reload").send();
    }).compose(r -> {
      ctx.verify(() -> {
        assertEquals(200, r.statusCode(), r.bodyAsString());
        JsonObject body = r.bodyAsJsonObject();
        assertEquals(2, body.getInteger("loaded"), body.encode());
        JsonArray refused = body.getJsonArray("refused");
        assertEquals(1, refused.size(), body.encode());
        assertEquals("broken.json", refused.getJsonObject(0).getString("file"), body.encode());
      });
      return server.get("/api/quizzes");
    }).compose(list -> {
      ctx.verify(() -> assertTrue(list.bodyAsJsonArray().stream().anyMatch(q -> ((JsonObject) q).getString("id").equals("nep-1928")),
          list.bodyAsString()));
      // Only a teacher may reload.
      return server.http.post("/api/quizzes/reload").send();
    }).onComplete(ctx.succeeding(r -> ctx.verify(() -> {
      assertEquals(401, r.statusCode());
      ctx.completeNow();
    })));
  }
}
