/**
 * The question on the phone: text, countdown and the way to answer for each kind.
 * One tap (or one Send) sends; the screen then waits for the server's `answered`.
 * @module student/question
 */
import { el, announce } from '../dom.js';
import { shapeIcon, shapeOf } from '../shapes.js';
import { countdown } from '../countdown.js';
import { KIND_NAMES } from '../answers.js';
import { orderPicker } from './order.js';

/**
 * @param {object} q the `question` message
 * @param {object} handlers
 * @param {function(object): void} handlers.onAnswer called with the answer fields ({choice}, {value}, {order} or {text})
 * @param {boolean} [handlers.sending] an answer for this question is already on its way
 * @returns {{node: HTMLElement, cleanup: function(): void, sending: function(): void, fail: function(string): void, closed: function(string): void}}
 */
export function questionScreen(q, { onAnswer, sending = false }) {
  // A homework without a timer has no time limit (timeLimitMs null).
  const timer = q.timeLimitMs == null
    ? { node: el('p', { class: 'countdown countdown--none' }, 'No time limit'), stop: () => {} }
    : countdown(q.remainingMs, q.timeLimitMs);
  const status = el('p', { class: 'answer-status', role: 'status', 'aria-live': 'polite' });
  const controls = [];
  let locked = false;

  const submit = (answer) => {
    if (locked) return;
    setSending();
    onAnswer(answer);
  };
  const setSending = () => {
    locked = true;
    controls.forEach((c) => c.disable());
    status.textContent = 'Sending your answer…';
    status.className = 'answer-status answer-status--sending';
  };

  const area = answerArea(q, submit, controls);
  const node = el('section', { class: `screen question question--${q.kind}`, dataset: { screen: 'question', kind: q.kind, index: q.index } },
    el('div', { class: 'question-head' },
      el('span', { class: 'question-number' }, `Question ${q.index + 1} of ${q.total}`),
      el('span', { class: 'kind-badge' }, KIND_NAMES[q.kind] || q.kind),
      timer.node),
    el('h1', { class: 'question-text', 'data-focus': '' }, q.text),
    area,
    status);
  if (sending) setSending();

  return {
    node,
    cleanup: timer.stop,
    sending: setSending,
    /** The server refused the answer in a way that allows another try. */
    fail(message) {
      locked = false;
      controls.forEach((c) => c.enable());
      status.textContent = message;
      status.className = 'answer-status answer-status--error';
      announce(message);
    },
    /** The question is over for this phone (too late). */
    closed(message) {
      locked = true;
      controls.forEach((c) => c.disable());
      status.textContent = message;
      status.className = 'answer-status answer-status--error';
    },
  };
}

function answerArea(q, submit, controls) {
  switch (q.kind) {
    case 'single':
    case 'truefalse':
    case 'poll':
      return choiceButtons(q, submit, controls);
    case 'multiple':
      return multipleButtons(q, submit, controls);
    case 'numeric':
      return entryForm(q, submit, controls, {
        label: 'Your number', inputmode: 'decimal', maxlength: 32,
        read: (raw) => {
          const cleaned = raw.trim().replace(/\s/g, '').replace(',', '.');
          if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return { error: 'Type a number, like 1934 or 69.6.' };
          return { answer: { value: Number(cleaned) } };
        },
      });
    case 'text':
      return entryForm(q, submit, controls, {
        label: 'Your answer', inputmode: 'text', maxlength: 200,
        read: (raw) => (raw.trim() ? { answer: { text: raw.trim() } } : { error: 'Type your answer first.' }),
      });
    case 'order': {
      const picker = orderPicker(q.options || [], (order) => submit({ order }));
      controls.push(picker);
      return picker.node;
    }
    default:
      return el('p', { class: 'card' }, 'This kind of question cannot be answered here. Please update the page.');
  }
}

function optionButton(q, i, text, attrs) {
  const s = shapeOf(i);
  return el('button', { type: 'button', class: `answer tone-${s.tone}`, dataset: { index: i, shape: s.name }, ...attrs },
    shapeIcon(i), el('span', { class: 'answer-text' }, text));
}

function choiceButtons(q, submit, controls) {
  const buttons = (q.options || []).map((text, i) => optionButton(q, i, text, {
    onclick: () => {
      buttons.forEach((b) => b.setAttribute('aria-pressed', String(b === buttons[i])));
      submit({ choice: [i] });
    },
  }));
  controls.push({
    disable: () => buttons.forEach((b) => { b.disabled = true; }),
    enable: () => buttons.forEach((b) => { b.disabled = false; b.removeAttribute('aria-pressed'); }),
  });
  return el('div', { class: `answers answers--${buttons.length}`, role: 'group', 'aria-label': 'Answers' }, buttons);
}

function multipleButtons(q, submit, controls) {
  const chosen = new Set();
  const send = el('button', { type: 'button', class: 'button button--primary button--block', disabled: true, dataset: { action: 'send' },
    onclick: () => submit({ choice: [...chosen].sort((a, b) => a - b) }) }, 'Send answer');
  const buttons = (q.options || []).map((text, i) => optionButton(q, i, text, {
    'aria-pressed': 'false',
    onclick: () => {
      if (chosen.has(i)) chosen.delete(i); else chosen.add(i);
      buttons[i].setAttribute('aria-pressed', String(chosen.has(i)));
      send.disabled = chosen.size === 0;
    },
  }));
  controls.push({
    disable: () => { buttons.forEach((b) => { b.disabled = true; }); send.disabled = true; },
    enable: () => { buttons.forEach((b) => { b.disabled = false; }); send.disabled = chosen.size === 0; },
  });
  return el('div', { class: 'multiple' },
    el('p', { class: 'hint' }, 'Choose all the right answers, then send.'),
    el('div', { class: `answers answers--${buttons.length}`, role: 'group', 'aria-label': 'Answers (choose several)' }, buttons),
    send);
}

function entryForm(q, submit, controls, { label, inputmode, maxlength, read }) {
  const input = el('input', { id: `entry-${q.index}`, class: 'input input--big', type: 'text', inputmode, maxlength,
    autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false', enterkeyhint: 'send' });
  const error = el('p', { class: 'form-error', role: 'alert' });
  error.hidden = true;
  const button = el('button', { type: 'submit', class: 'button button--primary button--block', dataset: { action: 'send' } }, 'Send answer');
  const form = el('form', { class: 'entry', novalidate: true },
    el('label', { for: input.id }, label), input, error, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = read(input.value);
    if (result.error) {
      error.textContent = result.error;
      error.hidden = false;
      input.focus();
      return;
    }
    error.hidden = true;
    submit(result.answer);
  });
  controls.push({
    disable: () => { input.disabled = true; button.disabled = true; },
    enable: () => { input.disabled = false; button.disabled = false; },
  });
  return form;
}
