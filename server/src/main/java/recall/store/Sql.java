package recall.store;

import java.util.List;

/** Every SQL statement of the server, in one place. Times are epoch milliseconds. */
final class Sql {
  private Sql() {
  }

  /** Version 1 of the schema, migration 1 of {@link Migrations}: never change it, append a migration. */
  static final List<String> SCHEMA = List.of(
      "CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL)",
      "CREATE TABLE IF NOT EXISTS account (name VARCHAR(64) PRIMARY KEY, salt VARCHAR(64) NOT NULL,"
          + " hash VARCHAR(200) NOT NULL, iterations INT NOT NULL, created_at BIGINT NOT NULL)",
      "CREATE TABLE IF NOT EXISTS quiz (id VARCHAR(64) PRIMARY KEY, doc VARCHAR(4000000) NOT NULL,"
          + " origin VARCHAR(8) NOT NULL, deleted BOOLEAN DEFAULT FALSE NOT NULL, updated_at BIGINT NOT NULL)",
      "CREATE TABLE IF NOT EXISTS game_session (id VARCHAR(40) PRIMARY KEY, quiz_id VARCHAR(64) NOT NULL,"
          + " title VARCHAR(500) NOT NULL, pin VARCHAR(6) NOT NULL, started_at BIGINT NOT NULL, finished_at BIGINT)",
      "CREATE CACHED TABLE IF NOT EXISTS session_question (session_id VARCHAR(40) NOT NULL, idx INT NOT NULL,"
          + " question_id VARCHAR(64) NOT NULL, kind VARCHAR(16) NOT NULL, doc VARCHAR(1000000) NOT NULL,"
          + " opened_at BIGINT, PRIMARY KEY (session_id, idx))",
      "CREATE CACHED TABLE IF NOT EXISTS player (session_id VARCHAR(40) NOT NULL, id VARCHAR(40) NOT NULL,"
          + " name VARCHAR(100) NOT NULL, joined_at BIGINT NOT NULL, kicked BOOLEAN DEFAULT FALSE NOT NULL,"
          + " PRIMARY KEY (session_id, id))",
      // The primary key keeps an answer stored exactly once per (session, player, question).
      "CREATE CACHED TABLE IF NOT EXISTS answer (session_id VARCHAR(40) NOT NULL, player_id VARCHAR(40) NOT NULL,"
          + " idx INT NOT NULL, answer VARCHAR(20000) NOT NULL, correct BOOLEAN NOT NULL, fraction DOUBLE NOT NULL,"
          + " points INT NOT NULL, ms INT NOT NULL, answered_at BIGINT NOT NULL, PRIMARY KEY (session_id, player_id, idx))");

  static final String VERSION = "SELECT MAX(version) AS v FROM schema_version";
  static final String VERSIONS = "SELECT version FROM schema_version";
  static final String SET_VERSION = "INSERT INTO schema_version (version) VALUES (?)";

  static final String ACCOUNT_COUNT = "SELECT COUNT(*) AS n FROM account";
  static final String ACCOUNT_GET = "SELECT name, salt, hash, iterations, display_name, admin, must_change,"
      + " created_at, last_login_at, deleted_at FROM account WHERE name = ?";
  static final String ACCOUNT_INSERT = "INSERT INTO account (name, salt, hash, iterations, created_at, display_name, admin, must_change)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  static final String ACCOUNT_LIST = "SELECT name, display_name, admin, created_at, last_login_at FROM account"
      + " WHERE deleted_at IS NULL ORDER BY name";
  static final String ACCOUNT_SET_PASSWORD = "UPDATE account SET salt = ?, hash = ?, iterations = ?, must_change = ?"
      + " WHERE name = ? AND deleted_at IS NULL";
  static final String ACCOUNT_LOGGED_IN = "UPDATE account SET last_login_at = ? WHERE name = ?";
  static final String ACCOUNT_DELETE = "UPDATE account SET deleted_at = ? WHERE name = ? AND deleted_at IS NULL";

  // Log-in sessions, by the SHA-256 of their token.
  static final String LOGIN_INSERT = "INSERT INTO login_session (token_hash, account, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)";
  static final String LOGIN_GET = "SELECT s.account, s.last_seen_at, s.expires_at, a.display_name, a.admin, a.must_change, a.deleted_at"
      + " FROM login_session s JOIN account a ON a.name = s.account WHERE s.token_hash = ?";
  static final String LOGIN_TOUCH = "UPDATE login_session SET last_seen_at = ? WHERE token_hash = ?";
  static final String LOGIN_DELETE = "DELETE FROM login_session WHERE token_hash = ?";
  static final String LOGIN_DELETE_ACCOUNT = "DELETE FROM login_session WHERE account = ?";
  static final String LOGIN_DELETE_OTHERS = "DELETE FROM login_session WHERE account = ? AND token_hash <> ?";
  static final String LOGIN_PURGE = "DELETE FROM login_session WHERE expires_at < ? OR last_seen_at < ?";

