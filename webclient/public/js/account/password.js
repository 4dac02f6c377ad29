/**
 * The "Change password" form: for everyone from the header, and the only screen a teacher with a
 * one-time password sees until it is changed.
 * @module account/password
 */
import { el, field } from '../dom.js';
import { post } from '../api.js';

/**
 * @param {object} opts
 * @param {string} [opts.current] the one-time password just typed at log-in, so it is not asked again
 * @param {boolean} [opts.forced] shown instead of everything else after a one-time password
 * @param {function(): void} opts.onDone called after the change was accepted
 * @returns {{node: HTMLElement}}
 */
export function passwordScreen({ current, forced, onDone }) {
  const currentInput = el('input', { id: 'pw-current', name: 'current', class: 'input', type: 'password', autocomplete: 'current-password', required: true });
  const next = el('input', { id: 'pw-new', name: 'new', class: 'input', type: 'password', autocomplete: 'new-password', required: true, minlength: '10' });
  const again = el('input', { id: 'pw-again', name: 'again', class: 'input', type: 'password', autocomplete: 'new-password', required: true });
  const message = el('p', { class: 'form-error', id: 'pw-error', role: 'alert' });
  message.hidden = true;
  const button = el('button', { type: 'submit', class: 'button button--primary button--block' }, 'Change password');
  const form = el('form', { class: 'card login', novalidate: true },
    el('h1', {}, forced ? 'Choose your own password' : 'Change password'),
    forced ? el('p', {}, 'You logged in with a one-time password. Choose a password of your own before you go on.') : null,
    message,
    current ? null : field(forced ? 'One-time password' : 'Current password', currentInput),
    field('New password', next, 'At least 10 characters, not your user name, not a common password.'),
    field('New password again', again),
    button);
  (current ? next : currentInput).setAttribute('data-focus', '');
  const show = (text, input) => {
    message.textContent = text;
    message.hidden = false;
    for (const i of [currentInput, next, again]) i.removeAttribute('aria-invalid');
    input.setAttribute('aria-invalid', 'true');
    // The error is tied to its field, so a screen reader reads it with the field.
    input.setAttribute('aria-describedby', [input.id === 'pw-new' ? 'pw-new-hint' : null, 'pw-error'].filter(Boolean).join(' '));
    input.focus();
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.hidden = true;
    if (next.value !== again.value) return show('The two new passwords are not the same.', again);
    button.disabled = true;
    try {
      await post('/api/password', { current: current || currentInput.value, new: next.value });
      onDone();
    } catch (e) {
      if (e.code === 'weak-password') show(e.message, next);
      else if (e.code === 'wrong-password') show(current ? 'The one-time password is not right: log in again.' : 'The current password is not right.', currentInput.isConnected ? currentInput : next);
      else show(e.message, next);
    } finally {
      button.disabled = false;
    }
    return undefined;
  });
  return { node: el('section', { class: 'screen screen--center', dataset: { screen: 'password' } }, form) };
}
