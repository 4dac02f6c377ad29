package recall.insight;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("The insight: questions, notes lines, sections and students, weakest first")
class InsightsTest {
  private static final long DAY = 24L * 3600 * 1000;
  /** Lines 1-5 under "Rise", 6-10 under "Terror". */
  private static final NotesSections SECTIONS = (notes, line) -> "ussr".equals(notes) ? (line <= 5 ? "Rise" : "Terror") : null;

  private static Sitting.Asked q(int index, String id, int line) {
    return new Sitting.Asked(index, id, "single", "Question " + id, "ussr", line, "quote " + line, new JsonObject().put("id", id));
  }

  private static Sitting.Given g(String player, int index, int choice, boolean correct) {
    return new Sitting.Given(player, index, new JsonObject().put("choice", new JsonArray().add(choice)), "option " + choice, correct);
  }

  /** One session: for each player, whether they got each question right (null: no answer). */
  private static Sitting sitting(String id, String mode, long at, List<Sitting.Asked> asked, List<Sitting.Seat> seats, Boolean[][] right) {
    List<Sitting.Given> given = new ArrayList<>();
    for (int p = 0; p < seats.size(); p++) {
      for (int i = 0; i < asked.size(); i++) {
        if (right[p][i] != null) given.add(g(seats.get(p).playerId(), i, right[p][i] ? 0 : 1 + (p % 2), right[p][i]));
      }
    }
    return new Sitting(id, "quiz", at, mode, asked, seats, given);
  }

  private static List<Sitting.Seat> seats(String... students) {
    List<Sitting.Seat> out = new ArrayList<>();
    for (int i = 0; i < students.length; i++) out.add(new Sitting.Seat("p" + i, students[i], "Name " + students[i]));
    return out;
  }

  @Test
  @DisplayName("rates count a live player's silence as a miss, the commonest wrong answer is named, and ties go to the one asked more")
  void questionsAndLines() {
    List<Sitting.Asked> asked = List.of(q(0, "a", 2), q(1, "b", 2), q(2, "c", 7));
    Boolean[][] right = {
        {true, false, true},
        {true, false, true},
        {false, null, true},
        {true, true, null}};
    Insights.Report r = Insights.of(List.of(sitting("s1", "live", 0, asked, seats("w", "x", "y", "z"), right)), SECTIONS);

    assertEquals(List.of("b", "a", "c"), r.questions().stream().map(Insights.QuestionStat::id).toList());
    Insights.QuestionStat b = r.questions().get(0);
    assertEquals(4, b.asked());
    assertEquals(1, b.right());
    // Players 0 and 1 gave options 1 and 2; option 1 (player 0) and option 2 (player 1) tie at one each.
    assertEquals(1, b.commonWrong().count());
    assertEquals(0.75, r.questions().get(1).correctRate());
    assertEquals(0.75, r.questions().get(2).correctRate(), "player z was silent on c: a miss in a live game");

    assertEquals(List.of(2, 7), r.lines().stream().map(Insights.LineStat::line).toList());
    assertEquals(8, r.lines().get(0).asked());
    assertEquals(4, r.lines().get(0).right());
    assertEquals("quote 2", r.lines().get(0).quote());
    assertEquals(List.of("Rise", "Terror"), r.sections().stream().map(Insights.SectionStat::title).toList());
    assertEquals(0.5, r.sections().get(0).correctRate());
  }

  @Test
  @DisplayName("the commonest wrong answer is the one given most often, in words, across sessions")
  void commonWrong() {
    List<Sitting.Asked> asked = List.of(q(0, "a", 2));
    Sitting one = new Sitting("s1", "quiz", 0, "live", asked, seats("w", "x", "y"),
        List.of(g("p0", 0, 3, false), g("p1", 0, 2, false), g("p2", 0, 0, true)));
    Sitting two = new Sitting("s2", "quiz", DAY, "live", asked, seats("w", "x"),
        List.of(g("p0", 0, 3, false), g("p1", 0, 3, false)));
    Insights.QuestionStat a = Insights.of(List.of(one, two), SECTIONS).questions().get(0);
    assertEquals("option 3", a.commonWrong().shown());
    assertEquals(3, a.commonWrong().count());
    assertEquals(5, a.asked());
    assertEquals(2, a.attempts().size(), "one meeting with the class per session, for the schedule");
    assertEquals(0.0, a.attempts().get(1).correctRate());
    Sitting allRight = new Sitting("s3", "quiz", 0, "live", asked, seats("w"), List.of(g("p0", 0, 0, true)));
    assertNull(Insights.of(List.of(allRight), SECTIONS).questions().get(0).commonWrong());
  }

