/**
 * One question in the editor: its kind, text, answer fields, time limit, explanation and source,
 * with the server's problems and checks shown beside the fields they name.
 * @module editor/question-form
 */
import { el, replace } from '../dom.js';
import { KINDS, switchKind } from './question-model.js';

/**
 * @param {object} q the question (changed in place for typing; replaced on a kind switch)
 * @param {object} opts
 * @param {number} opts.index 0-based position
 * @param {number} opts.total how many questions the quiz has
 * @param {Array<object>} opts.problems the server's problems for this question
 * @param {Array<object>} opts.checks the item-writing warnings for this question
 * @param {function(object, boolean): void} opts.onChange (question, structural) after any edit
 * @param {function(string): void} opts.onAction 'up' | 'down' | 'duplicate' | 'delete' | 'preview' | 'source'
 * @param {boolean} opts.hasNotes whether the quiz names notes to pick a source line from
 * @returns {HTMLElement}
 */
export function questionForm(q, opts) {
  const card = el('li', { class: 'panel question-card', dataset: { question: q.id, index: opts.index } });
  render(card, q, opts);
  card.addEventListener('keydown', (e) => {
    // Alt+Arrow moves the question, as the buttons do, without leaving the keyboard.
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      opts.onAction(e.key === 'ArrowUp' ? 'up' : 'down');
    }
  });
  return card;
}

function render(card, q, opts) {
  const id = `q${q._uid}`;
  const changed = (structural) => {
    opts.onChange(q, structural);
    if (structural) render(card, q, opts);
  };

  const kind = el('select', { id: `${id}-kind`, class: 'input', onchange: (e) => {
    const next = switchKind(q, e.target.value);
    Object.keys(q).forEach((k) => delete q[k]);
    Object.assign(q, next, { _uid: Number(id.slice(1)) });
    changed(true);
    card.querySelector(`#${id}-kind`).focus();
  } }, KINDS.map(([value, name]) => el('option', { value, selected: value === q.kind }, name)));

  const text = el('textarea', { id: `${id}-text`, class: 'input', rows: 2,
    oninput: (e) => { q.text = e.target.value; changed(false); } });
  text.value = q.text || '';

  const seconds = el('input', { id: `${id}-time`, class: 'input input--short', type: 'number', min: 5, max: 300, step: 1,
    value: q.timeLimitSeconds ?? '', placeholder: 'quiz default',
    oninput: (e) => { q.timeLimitSeconds = e.target.value === '' ? undefined : Number(e.target.value); changed(false); } });

  const explanation = el('textarea', { id: `${id}-explanation`, class: 'input', rows: 2,
    oninput: (e) => { q.explanation = e.target.value; changed(false); } });
  explanation.value = q.explanation || '';

  const button = (action, label, aria, disabled = false) => el('button', { type: 'button', class: 'button button--small',
    'aria-label': aria, disabled, dataset: { action }, onclick: () => opts.onAction(action) }, label);

  const source = q.source
    ? el('p', { class: 'source', id: `${id}-source` }, `Line ${q.source.line}: “${q.source.quote}”`)
    : el('p', { class: 'muted', id: `${id}-source` }, 'No source line.');

  replace(card,
    el('div', { class: 'question-card-head' },
      el('span', { class: 'drag-handle', draggable: 'true', title: 'Drag to move', 'aria-hidden': 'true' }, '⠿'),
      el('h3', { class: 'h3', id: `${id}-title` }, `Question ${opts.index + 1}`),
      el('span', { class: 'list-actions' },
        button('up', '↑', `Move question ${opts.index + 1} up (Alt+Up)`, opts.index === 0),
        button('down', '↓', `Move question ${opts.index + 1} down (Alt+Down)`, opts.index === opts.total - 1),
        button('duplicate', 'Duplicate', `Duplicate question ${opts.index + 1}`),
        button('preview', 'Preview', `Preview question ${opts.index + 1} as a phone shows it`),
        button('delete', 'Delete', `Delete question ${opts.index + 1}`))),
    el('div', { class: 'field' }, el('label', { for: `${id}-kind` }, 'Kind'), kind),
    el('div', { class: 'field' }, el('label', { for: `${id}-text` }, 'Question text'), text),
    answerFields(q, id, changed),
    el('div', { class: 'field' }, el('label', { for: `${id}-time` }, 'Time limit (seconds)'), seconds),
    el('div', { class: 'field' }, el('label', { for: `${id}-explanation` }, 'Explanation (shown after the reveal)'), explanation),
    el('div', { class: 'field source-field' },
      el('span', { class: 'field-label' }, 'Source in the notes'), source,
      opts.hasNotes ? button('source', 'Pick a line in the notes', `Pick the source line of question ${opts.index + 1} in the notes`) : null,
      q.source ? el('button', { type: 'button', class: 'button button--small button--ghost', onclick: () => { delete q.source; changed(true); } }, 'Remove source') : null),
    el('div', { id: `${id}-messages`, class: 'question-messages', role: 'status' }));
  setMessages(card, q, opts.problems || [], opts.checks || []);
}

