/**
 * The leaderboard between questions: the ten best.
 * @module host/leaderboard
 */
import { el, num } from '../dom.js';

/** What the projector says instead of names when the room's leaderboard mode hides them. */
const HIDDEN = {
  self: 'Each student sees their own rank on their phone.',
  off: 'No ranking in this game: everyone plays for the right answers.',
};

/**
 * @param {object} lb the `leaderboard` message
 * @param {object} data
 * @param {boolean} data.last the last question was just revealed
 * @param {function(): void} next open the next question, or finish
 * @returns {{node: HTMLElement}}
 */
export function leaderboardScreen(lb, { last }, next) {
  const nextButton = el('button', { type: 'button', class: 'button button--primary', dataset: { action: 'next' }, onclick: next },
    last ? 'Finish: podium ▶' : 'Next question ▶');
  const node = el('section', { class: 'screen projector host-leaderboard', dataset: { screen: 'host-leaderboard' } },
    el('h1', { class: 'projector-title' }, 'Leaderboard'),
    el('ol', { class: 'leaderboard' }, (lb.top || []).map((p, i) => el('li', { class: 'leaderboard-row' },
      el('span', { class: 'leaderboard-rank' }, String(p.rank || i + 1)),
      el('span', { class: 'leaderboard-name', dir: 'auto' }, p.name),
      el('span', { class: 'leaderboard-score' }, num(p.score))))),
    (lb.top || []).length === 0 ? el('p', { class: 'projector-hint' }, HIDDEN[lb.leaderboard] || 'No scores yet.') : null,
    el('div', { class: 'projector-foot' }, el('span'), nextButton));
  nextButton.setAttribute('data-focus', '');
  return { node };
}
