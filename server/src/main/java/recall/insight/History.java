package recall.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each student's sessions of a class, oldest first: how many questions they were asked, answered and
 * got right in each, so that a teacher can follow one student from lesson to lesson. The same rule as
 * the insight: in a live game a question left unanswered was missed, in homework one not reached yet
 * was not asked; polls do not count.
 */
public final class History {
  private History() {
  }

  /** One session of one student. */
  public record Entry(String session, String quiz, long at, String mode, int asked, int answered, int right) {
    public double correctRate() {
      return asked == 0 ? 1 : (double) right / asked;
    }
  }

  /** One student's history; {@code sessions} is empty for a student who has sat none. */
  public record Line(String student, String name, List<Entry> sessions) {
  }

  /**
   * @param roster the class's students in roster order, id to name; students of the sittings that
   *     are not on it (since removed) follow, under the name they last played with
   */
  public static List<Line> of(List<Sitting> sittings, Map<String, String> roster) {
    Map<String, String> names = new LinkedHashMap<>(roster);
    Map<String, List<Entry>> byStudent = new LinkedHashMap<>();
    roster.keySet().forEach(id -> byStudent.put(id, new ArrayList<>()));
    List<Sitting> ordered = new ArrayList<>(sittings);
    ordered.sort(java.util.Comparator.comparingLong(Sitting::at));
    for (Sitting s : ordered) {
      for (Sitting.Seat seat : s.seats()) {
        names.putIfAbsent(seat.student(), seat.name());
        byStudent.computeIfAbsent(seat.student(), k -> new ArrayList<>()).add(entry(s, seat));
      }
    }
    List<Line> out = new ArrayList<>();
    byStudent.forEach((id, entries) -> out.add(new Line(id, names.get(id), List.copyOf(entries))));
    return out;
  }

  private static Entry entry(Sitting s, Sitting.Seat seat) {
    int asked = 0;
    int answered = 0;
    int right = 0;
    for (Sitting.Asked a : s.asked()) {
      if (!a.scored()) continue;
      Sitting.Given g = s.givenBy(seat.playerId(), a.index());
      if (g == null && !s.silenceCounts()) continue;
      asked++;
      if (g != null) answered++;
      if (g != null && g.correct()) right++;
    }
    return new Entry(s.session(), s.quiz(), s.at(), s.mode(), asked, answered, right);
  }
}
