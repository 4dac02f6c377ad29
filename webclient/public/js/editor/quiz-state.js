/**
 * The editor's state: one quiz document being edited, kept in localStorage on every change so a
 * reload (or a closed tab) loses nothing; the copy is dropped once the server has saved the quiz.
 * @module editor/quiz-state
 */
import { put, post, seg } from '../api.js';
import { document as toDocument } from './question-model.js';

const PREFIX = 'recall.editor.';

function key(id) {
  return PREFIX + (id || 'new');
}

/**
 * An unsaved copy kept for this quiz, or null.
 * @param {string|null} id the quiz id, null for a new quiz
 * @returns {{quiz: object, savedAt: number}|null}
 */
export function loadDraft(id) {
  try {
    const raw = localStorage.getItem(key(id));
    return raw ? JSON.parse(raw) : null;
  } catch (e) {
    return null;
  }
}

/**
 * Keeps an unsaved copy of the quiz.
 * @param {string|null} id
 * @param {object} quiz
 */
export function keepDraft(id, quiz) {
  try {
    localStorage.setItem(key(id), JSON.stringify({ quiz, savedAt: Date.now() }));
  } catch (e) {
    // A full or blocked storage only loses the safety copy, never the quiz on screen.
  }
}

/** @param {string|null} id */
export function dropDraft(id) {
  try { localStorage.removeItem(key(id)); } catch (e) { /* nothing kept */ }
}

/**
 * Saves the quiz: POST for a new one, PUT for one that exists. Clears the kept copy on success.
 * @param {object} quiz the editor's quiz (`_id` is the id it has on the server, if any)
 * @returns {Promise<{id: string}>}
 * @throws {ApiError} with `body.problems` when the server refuses the document
 */
export async function saveQuiz(quiz) {
  const doc = toDocument(quiz);
  const existing = quiz._id || null;
  let answer;
  if (existing) {
    doc.id = existing;
    answer = await put(`/api/quizzes/${seg(existing)}`, doc);
  } else {
    delete doc.id;
    answer = await post('/api/quizzes', doc);
  }
  dropDraft(existing);
  return answer;
}

/**
 * The server's validation problems and item-writing checks for the quiz, as POST /api/quizzes/check answers.
 * @param {object} quiz
 * @returns {Promise<{problems: Array<object>, checks: Array<object>}>}
 */
export function checkQuiz(quiz) {
  const doc = toDocument(quiz);
  if (!doc.id) doc.id = 'draft';
  if (!doc.title) doc.title = 'Untitled';
  return post('/api/quizzes/check', doc);
}
