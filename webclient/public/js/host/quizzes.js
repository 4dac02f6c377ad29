/**
 * The teacher's home: games still open, and the quizzes by section.
 * @module host/quizzes
 */
import { el, num } from '../dom.js';
import { quizActions } from '../editor/quiz-actions.js';

/**
 * @param {object} data
 * @param {Array<{id,title,questionCount,section}>} data.quizzes
 * @param {Array<{pin,title,state,players,hostKey}>} data.rooms games still open (may be empty)
 * @param {function(object): void} data.onOpenRoom re-attach to an open game
 * @param {function(): void} [data.onReload] read the questions folder again
 * @param {function(): void} [data.onChanged] a quiz was duplicated or deleted (reload the list)
 * @returns {{node: HTMLElement}}
 */
export function quizzesScreen({ quizzes, rooms, onOpenRoom, onReload, onChanged = () => {} }) {
  const bySection = new Map();
  // Sections in order of their names; within one, the server's order (the order of the notes).
  [...quizzes].sort((a, b) => (a.section || '').localeCompare(b.section || ''))
    .forEach((q) => {
      const key = q.section || 'Other quizzes';
      if (!bySection.has(key)) bySection.set(key, []);
      bySection.get(key).push(q);
    });

  const open = rooms.filter((r) => r.state !== 'finished');
  const roomsPart = open.length ? el('section', { class: 'panel', 'aria-labelledby': 'open-rooms' },
    el('h2', { id: 'open-rooms' }, 'Games still open'),
    el('ul', { class: 'list' }, open.map((r) => el('li', { class: 'list-row' },
      el('span', { class: 'list-main' }, el('strong', {}, r.title), ` · PIN ${r.pin} · ${roomState(r)} · ${plural(r.players, 'player')}`),
      el('button', { type: 'button', class: 'button', onclick: () => onOpenRoom(r) }, 'Open on this screen'))))) : null;

  const node = el('section', { class: 'screen dashboard', dataset: { screen: 'quizzes' } },
    el('div', { class: 'page-head' },
      el('h1', {}, 'Quizzes'),
      el('span', { class: 'list-actions' },
        el('a', { class: 'button button--primary', href: '#edit/new', dataset: { action: 'new-quiz' } }, 'New quiz'),
        el('a', { class: 'button', href: '#import', dataset: { action: 'import' } }, 'Import'),
        el('a', { class: 'button', href: '#notes', dataset: { action: 'notes' } }, 'Notes'),
        onReload ? el('button', { type: 'button', class: 'button', dataset: { action: 'reload' }, onclick: onReload }, 'Reload the question folder') : null,
        el('a', { class: 'button', href: 'results.html' }, 'Past results'))),
    roomsPart,
    quizzes.length === 0 ? el('p', { class: 'card' }, 'No quizzes yet: make one with New quiz, import a file, or draft questions from your notes.') : null,
    [...bySection.entries()].map(([section, list]) => el('section', { class: 'panel' },
      el('h2', {}, section),
      el('ul', { class: 'list quiz-list' }, list.map((q) => el('li', { class: 'list-row', dataset: { quiz: q.id } },
        el('span', { class: 'list-main' },
          el('a', { href: `#quiz/${encodeURIComponent(q.id)}`, class: 'quiz-title' }, q.title),
          el('span', { class: 'muted' }, ` · ${plural(q.questionCount, 'question')}`),
          el('span', { class: 'muted', dataset: { owner: q.shared ? 'shared' : 'mine' } }, q.shared ? ' · shared bank' : ' · yours')),
        el('span', { class: 'list-actions' },
          el('a', { class: 'button', href: `#quiz/${encodeURIComponent(q.id)}` }, 'Preview'),
          el('a', { class: 'button button--primary', href: `#start/${encodeURIComponent(q.id)}`, dataset: { action: 'start' } }, 'Start'),
          quizActions(q, onChanged))))))));
  return { node };
}

/** "1 player", "3 players". */
function plural(n, word) {
  return `${num(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** Where an open game is, in the teacher's words. */
function roomState(r) {
  switch (r.state) {
    case 'lobby':
    case 'starting':
      return 'In the lobby';
    case 'question':
      return r.total ? `Question ${r.index + 1} of ${r.total}` : 'A question is open';
    case 'reveal':
      return 'Showing the answer';
    default:
      return r.state;
  }
}
