/**
 * "Answer received": shown only once the server said `answered` (the answer is stored).
 * @module student/answered
 */
import { el } from '../dom.js';
import { countdown } from '../countdown.js';
import { describeAnswer } from '../answers.js';

/**
 * @param {object} q the open `question`
 * @param {object|null} answer what this phone sent, if it remembers (not after a reload)
 * @returns {{node: HTMLElement, cleanup: function(): void}}
 */
export function answeredScreen(q, answer) {
  const timer = countdown(q.remainingMs, q.timeLimitMs);
  const node = el('section', { class: 'screen screen--center', dataset: { screen: 'answered', index: q.index } },
    el('div', { class: 'card answered' },
      el('div', { class: 'big-mark big-mark--sent', 'aria-hidden': 'true' }, '✓'),
      el('h1', {}, 'Answer received'),
      answer ? el('p', { class: 'your-answer' }, 'You answered: ', el('strong', {}, describeAnswer(answer, q.options))) : null,
      el('p', {}, 'Waiting for the others and the clock…'),
      timer.node));
  return { node, cleanup: timer.stop };
}
