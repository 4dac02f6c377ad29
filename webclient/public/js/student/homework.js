/**
 * Homework on the phone: each student at their own pace. A start screen (where they stand, the
 * deadline) with a "Next question" button, and the explanation and notes' line under each outcome.
 * @module student/homework
 */
import { el } from '../dom.js';

/**
 * @param {object} data
 * @param {string} data.title
 * @param {number} data.answered questions done so far
 * @param {number} data.total
 * @param {number} [data.dueAt] epoch ms
 * @param {function(): void} onNext
 * @returns {{node: HTMLElement}}
 */
export function homeworkScreen({ title, answered, total, dueAt }, onNext) {
  const due = dueAt ? new Date(dueAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }) : '';
  const label = answered > 0 ? 'Go on' : 'Start';
  const node = el('section', { class: 'screen screen--center', dataset: { screen: 'homework' } },
    el('div', { class: 'card notice' },
      el('h1', {}, title || 'Homework'),
      el('p', {}, answered > 0 ? `You have done ${answered} of ${total} questions.` : `${total} questions, at your own pace.`),
      due ? el('p', { class: 'hint' }, `Due ${due}. You can stop and come back later.`) : null,
      el('button', { type: 'button', class: 'button button--primary button--block', dataset: { action: 'next' }, onclick: onNext }, label)));
  return { node };
}

/**
 * What an outcome adds in homework: the explanation, the line of the notes, and the way on.
 * @param {object} o the `outcome` message
 * @param {function(): void} onNext
 * @returns {HTMLElement}
 */
export function homeworkOutcomeExtra(o, onNext) {
  const last = o.index + 1 >= (o.total || 0);
  return el('div', { class: 'card homework-extra' },
    o.explanation ? el('p', { class: 'explanation' }, o.explanation) : null,
    o.source ? el('blockquote', { class: 'source-line' }, o.source) : null,
    last ? null : el('button', { type: 'button', class: 'button button--primary button--block', dataset: { action: 'next' }, onclick: onNext }, 'Next question'));
}