function answerFields(q, id, changed) {
  if (q.kind === 'truefalse') {
    return el('fieldset', { class: 'field' }, el('legend', {}, 'The statement is'),
      ['True', 'False'].map((name, i) => el('label', { class: 'check' },
        el('input', { type: 'radio', name: `${id}-tf`, checked: q.answer && q.answer[0] === i, onchange: () => { q.answer = [i]; changed(false); } }), ` ${name}`)));
  }
  if (q.kind === 'numeric') {
    const a = q.answer || { value: 0, tolerance: 0 };
    q.answer = a;
    const num = (name, label) => {
      const input = el('input', { id: `${id}-${name}`, class: 'input input--short', type: 'number', step: 'any', value: a[name] ?? 0, oninput: (e) => { a[name] = e.target.value === '' ? 0 : Number(e.target.value); changed(false); } });
      return el('div', { class: 'field' }, el('label', { for: input.id }, label), input);
    };
    return el('div', { class: 'field-row' }, num('value', 'Right answer'), num('tolerance', 'Accepted within ±'));
  }
  if (q.kind === 'text') {
    const input = el('textarea', { id: `${id}-accept`, class: 'input', rows: 2,
      oninput: (e) => { q.accept = e.target.value.split('\n').map((s) => s.trim()).filter(Boolean); changed(false); } });
    input.value = (q.accept || []).join('\n');
    return el('div', { class: 'field' }, el('label', { for: input.id }, 'Accepted answers, one a line'), input);
  }
  const listName = q.kind === 'order' ? 'items' : 'options';
  const list = q[listName] || (q[listName] = []);
  const legend = q.kind === 'order' ? 'Items, in the right order' : q.kind === 'poll' ? 'Options' : 'Options (tick the right one' + (q.kind === 'multiple' ? 's)' : ')');
  return el('fieldset', { class: 'field options-field', id: `${id}-${listName}-set` },
    el('legend', {}, legend),
    list.map((value, i) => {
      const input = el('input', { id: `${id}-${listName}-${i}`, class: 'input', value,
        oninput: (e) => { list[i] = e.target.value; changed(false); } });
      const label = q.kind === 'order' ? `Item ${i + 1}` : `Option ${i + 1}`;
      const right = q.kind === 'single' || q.kind === 'multiple'
        ? el('label', { class: 'check' }, el('input', { type: q.kind === 'single' ? 'radio' : 'checkbox', name: `${id}-right`,
          checked: (q.answer || []).includes(i), onchange: (e) => {
            if (q.kind === 'single') q.answer = [i];
            else q.answer = e.target.checked ? [...new Set([...(q.answer || []), i])].sort((a, b) => a - b) : (q.answer || []).filter((x) => x !== i);
            changed(false);
          } }), ' right')
        : null;
      return el('div', { class: 'option-row' }, el('label', { for: input.id }, label), input, right,
        el('button', { type: 'button', class: 'button button--small button--ghost', 'aria-label': `Remove ${label.toLowerCase()}`,
          disabled: list.length <= 2, onclick: () => {
            list.splice(i, 1);
            if (Array.isArray(q.answer)) q.answer = q.answer.filter((x) => x !== i).map((x) => (x > i ? x - 1 : x));
            if (q.kind === 'single' && !q.answer.length) q.answer = [0];
            changed(true);
          } }, 'Remove'));
    }),
    el('button', { type: 'button', class: 'button button--small', disabled: list.length >= 8, onclick: () => { list.push(''); changed(true); } },
      q.kind === 'order' ? 'Add an item' : 'Add an option'));
}

/** Where a problem's field is on the card: the element whose aria-describedby names it. */
function targetOf(card, id, q, field) {
  const base = (field || '').replace(/[[.].*/, '');
  const index = /\[(\d+)\]/.exec(field || '');
  const byId = (suffix) => card.querySelector(`#${id}-${suffix}`);
  if (base === 'options' || base === 'items') return (index && byId(`${base}-${index[1]}`)) || byId(`${base}-set`);
  if (base === 'answer') return byId('value') || byId('options-set') || byId('kind');
  if (base === 'timeLimitSeconds') return byId('time');
  return byId(base) || byId('text');
}

/**
 * Shows the server's problems and checks for one question, each problem tied to its field with
 * aria-describedby (and aria-invalid), without rebuilding the fields (the focus stays put).
 * @param {HTMLElement} card
 * @param {object} q
 * @param {Array<object>} problems
 * @param {Array<object>} checks
 */
export function setMessages(card, q, problems, checks) {
  const id = `q${q._uid}`;
  const box = card.querySelector(`#${id}-messages`);
  if (!box) return;
  card.querySelectorAll('[aria-describedby]').forEach((n) => { n.removeAttribute('aria-invalid'); n.removeAttribute('aria-describedby'); });
  replace(box,
    problems.length ? el('ul', { class: 'form-error problem-list' }, problems.map((p, k) => el('li', { id: `${id}-problem-${k}`, dataset: { field: p.field || '' } },
      el('strong', {}, 'Problem: '), p.field ? `${p.field}: ${p.message}` : p.message))) : null,
    checks.length ? el('ul', { class: 'check-list' }, checks.map((c) => el('li', { dataset: { rule: c.rule } },
      el('span', { class: 'badge badge--warn' }, 'Check'), ` ${c.message}`))) : null);
  problems.forEach((p, k) => {
    const target = targetOf(card, id, q, p.field);
    if (!target) return;
    const before = target.getAttribute('aria-describedby');
    target.setAttribute('aria-describedby', before ? `${before} ${id}-problem-${k}` : `${id}-problem-${k}`);
    if (target.matches('input, textarea, select')) target.setAttribute('aria-invalid', 'true');
  });
}
