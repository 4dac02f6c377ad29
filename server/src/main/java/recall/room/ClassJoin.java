package recall.room;

import recall.classes.JoinCodes;
import recall.classes.SchoolClass;
import recall.classes.Student;

/**
 * A student's join with a personal code in a class room: the roster's name and extra time, and a
 * second join with the same code gives the same player back (as a resume), so that a student's
 * results stay one line however often the phone reconnects.
 */
final class ClassJoin {
  private ClassJoin() {
  }

  static void join(Room room, Connection c, String typed) {
    SchoolClass roster = room.plan.roster();
    if (roster == null) {
      room.helloFailed(c, "bad-code", "This game is not for a class: join with a name.");
      return;
    }
    if (room.door.closedTo(c)) return;
    String code = JoinCodes.normalise(typed);
    Student s = code == null ? null : roster.byCode(code);
    if (s == null) {
      // A code of another class is as unknown here as a mistyped one.
      room.helloFailed(c, "bad-code", "That code is not one of this class's. Check your card.");
      return;
    }
    for (Player p : room.players.values()) {
      if (s.id().equals(p.studentId)) {
        room.comeBack(c, p);
        return;
      }
    }
    if (room.door.lockedTo(c) || !room.door.takesOneMoreFrom(c)) return;
    // The room's extra time (given when it was opened) wins over the roster's.
    double extra = room.plan.rules().extraTime().containsKey(s.id()) ? room.plan.rules().extraTimeOf(s.id()) : s.extraTime();
    room.admit(c, s.name(), s.id(), extra);
  }
}
