/**
 * The podium at the end, with every player's standing below it.
 * @module host/podium
 */
import { el, num, ordinal } from '../dom.js';

/**
 * @param {object} f the `finished` message (host: with `standings`)
 * @param {function(): void} onNewGame
 * @returns {{node: HTMLElement}}
 */
export function podiumScreen(f, onNewGame) {
  const podium = f.podium || [];
  // Second, first, third: the classic podium shape.
  const places = [podium[1], podium[0], podium[2]].map((p, i) => (p ? el('li', { class: `podium-place podium-place--${[2, 1, 3][i]}` },
    el('span', { class: 'podium-name', dir: 'auto' }, p.name),
    el('span', { class: 'podium-score' }, `${num(p.score)} pts`),
    el('span', { class: 'podium-block' }, el('span', { class: 'podium-rank' }, ordinal(p.rank || [2, 1, 3][i])))) : null));
  const standings = f.standings || [];
  const resultsLink = f.sessionId ? el('a', { class: 'button', href: `results.html#${encodeURIComponent(f.sessionId)}`, dataset: { action: 'results' } }, 'Results of this game') : null;
  const node = el('section', { class: 'screen projector host-podium', dataset: { screen: 'host-podium' } },
    el('h1', { class: 'projector-title' }, 'Podium'),
    el('ol', { class: 'podium', 'aria-label': 'Top three' }, places),
    standings.length > 3 ? el('details', { class: 'standings' },
      el('summary', {}, `All ${standings.length} players`),
      el('ol', {}, standings.map((p) => el('li', {}, `${ordinal(p.rank)} `, el('bdi', { dir: 'auto' }, p.name), ` — ${num(p.score)}`)))) : null,
    el('div', { class: 'projector-foot' },
      resultsLink || el('span'),
      el('button', { type: 'button', class: 'button button--primary', onclick: onNewGame }, 'New game')));
  if (resultsLink) resultsLink.setAttribute('data-focus', '');
  return { node };
}
