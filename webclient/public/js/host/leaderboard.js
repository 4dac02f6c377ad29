/**
 * The leaderboard between questions: the ten best.
 * @module host/leaderboard
 */
import { el, num } from '../dom.js';

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
    (lb.top || []).length === 0 ? el('p', { class: 'projector-hint' }, 'No scores yet.') : null,
    el('div', { class: 'projector-foot' }, el('span'), nextButton));
  nextButton.setAttribute('data-focus', '');
  return { node };
}