  // A quiz's owner is NULL for the shared bank (origin 'file'), else the account that made it.
  static final String QUIZ_ALL = "SELECT id, doc, origin, deleted, owner FROM quiz";
  static final String QUIZ_INSERT = "INSERT INTO quiz (id, doc, origin, deleted, updated_at, owner) VALUES (?, ?, ?, FALSE, ?, ?)";
  static final String QUIZ_REFRESH_FILE = "UPDATE quiz SET doc = ?, updated_at = ? WHERE id = ? AND origin = 'file' AND deleted = FALSE";
  static final String QUIZ_UPDATE = "UPDATE quiz SET doc = ?, updated_at = ? WHERE id = ? AND owner = ? AND deleted = FALSE";
  static final String QUIZ_DELETE = "UPDATE quiz SET deleted = TRUE, updated_at = ? WHERE id = ? AND owner = ? AND deleted = FALSE";
  static final String QUIZ_REVIVE = "UPDATE quiz SET doc = ?, origin = 'api', deleted = FALSE, updated_at = ?, owner = ?"
      + " WHERE id = ? AND deleted = TRUE";

  static final String SESSION_INSERT = "INSERT INTO game_session (id, quiz_id, title, pin, started_at, owner, mode, class_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  static final String SESSION_FINISH = "UPDATE game_session SET finished_at = ?, ended_early = ? WHERE id = ? AND finished_at IS NULL";
  static final String QUESTION_INSERT = "INSERT INTO session_question (session_id, idx, question_id, kind, doc) VALUES (?, ?, ?, ?, ?)";
  static final String QUESTION_OPENED = "UPDATE session_question SET opened_at = ? WHERE session_id = ? AND idx = ?";
  static final String PLAYER_INSERT = "INSERT INTO player (session_id, id, name, joined_at, student_id) VALUES (?, ?, ?, ?, ?)";
  static final String PLAYER_KICKED = "UPDATE player SET kicked = TRUE WHERE session_id = ? AND id = ?";
  static final String ANSWER_INSERT = "INSERT INTO answer (session_id, player_id, idx, answer, correct, fraction, points, ms, answered_at)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  static final String SESSION_LIST = "SELECT s.id, s.quiz_id, s.title, s.started_at, s.finished_at, s.mode, s.ended_early, s.class_id,"
      + " (SELECT COUNT(*) FROM player p WHERE p.session_id = s.id) AS players,"
      + " (SELECT COUNT(*) FROM session_question q WHERE q.session_id = s.id AND q.opened_at IS NOT NULL) AS questions"
      + " FROM game_session s WHERE s.owner = ? ORDER BY s.started_at DESC, s.id DESC";
  static final String SESSION_GET = "SELECT id, quiz_id, title, pin, started_at, finished_at, mode, ended_early, class_id FROM game_session WHERE id = ? AND owner = ?";
  static final String SESSION_PLAYERS = "SELECT id, name, joined_at, kicked, student_id FROM player WHERE session_id = ? ORDER BY joined_at, id";
  static final String SESSION_QUESTIONS = "SELECT idx, question_id, kind, doc, opened_at FROM session_question"
      + " WHERE session_id = ? AND opened_at IS NOT NULL ORDER BY idx";
  static final String SESSION_ANSWERS = "SELECT player_id, idx, answer, correct, fraction, points, ms FROM answer"
      + " WHERE session_id = ? ORDER BY idx, answered_at, player_id";

  // Notes documents (migration 3): inserted once, never updated; owner NULL is shared.
  static final String NOTES_INSERT = "INSERT INTO notes (id, owner, title, filename, line_count, lines, sections, created_at, deleted)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE)";
  static final String NOTES_LIST = "SELECT id, title, line_count, created_at FROM notes WHERE owner = ? AND deleted = FALSE"
      + " ORDER BY created_at DESC, id";
  static final String NOTES_GET = "SELECT id, title, filename, lines, sections, created_at FROM notes"
      + " WHERE id = ? AND owner = ? AND deleted = FALSE";
  static final String NOTES_DELETE = "UPDATE notes SET deleted = TRUE WHERE id = ? AND owner = ? AND deleted = FALSE";
  // Insight: the owner's sessions of one quiz, oldest first.
  static final String INSIGHT_SESSIONS_OF_QUIZ = "SELECT id FROM game_session WHERE owner = ? AND quiz_id = ? ORDER BY started_at, id";
  static final String INSIGHT_SESSIONS_OF_CLASS = "SELECT id FROM game_session WHERE owner = ? AND class_id = ? ORDER BY started_at, id";
  static final String INSIGHT_SESSIONS_OF_QUIZ_AND_CLASS = "SELECT id FROM game_session WHERE owner = ? AND quiz_id = ? AND class_id = ?"
      + " ORDER BY started_at, id";
}
