package recall.insight;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import recall.notes.NotesDocument;
import recall.notes.NotesReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A term of one class of 30: five questions on five lines of the shipped notes that no bank
 * question cites (so the revision's "other form" is only the one this plan adds), played in two live
 * games and one homework a week apart, each student right or wrong by a fixed rule.
 */
final class TermPlan {
  static final int STUDENTS = 30;
  /** Students 0-2 miss everything; students 25-29 do not do the homework. */
  static final int WEAK = 3;
  static final int HOMEWORK_DONE = 25;
  static final int QUESTIONS = 5;
  static final String NOTES = "ussr-1924-1941.txt";
  /** Session 0 and 1 live, 2 homework. */
  static final int SESSIONS = 3;

  /** From which student on each question is answered right, per session (the weak three never are). */
  private static final int[][] RIGHT_FROM = {
      {24, 21, 20},   // q0: 20%, 30%, 20% of 25 -> missed
      {15, 18, 13},   // q1: 50%, 40%, 48% -> missed
      {3, 3, 3},      // q2: 90%, 90%, 88% -> box 4, not due yet
      {3, 3, 3},      // q3: as q2
      {3, 9, 3}};     // q4: 90%, 70% (back to box 1), 88% -> box 2, due two days after the homework

  final NotesDocument notes;
  final List<Integer> lines;
  final List<String> quotes = new ArrayList<>();

  TermPlan(Path questions) throws IOException {
    byte[] bytes = Files.readAllBytes(questions.resolve("notes").resolve(NOTES));
    try {
      notes = NotesReader.read(bytes, NOTES, NOTES);
    } catch (recall.notes.BadNotesException e) {
      throw new IOException(e);
    }
    List<String> raw = Files.readAllLines(questions.resolve("notes").resolve(NOTES));
    Set<Integer> cited = new HashSet<>();
    try (var files = Files.list(questions)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        for (Object q : new JsonObject(Files.readString(f)).getJsonArray("questions")) {
          cited.add(((JsonObject) q).getJsonObject("source", new JsonObject()).getInteger("line", 0));
        }
      }
    }
    // Five uncited lines of text, each under a different heading, so the sections differ too.
    lines = new ArrayList<>();
    Set<String> sectionsUsed = new HashSet<>();
    for (int n = 1; n <= notes.lineCount() && lines.size() < QUESTIONS; n++) {
      String text = raw.get(n - 1).replaceFirst("^\\s*[*•-]\\s*", "").strip();
      NotesDocument.Section s = notes.sectionOf(n);
      if (cited.contains(n) || notes.isHeading(n) || text.length() < 40 || s == null || !sectionsUsed.add(s.title())) continue;
      lines.add(n);
      quotes.add(text.substring(0, text.lastIndexOf(' ', 35)));
    }
    if (lines.size() < QUESTIONS) throw new IllegalStateException("the notes have too few uncited lines");
  }

  static boolean right(int student, int question, int session) {
    return student >= WEAK && student >= RIGHT_FROM[question][session];
  }

  static boolean answers(int student, int session) {
    return session < 2 || student < HOMEWORK_DONE;
  }

  /** The right option of question q is q % 4; a wrong student picks the next one, one in three the one after. */
  static int choice(int student, int question, int session) {
    int correct = question % 4;
    if (right(student, question, session)) return correct;
    return (correct + (student % 3 == 0 ? 2 : 1)) % 4;
  }

  /** Right answers and times asked of question q over the term. */
  static int[] tally(int question) {
    int right = 0;
    int asked = 0;
    for (int s = 0; s < SESSIONS; s++) {
      for (int p = 0; p < STUDENTS; p++) {
        if (!answers(p, s)) continue;
        asked++;
        if (right(p, question, s)) right++;
      }
    }
    return new int[] {right, asked};
  }

  static String optionText(int question, int option) {
    return "Option " + (char) ('A' + option) + " of question " + (question + 1);
  }

  JsonObject quiz() {
    JsonArray qs = new JsonArray();
    for (int q = 0; q < QUESTIONS; q++) {
      JsonArray options = new JsonArray();
      for (int o = 0; o < 4; o++) options.add(optionText(q, o));
      qs.add(new JsonObject().put("id", "t" + (q + 1)).put("kind", "single").put("text", "Term question " + (q + 1) + "?")
          .put("options", options).put("answer", new JsonArray().add(q % 4)).put("timeLimitSeconds", 60)
          .put("source", new JsonObject().put("line", lines.get(q)).put("quote", quotes.get(q))));
    }
    return new JsonObject().put("id", "term-quiz").put("title", "Term quiz: Stalin’s rise").put("notes", NOTES).put("questions", qs);
  }

  /** Another quiz of the teacher's, never played, asking the first line as true or false. */
  JsonObject otherForms() {
    return new JsonObject().put("id", "term-other-forms").put("title", "Other forms").put("notes", NOTES)
        .put("questions", new JsonArray().add(new JsonObject().put("id", "tf1").put("kind", "truefalse")
            .put("text", "True or false: " + quotes.get(0) + "...").put("options", new JsonArray().add("True").add("False"))
            .put("answer", new JsonArray().add(0)).put("source", new JsonObject().put("line", lines.get(0)).put("quote", quotes.get(0)))));
  }
}
