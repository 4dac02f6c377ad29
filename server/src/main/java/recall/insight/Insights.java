package recall.insight;

import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a class knows least, over every session that matches: the questions, the notes lines and
 * sections they cite, and the students, each list weakest first. A question, line or section is as
 * weak as the share of right answers among the times it was asked (a live player who gave no answer
 * missed it); ties go to the one asked more often.
 */
public final class Insights {
  /** How many of a student's weakest questions are listed. */
  public static final int WEAKEST = 3;

  private Insights() {
  }

  /** A question across sessions, with the wrong answer given most often and its meetings with the class. */
  public record QuestionStat(String quiz, String id, String text, String kind, String notes, int line, String quote,
                             int asked, int right, WrongAnswer commonWrong, List<Leitner.Attempt> attempts) {
    public double correctRate() {
      return asked == 0 ? 1 : (double) right / asked;
    }

    public String key() {
      return quiz + "/" + id;
    }

    public String lineKey() {
      return notes == null || line < 1 ? null : notes + "#" + line;
    }
  }

  /** A wrong answer, as one of the students gave it, in words, and how many gave it. */
  public record WrongAnswer(JsonObject answer, String shown, int count) {
  }

  public record LineStat(String notes, int line, String quote, int asked, int right) {
    public double correctRate() {
      return asked == 0 ? 1 : (double) right / asked;
    }
  }

  public record SectionStat(String notes, String title, int asked, int right) {
    public double correctRate() {
      return asked == 0 ? 1 : (double) right / asked;
    }
  }

  /** A student's own record on a question. */
  public record Weak(String quiz, String id, String text, int asked, int right) {
    public double correctRate() {
      return asked == 0 ? 1 : (double) right / asked;
    }
  }

  public record StudentStat(String id, String name, int answered, int asked, int right, List<Weak> weakest) {
    public double correctRate() {
      return asked == 0 ? 1 : (double) right / asked;
    }
  }

  public record Report(List<QuestionStat> questions, List<LineStat> lines, List<SectionStat> sections, List<StudentStat> students) {
  }

  /** The report over these sessions; polls are left out (they have no right answer). */
  public static Report of(List<Sitting> sittings, NotesSections notes) {
    List<QuestionStat> questions = Questions.of(sittings);
    return new Report(questions, lines(questions), sections(questions, notes), Students.of(sittings));
  }

  private static List<LineStat> lines(List<QuestionStat> questions) {
    Map<String, LineStat> byLine = new LinkedHashMap<>();
    for (QuestionStat q : questions) {
      if (q.lineKey() == null) continue;
      byLine.merge(q.lineKey(), new LineStat(q.notes(), q.line(), q.quote(), q.asked(), q.right()),
          (a, b) -> new LineStat(a.notes(), a.line(), a.quote(), a.asked() + b.asked(), a.right() + b.right()));
    }
    return byLine.values().stream().sorted(Comparator.comparingDouble(LineStat::correctRate)
        .thenComparing(Comparator.comparingInt(LineStat::asked).reversed())
        .thenComparing(LineStat::notes).thenComparingInt(LineStat::line)).toList();
  }

  private static List<SectionStat> sections(List<QuestionStat> questions, NotesSections notes) {
    Map<String, Tally> bySection = new LinkedHashMap<>();
    Map<String, String[]> names = new HashMap<>();
    for (QuestionStat q : questions) {
      if (q.lineKey() == null) continue;
      String title = notes.sectionOf(q.notes(), q.line());
      if (title == null) continue;
      String key = q.notes() + "\n" + title;
      names.putIfAbsent(key, new String[] {q.notes(), title});
      bySection.computeIfAbsent(key, k -> new Tally()).add(q.asked(), q.right());
    }
    List<SectionStat> out = new ArrayList<>();
    bySection.forEach((key, t) -> out.add(new SectionStat(names.get(key)[0], names.get(key)[1], t.asked, t.right)));
    out.sort(Comparator.comparingDouble(SectionStat::correctRate)
        .thenComparing(Comparator.comparingInt(SectionStat::asked).reversed()).thenComparing(SectionStat::title));
    return out;
  }
}
