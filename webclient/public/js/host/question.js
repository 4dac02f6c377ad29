/**
 * The question on the projector: large text and options, countdown, how many answered, close early.
 * @module host/question
 */
import { el, num } from '../dom.js';
import { shapeIcon, shapeOf } from '../shapes.js';
import { countdown } from '../countdown.js';
import { KIND_NAMES } from '../answers.js';

/**
 * @param {object} q the `question` message
 * @param {object} actions
 * @param {function(): void} actions.close close the question early
 * @param {function(): void} actions.end end the game
 * @returns {{node: HTMLElement, cleanup: function(): void, progress: function(number, number): void}}
 */
export function questionScreen(q, { close, end }) {
  const timer = countdown(q.remainingMs, q.timeLimitMs, { large: true });
  const answered = el('span', { class: 'progress-number' }, '0');
  const players = el('span', {}, '0');
  const closeButton = el('button', { type: 'button', class: 'button button--primary', dataset: { action: 'close' }, onclick: close }, 'Close now');
  const node = el('section', { class: `screen projector host-question question--${q.kind}`, dataset: { screen: 'host-question', index: q.index } },
    el('div', { class: 'projector-head' },
      el('span', { class: 'question-number' }, `Question ${q.index + 1} of ${q.total}`),
      el('span', { class: 'kind-badge' }, KIND_NAMES[q.kind] || q.kind),
      timer.node),
    el('h1', { class: 'projector-question' }, q.text),
    body(q),
    el('div', { class: 'projector-foot' },
      el('p', { class: 'progress', role: 'status', 'aria-live': 'polite' }, answered, ' of ', players, ' answered'),
      el('div', { class: 'lobby-actions' }, el('button', { type: 'button', class: 'button button--ghost', onclick: end }, 'End game'), closeButton)));
  closeButton.setAttribute('data-focus', '');
  return {
    node,
    cleanup: timer.stop,
    progress(a, p) {
      answered.textContent = num(a);
      players.textContent = num(p);
    },
  };
}

function body(q) {
  if (q.kind === 'order') {
    return el('div', {},
      el('p', { class: 'projector-hint' }, 'Put these in the right order on your phone:'),
      el('ul', { class: 'projector-items' }, (q.options || []).map((o) => el('li', {}, o.text))));
  }
  if (q.kind === 'numeric' || q.kind === 'text') {
    return el('p', { class: 'projector-hint projector-hint--big' }, q.kind === 'numeric' ? 'Type a number on your phone' : 'Type your answer on your phone');
  }
  return el('ul', { class: `projector-options answers--${(q.options || []).length}` }, (q.options || []).map((text, i) =>
    el('li', { class: `projector-option tone-${shapeOf(i).tone}` }, shapeIcon(i), el('span', {}, text))));
}
