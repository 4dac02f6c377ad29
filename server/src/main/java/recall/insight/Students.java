package recall.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The students across sessions, weakest first, each with the questions they did worst on. A class
 * student is one person across sessions; a nickname is one person for one session only.
 */
final class Students {
  private Students() {
  }

  private static final class Acc {
    String name;
    long seenAt = Long.MIN_VALUE;
    int answered;
    final Tally tally = new Tally();
    final Map<String, Tally> byQuestion = new LinkedHashMap<>();
    final Map<String, String[]> questionNames = new LinkedHashMap<>();
  }

  static List<Insights.StudentStat> of(List<Sitting> sittings) {
    Map<String, Acc> byStudent = new LinkedHashMap<>();
    for (Sitting s : sittings) {
      for (Sitting.Seat seat : s.seats()) {
        Acc acc = byStudent.computeIfAbsent(seat.student(), k -> new Acc());
        if (s.at() >= acc.seenAt) {
          acc.seenAt = s.at();
          acc.name = seat.name();
        }
        for (Sitting.Asked a : s.asked()) {
          if (!a.scored()) continue;
          Sitting.Given g = s.givenBy(seat.playerId(), a.index());
          if (g == null && !s.silenceCounts()) continue;
          int right = g != null && g.correct() ? 1 : 0;
          if (g != null) acc.answered++;
          acc.tally.add(1, right);
          String key = a.key(s.quiz());
          acc.byQuestion.computeIfAbsent(key, k -> new Tally()).add(1, right);
          acc.questionNames.putIfAbsent(key, new String[] {s.quiz(), a.questionId(), a.text()});
        }
      }
    }
    List<Insights.StudentStat> out = new ArrayList<>();
    byStudent.forEach((id, acc) -> out.add(new Insights.StudentStat(id, acc.name, acc.answered,
        acc.tally.asked, acc.tally.right, weakest(acc))));
    out.sort(Comparator.comparingDouble(Insights.StudentStat::correctRate)
        .thenComparing(Comparator.comparingInt(Insights.StudentStat::asked).reversed())
        .thenComparing(Insights.StudentStat::name, Comparator.nullsLast(Comparator.naturalOrder())));
    return out;
  }

  /** The questions this student missed, worst first (never one they always got right). */
  private static List<Insights.Weak> weakest(Acc acc) {
    List<Insights.Weak> missed = new ArrayList<>();
    acc.byQuestion.forEach((key, t) -> {
      if (t.right == t.asked) return;
      String[] q = acc.questionNames.get(key);
      missed.add(new Insights.Weak(q[0], q[1], q[2], t.asked, t.right));
    });
    missed.sort(Comparator.comparingDouble(Insights.Weak::correctRate)
        .thenComparing(Comparator.comparingInt(Insights.Weak::asked).reversed())
        .thenComparing(w -> w.quiz() + "/" + w.id()));
    return missed.size() > Insights.WEAKEST ? List.copyOf(missed.subList(0, Insights.WEAKEST)) : missed;
  }
}
