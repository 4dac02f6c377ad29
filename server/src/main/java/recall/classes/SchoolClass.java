package recall.classes;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

/** A teacher's class: its roster in the order given. */
public record SchoolClass(String id, String name, long createdAt, List<Student> students) {
  public SchoolClass {
    students = List.copyOf(students);
  }

  /** {@code GET /api/classes/{id}}: the contract's {"id","name","students":[{"id","name","code"}]}, plus extraTime. */
  public JsonObject toJson() {
    JsonArray list = new JsonArray();
    students.forEach(s -> list.add(s.toJson()));
    return summary().put("students", list);
  }

  /** One row of {@code GET /api/classes}. */
  public JsonObject summary() {
    return new JsonObject().put("id", id).put("name", name)
        .put("createdAt", java.time.Instant.ofEpochMilli(createdAt).toString()).put("studentCount", students.size());
  }

  /** The student with this code, or null. */
  public Student byCode(String code) {
    for (Student s : students) if (s.code().equals(code)) return s;
    return null;
  }
}
