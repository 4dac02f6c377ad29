/**
 * The "Staff" screen, for admins: add a teacher and hand over a one-time password, see every
 * teacher's last log-in, reset a password, remove an account.
 * @module host/staff
 */
import { el, field, replace, announce } from '../dom.js';
import { get, post, request, seg } from '../api.js';

/** @param {string|null} iso @returns {string} */
function when(iso) {
  return iso ? new Date(iso).toLocaleString() : 'never';
}

/**
 * @param {object} opts
 * @param {string} opts.me the admin's own user name (it cannot remove itself)
 * @returns {{node: HTMLElement}}
 */
export function staffScreen({ me }) {
  const handover = el('div', { class: 'card handover', id: 'staff-handover', role: 'status', 'aria-live': 'polite' });
  handover.hidden = true;
  const tbody = el('tbody', {});
  const listError = el('p', { class: 'form-error', role: 'alert' });
  listError.hidden = true;

  const showPassword = (user, password) => {
    replace(handover,
      el('h2', {}, `One-time password for ${user}`),
      el('p', { class: 'one-time', dataset: { user } }, el('code', { id: 'staff-password' }, password)),
      el('p', { class: 'hint' }, 'Hand it over now: it is shown only once. At the first log-in it must be changed.'));
    handover.hidden = false;
    announce(`One-time password for ${user} shown.`);
  };

  const refresh = async () => {
    try {
      const teachers = await get('/api/teachers');
      replace(tbody, ...teachers.map((t) => row(t)));
      listError.hidden = true;
    } catch (e) {
      listError.textContent = e.message;
      listError.hidden = false;
    }
  };

  const row = (t) => {
    const reset = el('button', { type: 'button', class: 'button button--small', 'aria-label': `Reset password of ${t.user}` }, 'Reset password');
    reset.addEventListener('click', async () => {
      try {
        const answer = await post(`/api/teachers/${seg(t.user)}/reset`);
        showPassword(t.user, answer.password);
      } catch (e) {
        listError.textContent = e.message;
        listError.hidden = false;
      }
    });
    const remove = el('button', { type: 'button', class: 'button button--small button--ghost', 'aria-label': `Remove ${t.user}` }, 'Remove');
    remove.addEventListener('click', async () => {
      if (!window.confirm(`Remove ${t.user}? They can no longer log in; what they made stays stored.`)) return;
      try {
        await request('DELETE', `/api/teachers/${seg(t.user)}`);
        announce(`${t.user} removed.`);
        refresh();
      } catch (e) {
        listError.textContent = e.message;
        listError.hidden = false;
      }
    });
    return el('tr', { dataset: { user: t.user } },
      el('td', {}, t.user),
      el('td', {}, t.displayName || ''),
      el('td', {}, t.admin ? 'admin' : 'teacher'),
      el('td', {}, when(t.lastLoginAt)),
      el('td', {}, reset, t.user === me ? null : remove));
  };

  const user = el('input', { id: 'staff-user', name: 'user', class: 'input', autocomplete: 'off', required: true });
  const display = el('input', { id: 'staff-display', name: 'displayName', class: 'input', autocomplete: 'off' });
  const error = el('p', { class: 'form-error', id: 'staff-error', role: 'alert' });
  error.hidden = true;
  const form = el('form', { class: 'card', novalidate: true },
    el('h2', {}, 'Add a teacher'),
    error,
    field('User name', user, 'Lower-case letters, digits, dot, dash or underscore.'),
    field('Display name', display),
    el('button', { type: 'submit', class: 'button button--primary' }, 'Add teacher'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    user.removeAttribute('aria-invalid');
    try {
      const added = await post('/api/teachers', { user: user.value.trim(), displayName: display.value.trim() });
      showPassword(added.user, added.password);
      user.value = '';
      display.value = '';
      refresh();
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
      user.setAttribute('aria-invalid', 'true');
      user.setAttribute('aria-describedby', 'staff-user-hint staff-error');
      user.focus();
    }
  });

  refresh();
  return {
    node: el('section', { class: 'screen', dataset: { screen: 'staff' } },
      el('h1', {}, 'Staff'),
      form,
      handover,
      el('h2', {}, 'Teachers'),
      listError,
      el('table', { class: 'table staff-table' },
        el('caption', { class: 'sr-only' }, 'Teachers on this server'),
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col' }, 'User'), el('th', { scope: 'col' }, 'Name'), el('th', { scope: 'col' }, 'Role'),
          el('th', { scope: 'col' }, 'Last log-in'), el('th', { scope: 'col' }, 'Actions'))),
        tbody)),
  };
}
