/**
 * Homework in the console: "Set as homework" for a quiz (deadline, class or anyone with the link,
 * timer on or off), the list of assignments, and an assignment's page with live progress.
 * @module host/homework
 */
import { el, field, replace } from '../dom.js';
import { get, post, seg } from '../api.js';

const POLL_MS = 3000;

/** A datetime-local value a week from now, at 17:00. */
function nextWeek() {
  const d = new Date(Date.now() + 7 * 86400000);
  d.setHours(17, 0, 0, 0);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * @param {object} quiz the quiz document
 * @param {Array<object>} classes GET /api/classes
 * @returns {{node: HTMLElement}}
 */
export function setHomeworkScreen(quiz, classes) {
  const due = el('input', { id: 'hw-due', type: 'datetime-local', class: 'input', required: true, value: nextWeek() });
  const who = el('select', { id: 'hw-class', class: 'input' },
    el('option', { value: '' }, 'Anyone with the link (nicknames)'),
    classes.map((c) => el('option', { value: c.id }, `${c.name} (join with their codes)`)));
  const timer = el('input', { id: 'hw-timer', type: 'checkbox', checked: true });
  const error = el('p', { class: 'form-error', id: 'hw-error', role: 'alert' });
  error.hidden = true;
  const form = el('form', { class: 'card', 'aria-describedby': 'hw-error', dataset: { form: 'homework' } },
    error,
    field('Due', due, 'After this nothing more is accepted.'),
    field('For', who),
    el('div', { class: 'field field--check' }, timer, el('label', { for: 'hw-timer' }, 'Timed questions (off: no time limit, scored on accuracy)')),
    el('button', { type: 'submit', class: 'button button--primary' }, 'Set as homework'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const dueAt = new Date(due.value).getTime();
    if (!Number.isFinite(dueAt) || dueAt <= Date.now()) {
      error.textContent = 'Pick a deadline in the future.';
      error.hidden = false;
      due.setAttribute('aria-invalid', 'true');
      return;
    }
    const body = { quiz: quiz.id, dueAt, timer: timer.checked };
    if (who.value) body.class = who.value;
    try {
      const made = await post('/api/assignments', body);
      location.hash = `#assignment/${encodeURIComponent(made.id)}`;
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
    }
  });
  const node = el('section', { class: 'screen set-homework', dataset: { screen: 'set-homework' } },
    el('p', {}, el('a', { href: `#quiz/${encodeURIComponent(quiz.id)}` }, '← The quiz')),
    el('h1', {}, `Set as homework: ${quiz.title}`), form);
  return { node };
}

/** @param {Array<object>} list GET /api/assignments */
export function assignmentsScreen(list) {
  const node = el('section', { class: 'screen assignments', dataset: { screen: 'assignments' } },
    el('h1', {}, 'Homework'),
    list.length === 0 ? el('p', { class: 'muted' }, 'No homework set yet. Open a quiz and choose “Set as homework”.')
      : el('ul', {}, list.map((a) => el('li', {},
        el('a', { href: `#assignment/${encodeURIComponent(a.id)}` }, a.title),
        ` · due ${new Date(a.dueAt).toLocaleString()} · ${a.state}`))));
  return { node };
}

function progressRows(a) {
  return a.players.map((p) => el('tr', { dataset: { player: p.id || p.studentId } },
    el('td', {}, p.name),
    el('td', {}, `${p.answered} / ${p.total}`),
    el('td', {}, String(p.score)),
    el('td', {}, p.finished ? 'Done' : p.started ? (p.connected ? 'Working now' : 'Started') : 'Not started')));
}

/**
 * An assignment with its progress, polled while it is open.
 * @param {object} a GET /api/assignments/{id}
 * @returns {{node: HTMLElement, cleanup: function(): void}}
 */
export function assignmentScreen(a) {
  const body = el('tbody', {}, progressRows(a));
  const state = el('p', { role: 'status', class: 'muted', dataset: { state: a.state } }, stateText(a));
  const close = el('button', { type: 'button', class: 'button' }, 'Close now');
  close.hidden = a.state !== 'open';
  close.addEventListener('click', async () => {
    const closed = await post(`/api/assignments/${seg(a.id)}/close`, {});
    state.textContent = stateText(closed);
    state.dataset.state = closed.state;
    close.hidden = true;
  });
  const timer = setInterval(async () => {
    try {
      const now = await get(`/api/assignments/${seg(a.id)}`);
      replace(body, ...progressRows(now));
      state.textContent = stateText(now);
      state.dataset.state = now.state;
      if (now.state !== 'open') close.hidden = true;
    } catch (e) { /* the next poll tries again */ }
  }, POLL_MS);
  const node = el('section', { class: 'screen assignment', dataset: { screen: 'assignment' } },
    el('p', {}, el('a', { href: '#assignments' }, '← All homework')),
    el('div', { class: 'page-head' }, el('h1', {}, a.title), close),
    el('p', {}, 'Students open ', el('a', { href: a.joinUrl }, a.joinUrl), ` (PIN ${a.pin}).`),
    state,
    el('table', { class: 'table progress' },
      el('caption', {}, 'Progress'),
      el('thead', {}, el('tr', {}, ['Student', 'Answered', 'Score', 'Status'].map((h) => el('th', { scope: 'col' }, h)))),
      body));
  return { node, cleanup: () => clearInterval(timer) };
}

function stateText(a) {
  return a.state === 'open' ? `Open until ${new Date(a.dueAt).toLocaleString()}.` : 'Closed: nothing more is accepted.';
}

/** The routes of this module: #homework/QUIZ, #assignments, #assignment/ID. */
export async function homeworkRoute(app, mountFn, page, arg) {
  if (page === 'homework' && arg) {
    const [quiz, classes] = await Promise.all([get(`/api/quizzes/${seg(arg)}`), get('/api/classes')]);
    return mountFn(app, setHomeworkScreen(quiz, classes));
  }
  if (page === 'assignments') return mountFn(app, assignmentsScreen(await get('/api/assignments')));
  if (page === 'assignment' && arg) return mountFn(app, assignmentScreen(await get(`/api/assignments/${seg(arg)}`)));
  return null;
}
