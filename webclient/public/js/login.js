/**
 * Teacher login, shared by the teacher console and the results pages.
 * @module login
 */
import { el, field, mount, replace } from './dom.js';
import { get, post, ApiError } from './api.js';
import { passwordScreen } from './account/password.js';

/**
 * Resolves once a teacher is logged in: at once when the session cookie is still good,
 * else after the login form has been filled in.
 * @param {HTMLElement} app where to show the form
 * @returns {Promise<string>} the user name
 */
export async function ensureLogin(app) {
  return (await whoAmI(app)).user;
}

/**
 * Like {@link ensureLogin}, but resolves with GET /api/me's answer, after a log-in and, for a
 * one-time password, a password change if need be.
 * @param {HTMLElement} app where to show the forms
 * @returns {Promise<{user: string, displayName: string, admin: boolean}>}
 */
export async function whoAmI(app) {
  for (;;) {
    try {
      return await get('/api/me');
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.code === 'password-change-required') {
        await new Promise((resolve) => mount(app, passwordScreen({ forced: true, onDone: resolve })));
      } else if (e.status === 401) {
        await new Promise((resolve) => mount(app, loginScreen(resolve)));
      } else {
        throw e;
      }
    }
  }
}

/**
 * @param {function(string): void} onDone called with the user name after a good login
 * @returns {{node: HTMLElement}}
 */
export function loginScreen(onDone) {
  const user = el('input', { id: 'login-user', name: 'user', class: 'input', autocomplete: 'username', required: true, value: 'teacher' });
  const password = el('input', { id: 'login-password', name: 'password', class: 'input', type: 'password', autocomplete: 'current-password', required: true });
  const message = el('p', { class: 'form-error', role: 'alert' });
  message.hidden = true;
  const button = el('button', { type: 'submit', class: 'button button--primary button--block' }, 'Log in');
  const form = el('form', { class: 'card login', novalidate: true },
    el('h1', {}, 'Teacher login'),
    message,
    field('User name', user),
    field('Password', password, 'Your own password, or the one-time password you were given.'),
    button);
  password.setAttribute('data-focus', '');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.hidden = true;
    button.disabled = true;
    try {
      const answer = await post('/api/login', { user: user.value.trim(), password: password.value });
      if (answer && answer.mustChangePassword) {
        // A one-time password: nothing else until the teacher has chosen their own.
        const once = password.value;
        replace(screen, passwordScreen({ current: once, forced: true, onDone: () => onDone(user.value.trim()) }).node);
        return;
      }
      onDone(user.value.trim());
    } catch (e) {
      message.hidden = false;
      if (e.status === 401) message.textContent = 'Wrong user name or password.';
      else if (e.status === 429) message.textContent = `Too many tries. Wait ${e.retryAfter || 30} seconds and try again.`;
      else message.textContent = e.message;
      password.select();
      password.focus();
    } finally {
      button.disabled = false;
    }
  });
  const screen = el('section', { class: 'screen screen--center', dataset: { screen: 'login' } }, form);
  return { node: screen };
}

/** Logs out and reloads the page (back to the login form). */
export async function logout() {
  try { await post('/api/logout'); } catch (e) { /* the session is gone either way */ }
  location.reload();
}
