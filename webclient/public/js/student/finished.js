/**
 * The end on the phone: final rank and score, and the podium.
 * @module student/finished
 */
import { el, num, ordinal } from '../dom.js';

/**
 * @param {object} f the `finished` message (with this player's `score` and `rank`)
 * @param {string} name this player's nickname
 * @param {function(): void} onAgain leave and go back to the join screen
 * @returns {{node: HTMLElement}}
 */
export function finishedScreen(f, name, onAgain) {
  const rank = f.rank;
  const medal = rank >= 1 && rank <= 3 ? ['gold', 'silver', 'bronze'][rank - 1] : '';
  const node = el('section', { class: 'screen screen--center', dataset: { screen: 'finished' } },
    el('div', { class: 'card finished' },
      el('p', { class: 'eyebrow' }, 'Game over'),
      medal ? el('div', { class: `medal medal--${medal}`, 'aria-hidden': 'true' }, String(rank)) : null,
      el('h1', {}, rank ? `You finished ${ordinal(rank)}` : 'Thanks for playing'),
      el('p', { class: 'final-score' }, el('span', { class: 'final-score-value' }, num(f.score)), ' points'),
      (f.podium || []).length ? el('div', {},
        el('h2', { class: 'h3' }, 'Podium'),
        el('ol', { class: 'mini-podium' }, f.podium.map((p) =>
          el('li', { class: p.name === name ? 'is-me' : null }, el('span', { dir: 'auto' }, p.name), el('span', {}, num(p.score)))))) : null,
      el('button', { type: 'button', class: 'button button--block', onclick: onAgain }, 'Join another game')));
  return { node };
}
