/**
 * A class's students across its sessions, oldest first: one row a student, one column a session,
 * each cell the questions right of those asked, so a teacher can follow a student from lesson to
 * lesson. Built from GET /api/classes/{id}/history.
 * @module results/history
 */
import { el, num } from '../dom.js';
import { percent, when } from './format.js';

/**
 * @param {{students: Array<{id: string, name: string, sessions: Array<object>}>}} history
 * @returns {HTMLElement} a panel, or null when the class has sat nothing yet
 */
export function historyPanel(history) {
  const columns = new Map();
  for (const s of history.students) {
    for (const e of s.sessions) if (!columns.has(e.session)) columns.set(e.session, e);
  }
  if (!columns.size) return null;
  const sessions = [...columns.values()].sort((a, b) => a.at - b.at);
  const head = el('tr', {}, el('th', { scope: 'col' }, 'Student'),
    sessions.map((e) => el('th', { scope: 'col' }, when(e.at), el('br'),
      el('span', { class: 'muted' }, `${e.quiz}${e.mode === 'homework' ? ' · homework' : ''}`))));
  const rows = history.students.map((s) => {
    const bySession = new Map(s.sessions.map((e) => [e.session, e]));
    return el('tr', { dataset: { student: s.id } }, el('th', { scope: 'row' }, s.name),
      sessions.map((col) => {
        const e = bySession.get(col.session);
        if (!e) return el('td', { class: 'muted' }, el('span', { 'aria-hidden': 'true' }, '—'), el('span', { class: 'sr-only' }, 'did not sit it'));
        return el('td', { class: 'num', dataset: { session: e.session } },
          `${num(e.right)}/${num(e.asked)}`, el('span', { class: 'muted' }, ` (${percent(e.correctRate)})`));
      }));
  });
  return el('section', { class: 'panel', 'aria-labelledby': 'history-h' },
    el('h2', { id: 'history-h' }, 'Each student, session by session'),
    el('p', { class: 'muted' }, 'Questions right of those asked; in homework, only the questions a student reached.'),
    el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'history-h' },
      el('table', { class: 'table history' }, el('thead', {}, head), el('tbody', {}, rows))));
}
