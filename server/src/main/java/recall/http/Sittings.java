package recall.http;

import io.vertx.core.json.JsonObject;
import recall.classes.SchoolClass;
import recall.insight.Sitting;
import recall.notes.NotesShelf;
import recall.store.QuizStore;
import recall.store.SessionRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Saved sessions read into the insight's plain data. */
final class Sittings {
  private Sittings() {
  }

  /** @param roster the class the sessions are of, whose names are the students' current ones; or null */
  static List<Sitting> of(List<SessionRecord> sessions, QuizStore quizzes, String owner, SchoolClass roster) {
    Map<String, String> names = new HashMap<>();
    if (roster != null) roster.students().forEach(st -> names.put(st.id(), st.name()));
    return sessions.stream().map(s -> of(s, notesOf(quizzes, s.quiz(), owner), names)).toList();
  }

  /** The notes a session's questions cite: its quiz's, while the quiz is there. */
  private static String notesOf(QuizStore quizzes, String quiz, String owner) {
    QuizStore.Stored q = quizzes.get(quiz, owner);
    return q == null ? null : NotesShelf.idOf(q.quiz().notes());
  }

  static Sitting of(SessionRecord s, String quizNotes, Map<String, String> rosterNames) {
    List<Sitting.Asked> asked = s.questions().stream().map(q -> {
      JsonObject source = q.doc().getJsonObject("source", new JsonObject());
      String notes = source.getValue("notes") instanceof String n ? NotesShelf.idOf(n) : quizNotes;
      return new Sitting.Asked(q.index(), q.id(), q.kind(), q.doc().getString("text"), notes,
          source.getInteger("line", 0), source.getString("quote"), q.doc());
    }).toList();
    List<Sitting.Seat> seats = s.players().stream().filter(p -> !p.kicked())
        // A class student is followed across sessions by its roster id; a nickname is one session's player.
        .map(p -> p.studentId() == null ? new Sitting.Seat(p.id(), s.id() + "/" + p.id(), p.name())
            : new Sitting.Seat(p.id(), p.studentId(), rosterNames.getOrDefault(p.studentId(), p.name()))).toList();
    List<Sitting.Given> given = s.answers().stream().map(a -> {
      JsonObject doc = s.questions().stream().filter(q -> q.index() == a.index()).findFirst()
          .map(SessionRecord.Question::doc).orElse(new JsonObject());
      return new Sitting.Given(a.playerId(), a.index(), a.answer(), SessionApi.readable(doc, a.answer()), a.correct());
    }).toList();
    return new Sitting(s.id(), s.quiz(), s.startedAt() == null ? 0 : s.startedAt(), s.mode(), asked, seats, given);
  }
}
