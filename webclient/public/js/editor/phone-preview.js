/**
 * A question as a phone shows it, in a phone-sized frame beside the editor: the student's own
 * question screen, fed the `question` message the server would send (answers go nowhere).
 * @module editor/phone-preview
 */
import { el } from '../dom.js';
import { questionScreen } from '../student/question.js';

/**
 * @param {object} q a question of the quiz document
 * @param {number} index
 * @param {number} total
 * @param {function(): void} onClose
 * @returns {{node: HTMLElement, cleanup: function(): void}}
 */
export function phonePreview(q, index, total, onClose) {
  const limit = (q.timeLimitSeconds || 20) * 1000;
  const options = q.kind === 'order'
    ? (q.items || []).map((text, i) => ({ id: String.fromCharCode(97 + i), text })).reverse()
    : q.kind === 'truefalse' ? ['True', 'False'] : (q.options || []);
  const message = { type: 'question', index, total, id: q.id, kind: q.kind, text: q.text || '(no text yet)', options, timeLimitMs: limit, remainingMs: limit };
  const screen = questionScreen(message, { onAnswer: () => {} });
  const node = el('aside', { class: 'panel phone-preview', 'aria-labelledby': 'phone-preview-title', dataset: { preview: q.id } },
    el('div', { class: 'page-head' },
      el('h2', { id: 'phone-preview-title' }, `Question ${index + 1} on a phone`),
      el('button', { type: 'button', class: 'button button--small', onclick: onClose }, 'Close preview')),
    el('div', { class: 'phone-frame' }, screen.node));
  return { node, cleanup: () => screen.cleanup && screen.cleanup() };
}
