/**
 * The review queue's state: the drafts for one notes document, each pending, accepted or
 * discarded, kept in localStorage so a reload keeps the teacher's review.
 * @module editor/review-state
 */

const PREFIX = 'recall.review.';

/**
 * @param {string} notesId
 * @returns {Array<{q: object, status: string, checks: Array<object>}>}
 */
export function loadQueue(notesId) {
  try {
    return JSON.parse(localStorage.getItem(PREFIX + notesId) || '[]');
  } catch (e) {
    return [];
  }
}

/**
 * @param {string} notesId
 * @param {Array<object>} queue
 */
export function keepQueue(notesId, queue) {
  try { localStorage.setItem(PREFIX + notesId, JSON.stringify(queue)); } catch (e) { /* only the safety copy is lost */ }
}

/**
 * New drafts join the queue; a draft that asks the same as one already there (same stem) is left out.
 * @param {Array<object>} queue
 * @param {Array<object>} drafts
 * @returns {Array<object>}
 */
export function addDrafts(queue, drafts) {
  const seen = new Set(queue.map((d) => d.q.text));
  const out = [...queue];
  for (const q of drafts) {
    if (seen.has(q.text)) continue;
    seen.add(q.text);
    out.push({ q, status: 'pending', checks: [] });
  }
  return out;
}
