/**
 * One notes document: the viewer with coverage, the drafting form (a line range or a section,
 * which kinds, how many) and the review queue of its drafts.
 * @module editor/notes-screen
 */
import { el, field, announce } from '../dom.js';
import { get, post, seg } from '../api.js';
import { KINDS, freshId } from './question-model.js';
import { notesViewer, coveredLines, sectionRanges } from './notes-viewer.js';
import { reviewQueue } from './review-queue.js';
import { loadQueue, keepQueue, addDrafts } from './review-state.js';
import { keepDraft } from './quiz-state.js';

/**
 * Loads and shows the notes screen.
 * @param {string} id the notes id
 * @returns {Promise<{node: HTMLElement}>}
 */
export async function openNotes(id) {
  const [notes, coverage, quizzes] = await Promise.all([
    get(`/api/notes/${seg(id)}`),
    get(`/api/notes/${seg(id)}/coverage`).catch(() => null),
    get('/api/quizzes'),
  ]);
  let queue = loadQueue(id);
  const keep = (next) => { queue = next; keepQueue(id, queue); };
  const lineCount = (notes.lines || []).length;

  const from = el('input', { id: 'draft-from', class: 'input input--short', type: 'number', min: 1, max: lineCount, value: 1 });
  const to = el('input', { id: 'draft-to', class: 'input input--short', type: 'number', min: 1, max: lineCount, value: lineCount });
  const viewer = notesViewer(notes, { covered: coveredLines(coverage), onRange: (a, b) => { from.value = a; to.value = b; } });
  const ranges = sectionRanges(notes);
  const section = el('select', { id: 'draft-section', class: 'input', onchange: (e) => {
    const r = e.target.value === '' ? null : ranges[Number(e.target.value)];
    if (r) viewer.select(r.from, r.to);
    else { viewer.select(0, 0); from.value = 1; to.value = lineCount; }
  } }, el('option', { value: '' }, 'All the notes'), ranges.map((r, i) => el('option', { value: i }, `${r.title} (lines ${r.from}–${r.to})`)));
  const kinds = el('fieldset', { class: 'field kinds' }, el('legend', {}, 'Kinds of question'),
    KINDS.map(([value, name]) => el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'draft-kind', value, checked: true }), ` ${name}`)));
  const max = el('input', { id: 'draft-max', class: 'input input--short', type: 'number', min: 1, max: 100, value: 12 });
  const error = el('p', { id: 'draft-error', class: 'form-error', role: 'alert', hidden: true });
  const status = el('p', { class: 'muted', role: 'status' });

  const queueView = reviewQueue({
    queue, quizzes, onChange: keep,
    onSend: async (accepted, target) => {
      try {
        await sendToQuiz(notes, accepted, target);
        keep(queue.filter((d) => !accepted.includes(d.q)));
        location.hash = `#edit/${target ? encodeURIComponent(target) : 'new'}`;
      } catch (e) {
        error.textContent = e.message;
        error.hidden = false;
      }
    },
  });

  const form = el('form', { class: 'draft-form', novalidate: true, onsubmit: async (e) => {
    e.preventDefault();
    error.hidden = true;
    [from, to].forEach((n) => { n.removeAttribute('aria-invalid'); n.removeAttribute('aria-describedby'); });
    const a = Number(from.value);
    const b = Number(to.value);
    if (!(a >= 1 && b >= a && b <= lineCount)) {
      error.textContent = `Choose lines from 1 to ${lineCount}, the first no later than the last.`;
      error.hidden = false;
      [from, to].forEach((n) => { n.setAttribute('aria-invalid', 'true'); n.setAttribute('aria-describedby', 'draft-error'); });
      from.focus();
      return;
    }
    const chosen = [...kinds.querySelectorAll('input:checked')].map((c) => c.value);
    status.textContent = 'Drafting…';
    try {
      const answer = await post(`/api/notes/${seg(id)}/drafts`, { from: a, to: b, kinds: chosen, max: Number(max.value) || 12 });
      const drafts = answer.drafts || [];
      keep(addDrafts(queue, drafts));
      queueView.update(queue);
      status.textContent = `${drafts.length} drafts from lines ${a}–${b}. Checking them…`;
      await checkDrafts(notes.id, queue);
      keep(queue);
      queueView.update(queue);
      status.textContent = `${drafts.length} drafts from lines ${a}–${b}, ready to review.`;
      announce(status.textContent);
    } catch (err) {
      status.textContent = '';
      error.textContent = err.message;
      error.hidden = false;
    }
  } },
  field('Section', section),
  el('div', { class: 'field-row' }, field('From line', from), field('To line', to)),
  kinds, field('At most', max, 'How many drafts to keep, the best first.'),
  error, status,
  el('button', { type: 'submit', class: 'button button--primary', dataset: { action: 'draft' } }, 'Draft questions'));

  const node = el('section', { class: 'screen notes-screen', dataset: { screen: 'notes-viewer', notes: notes.id } },
    el('div', { class: 'page-head' }, el('h1', {}, notes.title), el('a', { class: 'button', href: '#notes' }, 'All notes')),
    el('div', { class: 'notes-layout' },
      el('section', { class: 'panel', 'aria-labelledby': 'notes-lines-title' },
        el('h2', { id: 'notes-lines-title' }, 'The notes'),
        el('p', { class: 'hint' }, 'Click a line number to select it; Shift+click extends the range. Highlighted lines are already asked about.'),
        viewer.node),
      el('div', {},
        el('section', { class: 'panel', 'aria-labelledby': 'draft-title' }, el('h2', { id: 'draft-title' }, 'Draft questions'), form),
        queueView.node)));
  return { node };
}

/** The item-writing checks for each draft still to review, one one-question document each. */
async function checkDrafts(notesId, queue) {
  await Promise.all(queue.filter((d) => d.status === 'pending' && !(d.checks && d.checks.length)).map(async (d) => {
    try {
      const { _uid, ...q } = d.q;
      const r = await post('/api/quizzes/check', { id: 'draft', title: 'Draft', notes: notesId, questions: [{ ...q, id: q.id || 'draft-1' }] });
      d.checks = r.checks || [];
    } catch (e) {
      d.checks = [];
    }
  }));
}

/** Puts accepted drafts into a new quiz or a quiz of the teacher's, as an unsaved copy the editor opens. */
async function sendToQuiz(notes, accepted, target) {
  const quiz = target ? await get(`/api/quizzes/${seg(target)}`) : { title: `${notes.title}: questions`, notes: notes.id, questions: [] };
  if (target) quiz._id = target;
  if (quiz.notes && quiz.notes !== notes.id) throw new Error('That quiz cites other notes: put these questions into a new quiz.');
  quiz.notes = notes.id;
  for (const q of accepted) {
    const copy = { ...q };
    delete copy._uid;
    if (!copy.id || quiz.questions.some((o) => o.id === copy.id)) copy.id = freshId(quiz.questions);
    quiz.questions.push(copy);
  }
  keepDraft(target || null, quiz);
}
