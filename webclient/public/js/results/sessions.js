/**
 * Every past game, newest first.
 * @module results/sessions
 */
import { el, num } from '../dom.js';
import { when, toDate } from './format.js';

/**
 * @param {Array<{id,quiz,title,startedAt,finishedAt,players,questions}>} sessions
 * @returns {{node: HTMLElement}}
 */
export function sessionsScreen(sessions) {
  const sorted = [...sessions].sort((a, b) => ((toDate(b.startedAt) || 0) - (toDate(a.startedAt) || 0)));
  const node = el('section', { class: 'screen', dataset: { screen: 'sessions' } },
    el('div', { class: 'page-head' }, el('h1', {}, 'Results'), el('a', { class: 'button', href: 'host.html' }, 'Quizzes')),
    sorted.length === 0 ? el('p', { class: 'card' }, 'No games yet. Results appear here after the first game.') :
      el('div', { class: 'table-wrap' }, el('table', { class: 'table sessions' },
        el('caption', { class: 'sr-only' }, 'Past games, newest first'),
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col' }, 'Quiz'), el('th', { scope: 'col' }, 'Played'),
          el('th', { scope: 'col', class: 'num' }, 'Players'), el('th', { scope: 'col', class: 'num' }, 'Questions'),
          el('th', { scope: 'col' }, 'Status'), el('th', { scope: 'col' }, 'Insight'))),
        el('tbody', {}, sorted.map((s) => el('tr', { dataset: { session: s.id } },
          el('th', { scope: 'row' }, el('a', { href: `#${encodeURIComponent(s.id)}` }, s.title || s.quiz)),
          el('td', {}, when(s.startedAt)),
          el('td', { class: 'num' }, num(s.players)),
          el('td', { class: 'num' }, num(s.questions)),
          el('td', {}, s.finishedAt ? (s.endedEarly ? el('span', { class: 'badge badge--warn' }, 'Ended early') : 'Finished')
            : s.mode === 'homework' ? 'Open' : el('span', { class: 'badge badge--warn' }, 'Cut short'), s.mode === 'homework' ? ' · homework' : ''),
          el('td', {}, el('a', { href: `#reteach?${new URLSearchParams(s.class ? { quiz: s.quiz, class: s.class } : { quiz: s.quiz })}`,
            'aria-label': `What to re-teach: ${s.title || s.quiz}`, dataset: { action: 'reteach' } }, 'Re-teach'))))))));
  return { node };
}
