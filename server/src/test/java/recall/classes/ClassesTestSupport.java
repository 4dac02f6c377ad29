package recall.classes;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.support.TestServer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Making a class through the real API, for the tests of this package. */
final class ClassesTestSupport {
  private ClassesTestSupport() {
  }

  static Future<JsonObject> makeClass(TestServer server, String name, List<String> students) {
    return server.post("/api/classes", new JsonObject().put("name", name).put("students", new JsonArray(students))).map(r -> {
      assertEquals(201, r.statusCode(), r.bodyAsString());
      return r.bodyAsJsonObject();
    });
  }
}
