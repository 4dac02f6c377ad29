package recall.store;

/** The statements of classes, students and assignments (schema version 4). */
final class ClassSql {
  private ClassSql() {
  }

  static final String CLASS_INSERT = "INSERT INTO school_class (id, owner, name, created_at) VALUES (?, ?, ?, ?)";
  static final String CLASS_LIST = "SELECT id, name, created_at FROM school_class WHERE owner = ? AND deleted = FALSE ORDER BY created_at DESC, id";
  static final String CLASS_GET = "SELECT id, name, created_at FROM school_class WHERE id = ? AND owner = ? AND deleted = FALSE";
  static final String CLASS_RENAME = "UPDATE school_class SET name = ? WHERE id = ? AND owner = ? AND deleted = FALSE";
  static final String CLASS_DELETE = "UPDATE school_class SET deleted = TRUE WHERE id = ? AND owner = ? AND deleted = FALSE";
  static final String STUDENTS_OF = "SELECT id, name, code, extra_time FROM student WHERE class_id = ? AND deleted = FALSE ORDER BY position, id";
  static final String STUDENTS_OF_OWNER = "SELECT s.class_id, s.id, s.name, s.code, s.extra_time FROM student s"
      + " JOIN school_class c ON c.id = s.class_id WHERE c.owner = ? AND c.deleted = FALSE AND s.deleted = FALSE ORDER BY s.position, s.id";
  static final String STUDENT_INSERT = "INSERT INTO student (id, class_id, name, code, extra_time, position) VALUES (?, ?, ?, ?, ?, ?)";
  static final String STUDENT_UPDATE = "UPDATE student SET name = ?, extra_time = ?, position = ? WHERE id = ? AND class_id = ?";
  // A removed student (or a deleted class's) gives its code up: codes are unique while their class exists.
  static final String STUDENT_REMOVE = "UPDATE student SET deleted = TRUE, code = NULL WHERE id = ? AND class_id = ?";
  static final String STUDENTS_REMOVE_ALL = "UPDATE student SET deleted = TRUE, code = NULL WHERE class_id = ?";

  static final String ASSIGNMENT_INSERT = "INSERT INTO assignment (id, owner, quiz_id, title, questions, due_at, class_id, scoring,"
      + " timer, pin, created_at, session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String ASSIGNMENT_COLUMNS = "id, quiz_id, title, questions, due_at, class_id, scoring, timer, pin, created_at,"
      + " closed_at, session_id FROM assignment";
  static final String ASSIGNMENT_LIST = "SELECT " + ASSIGNMENT_COLUMNS + " WHERE owner = ? ORDER BY created_at DESC, id";
  static final String ASSIGNMENT_GET = "SELECT " + ASSIGNMENT_COLUMNS + " WHERE id = ? AND owner = ?";
  static final String ASSIGNMENT_CLOSE = "UPDATE assignment SET closed_at = ? WHERE id = ? AND closed_at IS NULL";
  /** Per player of a homework session: answers given and points. */
  static final String PROGRESS = "SELECT p.id, p.name, p.student_id, p.joined_at,"
      + " (SELECT COUNT(*) FROM answer a WHERE a.session_id = p.session_id AND a.player_id = p.id) AS answered,"
      + " (SELECT COALESCE(SUM(a.points), 0) FROM answer a WHERE a.session_id = p.session_id AND a.player_id = p.id) AS score,"
      + " (SELECT COUNT(*) FROM answer a WHERE a.session_id = p.session_id AND a.player_id = p.id AND a.correct = TRUE) AS correct"
      + " FROM player p WHERE p.session_id = ? ORDER BY p.joined_at, p.id";
}