  @Test
  @DisplayName("a class student is followed across sessions, a nickname is one person per session; homework counts only what was reached")
  void students() {
    List<Sitting.Asked> asked = List.of(q(0, "a", 2), q(1, "b", 3));
    Sitting live = sitting("s1", "live", 0, asked, seats("anna", "ben", "s1/p2"),
        new Boolean[][] {{true, false}, {true, true}, {false, null}});
    Sitting homework = sitting("s2", "homework", 7 * DAY, asked, seats("anna", "ben"),
        new Boolean[][] {{false, false}, {true, null}});
    List<Insights.StudentStat> students = Insights.of(List.of(live, homework), SECTIONS).students();

    assertEquals(List.of("s1/p2", "anna", "ben"), students.stream().map(Insights.StudentStat::id).toList());
    Insights.StudentStat nick = students.get(0);
    assertEquals(1, nick.answered());
    assertEquals(2, nick.asked(), "the silent live question counts");
    Insights.StudentStat anna = students.get(1);
    assertEquals(4, anna.asked());
    assertEquals(1, anna.right());
    assertEquals(List.of("b", "a"), anna.weakest().stream().map(Insights.Weak::id).toList());
    Insights.StudentStat ben = students.get(2);
    assertEquals(3, ben.asked(), "ben had not reached b in the homework: not counted");
    assertEquals(1.0, ben.correctRate());
    assertEquals(List.of(), ben.weakest());
  }

  @Test
  @DisplayName("polls are left out, and a question with no source has no line")
  void pollsAndSourceless() {
    Sitting.Asked poll = new Sitting.Asked(0, "p", "poll", "Opinion?", "ussr", 4, "q", new JsonObject());
    Sitting.Asked bare = new Sitting.Asked(1, "n", "single", "No source", null, 0, null, new JsonObject());
    Sitting s = new Sitting("s", "quiz", 0, "live", List.of(poll, bare), seats("w"), List.of(g("p0", 0, 1, false), g("p0", 1, 1, false)));
    Insights.Report r = Insights.of(List.of(s), SECTIONS);
    assertEquals(List.of("n"), r.questions().stream().map(Insights.QuestionStat::id).toList());
    assertEquals(List.of(), r.lines());
    assertEquals(List.of(), r.sections());
  }

  @Test
  @DisplayName("each student's history lists their sessions oldest first, in roster order, homework not reached not counted")
  void history() {
    List<Sitting.Asked> asked = List.of(q(0, "a", 2), q(1, "b", 7));
    Sitting week1 = sitting("s1", "live", 0, asked, seats("ann", "ben"), new Boolean[][] {{true, null}, {false, false}});
    Sitting week2 = sitting("s2", "homework", 7 * DAY, asked, seats("ben", "old"), new Boolean[][] {{true, null}, {true, true}});
    // Given newest first: the history still reads oldest first.
    List<History.Line> lines = History.of(List.of(week2, week1), new java.util.LinkedHashMap<>(java.util.Map.of("ann", "Ann")) {{
      put("ben", "Ben");
      put("cat", "Cat");
    }});

    assertEquals(List.of("ann", "ben", "cat", "old"), lines.stream().map(History.Line::student).toList(), "roster order, then a removed student");
    History.Entry ann = lines.get(0).sessions().get(0);
    assertEquals(List.of(2, 1, 1), List.of(ann.asked(), ann.answered(), ann.right()), "a live question left unanswered was missed");
    assertEquals(List.of("s1", "s2"), lines.get(1).sessions().stream().map(History.Entry::session).toList());
    History.Entry benHomework = lines.get(1).sessions().get(1);
    assertEquals(List.of(1, 1, 1), List.of(benHomework.asked(), benHomework.answered(), benHomework.right()),
        "a homework question not reached was not asked");
    assertEquals(1.0, benHomework.correctRate());
    assertEquals(List.of(), lines.get(2).sessions(), "a student who sat nothing is listed with no sessions");
    assertEquals("Name old", lines.get(3).name());
  }
}
