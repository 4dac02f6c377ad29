/**
 * Classes: make one from a pasted list of names, list them, open one (roster with codes and extra
 * time, print the join cards).
 * @module host/classes
 */
import { el, field } from '../dom.js';
import { get, post, request, seg } from '../api.js';
import { toast } from '../toast.js';

/** Names from pasted text: one a line, blank lines and list marks dropped. */
export function namesOf(text) {
  return text.split(/\r?\n/).map((l) => l.replace(/^\s*([-*•]|\d+[.)])\s*/, '').trim()).filter((l) => l.length > 0);
}

/**
 * @param {Array<object>} classes GET /api/classes
 * @returns {{node: HTMLElement}}
 */
export function classesScreen(classes) {
  const name = el('input', { id: 'class-name', type: 'text', class: 'input', required: true, maxlength: 200 });
  const names = el('textarea', { id: 'class-students', class: 'input', rows: 10, required: true });
  const error = el('p', { class: 'form-error', id: 'class-error', role: 'alert' });
  error.hidden = true;
  const form = el('form', { class: 'card', 'aria-describedby': 'class-error', dataset: { form: 'new-class' } },
    el('h2', {}, 'New class'),
    error,
    field('Class name', name, 'For example 9B History'),
    field('Students', names, 'Paste the names, one a line. Each student gets a personal join code.'),
    el('button', { type: 'submit', class: 'button button--primary' }, 'Make the class'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const students = namesOf(names.value);
    if (!name.value.trim() || students.length === 0) {
      error.textContent = 'Give the class a name and at least one student.';
      error.hidden = false;
      return;
    }
    try {
      const made = await post('/api/classes', { name: name.value.trim(), students });
      location.hash = `#class/${encodeURIComponent(made.id)}`;
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
    }
  });
  const list = classes.length === 0 ? el('p', { class: 'muted' }, 'No classes yet.')
    : el('ul', { class: 'class-list' }, classes.map((c) => el('li', {},
      el('a', { href: `#class/${encodeURIComponent(c.id)}` }, c.name), ` · ${c.studentCount} students`)));
  const node = el('section', { class: 'screen classes', dataset: { screen: 'classes' } },
    el('h1', {}, 'Classes'), list, form);
  return { node };
}

/**
 * One class: the roster with codes and extra time (editable), cards to print, delete.
 * @param {object} cls GET /api/classes/{id}
 * @returns {{node: HTMLElement}}
 */
export function classScreen(cls) {
  const rows = cls.students.map((s, i) => {
    const extra = el('select', { id: `extra-${i}`, class: 'input input--small', 'aria-label': `Extra time for ${s.name}` },
      ['1', '1.5', '2', '3'].map((f) => el('option', { value: f, selected: Number(f) === s.extraTime ? true : null }, f === '1' ? 'none' : `×${f}`)));
    return { s, extra, row: el('tr', { dataset: { student: s.id } }, el('td', {}, s.name), el('td', { class: 'code' }, s.code), el('td', {}, extra)) };
  });
  const status = el('p', { role: 'status', class: 'muted' });
  const save = el('button', { type: 'button', class: 'button' }, 'Save extra time');
  save.addEventListener('click', async () => {
    const students = rows.map(({ s, extra }) => ({ id: s.id, name: s.name, extraTime: Number(extra.value) }));
    try {
      await request('PUT', `/api/classes/${seg(cls.id)}`, { name: cls.name, students });
      status.textContent = 'Saved.';
    } catch (e) {
      status.textContent = e.message;
    }
  });
  const remove = el('button', { type: 'button', class: 'button button--ghost' }, 'Delete the class');
  remove.addEventListener('click', async () => {
    if (!window.confirm(`Delete ${cls.name}? Its codes stop working; past results stay.`)) return;
    await request('DELETE', `/api/classes/${seg(cls.id)}`);
    toast('Class deleted.');
    location.hash = '#classes';
  });
  const node = el('section', { class: 'screen class', dataset: { screen: 'class' } },
    el('p', {}, el('a', { href: '#classes' }, '← All classes')),
    el('div', { class: 'page-head' }, el('h1', {}, cls.name),
      el('div', { class: 'actions' },
        el('a', { class: 'button', href: `results.html#reteach?${new URLSearchParams({ class: cls.id })}` }, 'Results and what to re-teach'),
        el('a', { class: 'button button--primary', href: `cards.html?class=${encodeURIComponent(cls.id)}`, target: '_blank', rel: 'noopener' }, 'Print join cards'))),
    el('table', { class: 'table roster' },
      el('caption', {}, `${cls.students.length} students`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Name'), el('th', { scope: 'col' }, 'Code'), el('th', { scope: 'col' }, 'Extra time'))),
      el('tbody', {}, rows.map((r) => r.row))),
    el('div', { class: 'actions' }, save, remove), status);
  return { node };
}

/** The routes of this module: #classes and #class/ID. */
export async function classRoute(app, mountFn, page, arg) {
  if (page === 'classes') return mountFn(app, classesScreen(await get('/api/classes')));
  if (page === 'class' && arg) return mountFn(app, classScreen(await get(`/api/classes/${seg(arg)}`)));
  return null;
}

