-- Schema version 1 of Recall, as server/src/main/java/recall/store/Sql.java had it at commit fb89ac6,
-- one statement a line. The migration test builds a version 1 database from it.
CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL)
CREATE TABLE IF NOT EXISTS account (name VARCHAR(64) PRIMARY KEY, salt VARCHAR(64) NOT NULL, hash VARCHAR(200) NOT NULL, iterations INT NOT NULL, created_at BIGINT NOT NULL)
CREATE TABLE IF NOT EXISTS quiz (id VARCHAR(64) PRIMARY KEY, doc VARCHAR(4000000) NOT NULL, origin VARCHAR(8) NOT NULL, deleted BOOLEAN DEFAULT FALSE NOT NULL, updated_at BIGINT NOT NULL)
CREATE TABLE IF NOT EXISTS game_session (id VARCHAR(40) PRIMARY KEY, quiz_id VARCHAR(64) NOT NULL, title VARCHAR(500) NOT NULL, pin VARCHAR(6) NOT NULL, started_at BIGINT NOT NULL, finished_at BIGINT)
CREATE CACHED TABLE IF NOT EXISTS session_question (session_id VARCHAR(40) NOT NULL, idx INT NOT NULL, question_id VARCHAR(64) NOT NULL, kind VARCHAR(16) NOT NULL, doc VARCHAR(1000000) NOT NULL, opened_at BIGINT, PRIMARY KEY (session_id, idx))
CREATE CACHED TABLE IF NOT EXISTS player (session_id VARCHAR(40) NOT NULL, id VARCHAR(40) NOT NULL, name VARCHAR(100) NOT NULL, joined_at BIGINT NOT NULL, kicked BOOLEAN DEFAULT FALSE NOT NULL, PRIMARY KEY (session_id, id))
CREATE CACHED TABLE IF NOT EXISTS answer (session_id VARCHAR(40) NOT NULL, player_id VARCHAR(40) NOT NULL, idx INT NOT NULL, answer VARCHAR(20000) NOT NULL, correct BOOLEAN NOT NULL, fraction DOUBLE NOT NULL, points INT NOT NULL, ms INT NOT NULL, answered_at BIGINT NOT NULL, PRIMARY KEY (session_id, player_id, idx))
