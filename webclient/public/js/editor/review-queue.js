/**
 * The review queue: every draft with its kind, stem, answer, the quote and line it cites, the rule
 * that made it and its confidence, and the item-writing checks; accept, edit or discard each, or
 * accept a selection at once; the accepted ones go into a new quiz or one of the teacher's own.
 * @module editor/review-queue
 */
import { el, replace, announce } from '../dom.js';
import { KINDS } from './question-model.js';
import { questionForm } from './question-form.js';

const KIND_NAME = new Map(KINDS);
let uid = 10000;

/** The right answer in words, as a teacher checks it. */
export function answerText(q) {
  const opts = q.options || [];
  switch (q.kind) {
    case 'single': case 'multiple': return (q.answer || []).map((i) => opts[i]).join(' + ');
    case 'truefalse': return (q.answer || [])[0] === 0 ? 'True' : 'False';
    case 'numeric': return q.answer ? `${q.answer.value}${q.answer.tolerance ? ` (± ${q.answer.tolerance})` : ''}` : '';
    case 'order': return (q.items || []).join(' → ');
    case 'text': return (q.accept || []).join(' / ');
    default: return 'A poll: no right answer';
  }
}

/**
 * @param {object} data
 * @param {Array<{q, status, checks}>} data.queue
 * @param {Array<{id,title,shared}>} data.quizzes the teacher's quizzes (shared ones are not targets)
 * @param {function(Array<object>): void} data.onChange the queue changed (keep it)
 * @param {function(Array<object>, string): void} data.onSend accepted questions → target ('' = a new quiz, else a quiz id)
 * @returns {{node: HTMLElement, update: function(Array<object>): void}}
 */
export function reviewQueue({ queue, quizzes, onChange, onSend }) {
  let items = queue;
  let editing = null;
  const list = el('ol', { class: 'review-list' });
  const summary = el('p', { class: 'muted', role: 'status' });
  const target = el('select', { id: 'review-target', class: 'input' },
    el('option', { value: '' }, 'A new quiz'),
    quizzes.filter((q) => !q.shared).map((q) => el('option', { value: q.id }, q.title)));
  const send = el('button', { type: 'button', class: 'button button--primary', dataset: { action: 'send-accepted' }, onclick: () => {
    const accepted = items.filter((d) => d.status === 'accepted').map((d) => d.q);
    if (accepted.length) onSend(accepted, target.value);
  } }, 'Add the accepted questions');
  const acceptSelected = el('button', { type: 'button', class: 'button', dataset: { action: 'accept-selected' }, onclick: () => {
    const chosen = [...list.querySelectorAll('input.review-select:checked')].map((c) => Number(c.value));
    chosen.forEach((i) => { items[i].status = 'accepted'; });
    changed();
    announce(`${chosen.length} drafts accepted.`);
  } }, 'Accept the selected');

  const changed = () => {
    onChange(items);
    draw();
  };

  function card(d, i) {
    const q = d.q;
    if (!q._uid) q._uid = uid++;
    const head = el('div', { class: 'question-card-head' },
      el('label', { class: 'check' }, el('input', { type: 'checkbox', class: 'review-select', value: i, 'aria-label': `Select draft ${i + 1}` })),
      el('h3', { class: 'h3' }, `Draft ${i + 1} · ${KIND_NAME.get(q.kind) || q.kind}`),
      el('span', { class: `badge${d.status === 'accepted' ? '' : ' badge--warn'}`, dataset: { status: d.status } },
        d.status === 'accepted' ? 'Accepted' : d.status === 'discarded' ? 'Discarded' : 'To review'));
    const actions = el('div', { class: 'list-actions' },
      el('button', { type: 'button', class: 'button button--small button--primary', dataset: { action: 'accept' }, 'aria-label': `Accept draft ${i + 1}`,
        onclick: () => { d.status = 'accepted'; changed(); } }, 'Accept'),
      el('button', { type: 'button', class: 'button button--small', dataset: { action: 'edit' }, 'aria-label': `Edit draft ${i + 1}`,
        onclick: () => { editing = editing === i ? null : i; draw(); } }, editing === i ? 'Done editing' : 'Edit'),
      el('button', { type: 'button', class: 'button button--small button--ghost', dataset: { action: 'discard' }, 'aria-label': `Discard draft ${i + 1}`,
        onclick: () => { d.status = 'discarded'; changed(); } }, 'Discard'));
    const body = editing === i
      ? el('ol', { class: 'question-list' }, questionForm(q, { index: i, total: items.length, problems: [], checks: d.checks || [], hasNotes: false,
        onChange: () => onChange(items), onAction: () => {} }))
      : el('div', {},
        el('p', { class: 'review-stem' }, q.text),
        q.options && q.kind !== 'truefalse' ? el('ul', { class: 'preview-options' }, q.options.map((o) => el('li', {}, o))) : null,
        el('p', {}, el('strong', {}, 'Answer: '), answerText(q)),
        q.source ? el('blockquote', { class: 'source' }, `Line ${q.source.line}: “${q.source.quote}”`) : null,
        el('p', { class: 'muted' }, `Rule: ${(q.draft && q.draft.rule) || 'unknown'} · confidence ${q.draft ? Math.round(q.draft.confidence * 100) : '?'}%`),
        (d.checks || []).length ? el('ul', { class: 'check-list' }, d.checks.map((c) => el('li', { dataset: { rule: c.rule } },
          el('span', { class: 'badge badge--warn' }, 'Check'), ` ${c.message}`))) : null);
    return el('li', { class: `panel review-card review-card--${d.status}`, dataset: { draft: i, status: d.status, kind: q.kind } }, head, body, actions);
  }

  function draw() {
    const visible = items.map((d, i) => [d, i]).filter(([d]) => d.status !== 'discarded');
    replace(list, visible.length ? visible.map(([d, i]) => card(d, i)) : el('li', { class: 'muted' }, 'No drafts to review: choose lines and draft questions.'));
    const accepted = items.filter((d) => d.status === 'accepted').length;
    summary.textContent = `${visible.length} drafts · ${accepted} accepted`;
    send.disabled = accepted === 0;
  }
  draw();

  const node = el('section', { class: 'panel review-queue', 'aria-labelledby': 'review-title', dataset: { screen: 'review' } },
    el('h2', { id: 'review-title' }, 'Review queue'), summary,
    el('div', { class: 'list-actions' }, acceptSelected),
    list,
    el('div', { class: 'review-send' },
      el('div', { class: 'field' }, el('label', { for: 'review-target' }, 'Put the accepted questions into'), target),
      send));
  return { node, update: (next) => { items = next; draw(); } };
}
