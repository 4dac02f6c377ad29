/**
 * The waiting room on the phone: you're in, how many others are, wait for the teacher.
 * @module student/lobby
 */
import { el } from '../dom.js';

/**
 * @param {object} data
 * @param {string} data.name this player's nickname
 * @param {string} [data.title] the quiz title
 * @param {number} data.count players in the room
 * @returns {{node: HTMLElement, update: function(number): void}}
 */
export function lobbyScreen({ name, title, count }) {
  const countNode = el('p', { class: 'lobby-count', 'aria-live': 'polite' });
  const update = (n) => {
    countNode.textContent = n === 1 ? '1 player is in' : `${n} players are in`;
  };
  update(count);
  const node = el('section', { class: 'screen screen--center', dataset: { screen: 'lobby' } },
    el('div', { class: 'card lobby' },
      el('p', { class: 'eyebrow' }, title || 'Recall'),
      el('h1', {}, 'You’re in!'),
      el('p', { class: 'lobby-name', dir: 'auto' }, name),
      el('p', {}, 'See your nickname on the big screen? Now wait for your teacher to start.'),
      countNode,
      el('div', { class: 'pulse', 'aria-hidden': 'true' })));
  return { node, update };
}
