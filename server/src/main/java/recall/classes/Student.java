package recall.classes;

import io.vertx.core.json.JsonObject;

/**
 * A student on a class roster: the name every game shows, the personal join code, and the extra
 * time (WCAG 2.2.1) every timed question of theirs gets.
 */
public record Student(String id, String name, String code, double extraTime) {
  public JsonObject toJson() {
    return new JsonObject().put("id", id).put("name", name).put("code", code).put("extraTime", extraTime);
  }
}
