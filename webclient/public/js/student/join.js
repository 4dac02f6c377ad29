/**
 * The join screen: PIN (pre-filled from `?pin=`) and nickname.
 * @module student/join
 */
import { el, field } from '../dom.js';
import { MAX_NAME, MAX_NAME_UNITS, nameLength, cleanName } from './name-rule.js';

export { MAX_NAME };

/**
 * @param {object} data
 * @param {string} [data.pin]
 * @param {string} [data.name]
 * @param {string} [data.error] message shown above the form
 * @param {'pin'|'name'} [data.errorField] the field the error is about
 * @param {boolean} [data.byCode] a class room: ask for the personal code on the student's card, not a nickname
 * @param {string} [data.code] the code (from `?code=`)
 * @param {function(string, string, boolean): void} onJoin called with a valid PIN and the trimmed name or code, and byCode
 * @returns {{node: HTMLElement, setBusy: function(boolean): void}}
 */
export function joinScreen({ pin = '', name = '', error = '', errorField = '', byCode = false, code = '' }, onJoin) {
  const pinInput = el('input', {
    id: 'pin', name: 'pin', type: 'text', inputmode: 'numeric', autocomplete: 'off', pattern: '[0-9]{6}',
    maxlength: 6, required: true, value: pin, class: 'input input--pin', 'aria-invalid': errorField === 'pin' ? 'true' : null,
  });
  const nameInput = byCode
    ? el('input', {
      id: 'code', name: 'code', type: 'text', autocomplete: 'off', maxlength: 16, required: true, value: code,
      class: 'input input--code', autocapitalize: 'characters', spellcheck: 'false',
      'aria-invalid': errorField === 'name' ? 'true' : null,
    })
    : el('input', {
      id: 'name', name: 'name', type: 'text', autocomplete: 'nickname', maxlength: MAX_NAME_UNITS, required: true, dir: 'auto',
      value: name, class: 'input', autocapitalize: 'words', spellcheck: 'false',
      'aria-invalid': errorField === 'name' ? 'true' : null,
    });
  const message = el('p', { class: 'form-error', id: 'join-error', role: 'alert' }, error);
  message.hidden = !error;
  const button = el('button', { type: 'submit', class: 'button button--primary button--block' }, 'Join');

  const form = el('form', { class: 'card join', novalidate: true, 'aria-describedby': 'join-error' },
    el('h1', {}, 'Join the game'),
    message,
    field('Game PIN', pinInput, 'The 6 digits on the big screen'),
    byCode ? field('Your code', nameInput, 'The code on your card from the teacher')
      : field('Your nickname', nameInput, `1 to ${MAX_NAME} characters. Everyone will see it.`),
    button);

  const fail = (text, input) => {
    message.textContent = text;
    message.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  };
  pinInput.addEventListener('input', () => {
    const digits = pinInput.value.replace(/\D/g, '').slice(0, 6);
    if (digits !== pinInput.value) pinInput.value = digits;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    pinInput.removeAttribute('aria-invalid');
    nameInput.removeAttribute('aria-invalid');
    const p = pinInput.value.replace(/\D/g, '');
    const n = cleanName(nameInput.value);
    if (p.length !== 6) return fail('The PIN has 6 digits. Look at the big screen.', pinInput);
    if (byCode) {
      if (n.replace(/[\s-]/g, '').length < 5) return fail('Type the code on your card.', nameInput);
      return onJoin(p, n, true);
    }
    if (nameLength(n) < 1) return fail('Type a nickname.', nameInput);
    if (nameLength(n) > MAX_NAME) return fail(`Keep the nickname to ${MAX_NAME} characters.`, nameInput);
    onJoin(p, n, false);
  });

  const node = el('section', { class: 'screen', dataset: { screen: 'join' } }, form);
  if (error) {
    message.setAttribute('data-focus', '');
  } else if (pin) {
    nameInput.setAttribute('data-focus', '');
  }
  return {
    node,
    setBusy(busy) {
      button.disabled = busy;
      button.textContent = busy ? 'Joining…' : 'Join';
    },
  };
}
