package recall.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The questions across sessions: how often asked, how often right, the commonest wrong answer. */
final class Questions {
  private Questions() {
  }

  /** One question's running totals while the sessions are read. */
  private static final class Acc {
    final String quiz;
    final Sitting.Asked asked;
    final Tally tally = new Tally();
    final Map<String, Integer> wrongCounts = new HashMap<>();
    final Map<String, Sitting.Given> wrongExample = new HashMap<>();
    final List<Leitner.Attempt> attempts = new ArrayList<>();

    Acc(String quiz, Sitting.Asked asked) {
      this.quiz = quiz;
      this.asked = asked;
    }
  }

  static List<Insights.QuestionStat> of(List<Sitting> sittings) {
    Map<String, Acc> byKey = new LinkedHashMap<>();
    for (Sitting s : sittings) {
      for (Sitting.Asked a : s.asked()) {
        if (!a.scored()) continue;
        List<Sitting.Given> answers = s.given().stream().filter(g -> g.index() == a.index()).toList();
        int right = (int) answers.stream().filter(Sitting.Given::correct).count();
        int asked = s.silenceCounts() ? Math.max(s.seats().size(), answers.size()) : answers.size();
        if (asked == 0) continue;
        Acc acc = byKey.computeIfAbsent(a.key(s.quiz()), k -> new Acc(s.quiz(), a));
        acc.tally.add(asked, right);
        acc.attempts.add(new Leitner.Attempt(s.at(), (double) right / asked));
        for (Sitting.Given g : answers) {
          if (g.correct()) continue;
          acc.wrongCounts.merge(g.shown(), 1, Integer::sum);
          acc.wrongExample.putIfAbsent(g.shown(), g);
        }
      }
    }
    List<Insights.QuestionStat> out = new ArrayList<>();
    for (Acc acc : byKey.values()) out.add(stat(acc));
    out.sort(Comparator.comparingDouble(Insights.QuestionStat::correctRate)
        .thenComparing(Comparator.comparingInt(Insights.QuestionStat::asked).reversed())
        .thenComparing(Insights.QuestionStat::key));
    return out;
  }

  private static Insights.QuestionStat stat(Acc acc) {
    Insights.WrongAnswer common = acc.wrongCounts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(e -> new Insights.WrongAnswer(acc.wrongExample.get(e.getKey()).answer(), e.getKey(), e.getValue()))
        .orElse(null);
    Sitting.Asked a = acc.asked;
    return new Insights.QuestionStat(acc.quiz, a.questionId(), a.text(), a.kind(), a.notes(), a.line(), a.quote(),
        acc.tally.asked, acc.tally.right, common, List.copyOf(acc.attempts));
  }
}
