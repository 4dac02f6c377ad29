/**
 * Teacher login, shared by the teacher console and the results pages.
 * @module login
 */
import { el, field, mount } from './dom.js';
import { get, post, ApiError } from './api.js';

/**
 * Resolves once a teacher is logged in: at once when the session cookie is still good,
 * else after the login form has been filled in.
 * @param {HTMLElement} app where to show the form
 * @returns {Promise<string>} the user name
 */
export async function ensureLogin(app) {
  try {
    const me = await get('/api/me');
    return (me && me.user) || 'teacher';
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) throw e;
  }
  return new Promise((resolve) => mount(app, loginScreen(resolve)));
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
    field('Password', password, 'The password printed when the server first started, unless you changed it.'),
    button);
  password.setAttribute('data-focus', '');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.hidden = true;
    button.disabled = true;
    try {
      await post('/api/login', { user: user.value.trim(), password: password.value });
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
  return { node: el('section', { class: 'screen screen--center', dataset: { screen: 'login' } }, form) };
}

/** Logs out and reloads the page (back to the login form). */
export async function logout() {
  try { await post('/api/logout'); } catch (e) { /* the session is gone either way */ }
  location.reload();
}
