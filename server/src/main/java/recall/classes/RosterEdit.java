package recall.classes;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.scoring.ExtraTime;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST} and {@code PUT /api/classes}: a name and students, each a name string
 * (a new student) or {@code {"id"?,"name","extraTime"?}} (an id keeps that student and its history).
 */
public record RosterEdit(String name, List<Entry> students) {
  public static final int MAX_STUDENTS = 500;
  public static final int MAX_NAME = 100;

  /** One student as asked: id null for a new one, extraTime null to keep (or default) it. */
  public record Entry(String id, String name, Double extraTime) {
  }

  /** Thrown with the message a 400 answer gives. */
  public static final class Invalid extends RuntimeException {
    public Invalid(String message) {
      super(message);
    }
  }

  public static RosterEdit parse(JsonObject body) {
    String name = body.getValue("name") instanceof String s ? s.strip() : "";
    if (name.isEmpty() || name.length() > 200) throw new Invalid("A class needs a \"name\" of 1 to 200 characters.");
    if (!(body.getValue("students") instanceof JsonArray list)) {
      throw new Invalid("A class needs \"students\": a list of names.");
    }
    if (list.size() > MAX_STUDENTS) throw new Invalid("A class has at most " + MAX_STUDENTS + " students.");
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Object v = list.getValue(i);
      if (v instanceof String s) out.add(new Entry(null, studentName(s, i), null));
      else if (v instanceof JsonObject o) {
        Object id = o.getValue("id");
        if (id != null && !(id instanceof String)) throw new Invalid("students[" + i + "].id must be a string.");
        Object extra = o.getValue("extraTime");
        if (extra != null && !(extra instanceof Number n && ExtraTime.valid(n.doubleValue()))) {
          throw new Invalid("students[" + i + "].extraTime must be a factor from 1 to 3.");
        }
        String n = o.getValue("name") instanceof String s ? s : "";
        out.add(new Entry((String) id, studentName(n, i), extra == null ? null : ((Number) extra).doubleValue()));
      } else {
        throw new Invalid("students[" + i + "] must be a name or {\"id\",\"name\"}.");
      }
    }
    return new RosterEdit(name, out);
  }

  private static String studentName(String raw, int i) {
    String n = raw.strip();
    int length = n.codePointCount(0, n.length());
    if (length < 1 || length > MAX_NAME || n.codePoints().anyMatch(Character::isISOControl)) {
      throw new Invalid("students[" + i + "]: a name is 1 to " + MAX_NAME + " characters.");
    }
    return n;
  }
}
