/**
 * The quiz editor: the quiz's title, section, notes and default time limit, and its questions
 * (add, duplicate, delete, reorder by drag or keyboard, switch kind), checked by the server as the
 * teacher types, previewed as a phone shows them, and saved through the API. Every change is kept
 * in localStorage until the server has it.
 * @module editor/quiz-editor
 */
import { el, field, replace, announce } from '../dom.js';
import { get, seg, ApiError } from '../api.js';
import { toast } from '../toast.js';
import { KINDS, blank, freshId } from './question-model.js';
import { questionForm, setMessages } from './question-form.js';
import { phonePreview } from './phone-preview.js';
import { notesViewer } from './notes-viewer.js';
import { loadDraft, keepDraft, dropDraft, saveQuiz, checkQuiz } from './quiz-state.js';

let uid = 1;
/** The quiz just saved for the first time: the editor reopens on its id and says it is saved. */
let justSaved = null;

/**
 * Loads the quiz (or a kept unsaved copy) and shows the editor.
 * @param {string} id a quiz id, or 'new'
 * @returns {Promise<{node: HTMLElement, cleanup: function(): void}>}
 */
export async function openEditor(id) {
  const existing = id === 'new' ? null : id;
  const kept = loadDraft(existing);
  let quiz;
  if (kept) quiz = kept.quiz;
  else if (existing) quiz = await get(`/api/quizzes/${seg(existing)}`);
  else quiz = { title: '', questions: [blank('single', 'q1')] };
  if (existing) quiz._id = existing;
  const notesList = await get('/api/notes').catch(() => []);
  return editorScreen(quiz, { restoredAt: kept ? kept.savedAt : 0, notesList: notesList || [] });
}

function editorScreen(quiz, { restoredAt, notesList }) {
  quiz.questions.forEach((q) => { q._uid = uid++; });
  const id = quiz._id || null;
  let checkTimer = null;
  let preview = null;
  let dragFrom = -1;
  const cards = new Map();

  const side = el('div', { class: 'editor-side', 'aria-live': 'polite' });
  const summary = el('div', { id: 'editor-summary', role: 'alert', class: 'form-error', hidden: true });
  const quizProblems = el('ul', { id: 'editor-quiz-problems', class: 'form-error problem-list', hidden: true });
  const list = el('ol', { class: 'question-list', 'aria-label': 'Questions' });

  const changed = () => {
    keepDraft(id, quiz);
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, 500);
  };

  const input = (key, attrs) => {
    const node = el('input', { id: `quiz-${key}`, class: 'input', ...attrs, oninput: (e) => {
      quiz[key] = attrs.type === 'number' ? (e.target.value === '' ? undefined : Number(e.target.value)) : e.target.value;
      changed();
    } });
    node.value = quiz[key] ?? '';
    return node;
  };
  const title = input('title', { maxlength: 200, required: true, autocomplete: 'off' });
  const section = input('section', { maxlength: 200, autocomplete: 'off' });
  const seconds = input('timeLimitSeconds', { type: 'number', min: 5, max: 300, step: 1, placeholder: '20' });
  const notes = el('select', { id: 'quiz-notes', class: 'input', onchange: (e) => { quiz.notes = e.target.value || undefined; changed(); drawAll(); } },
    el('option', { value: '' }, 'No notes'),
    notesList.map((n) => el('option', { value: n.id, selected: n.id === quiz.notes }, n.title)),
    quiz.notes && !notesList.some((n) => n.id === quiz.notes) ? el('option', { value: quiz.notes, selected: true }, quiz.notes) : null);

  function action(q, name) {
    const i = quiz.questions.indexOf(q);
    if (name === 'up' || name === 'down') return move(i, name === 'up' ? i - 1 : i + 1);
    if (name === 'duplicate') {
      const copy = JSON.parse(JSON.stringify(q));
      copy.id = freshId(quiz.questions);
      copy._uid = uid++;
      quiz.questions.splice(i + 1, 0, copy);
      changed();
      drawAll();
      return focusCard(copy, 'text');
    }
    if (name === 'delete') {
      quiz.questions.splice(i, 1);
      changed();
      drawAll();
      announce(`Question ${i + 1} deleted.`);
      const next = quiz.questions[Math.min(i, quiz.questions.length - 1)];
      return next ? focusCard(next, 'kind') : add.focus();
    }
    if (name === 'preview') return showPreview(q);
    if (name === 'source') return pickSource(q);
    return undefined;
  }

  function move(from, to) {
    if (to < 0 || to >= quiz.questions.length || from === to) return;
    const [q] = quiz.questions.splice(from, 1);
    quiz.questions.splice(to, 0, q);
    changed();
    drawAll();
    announce(`Question moved to position ${to + 1}.`);
    const card = cards.get(q._uid);
    const button = card && (card.querySelector(`[data-action='${to < from ? 'up' : 'down'}']:not([disabled])`) || card.querySelector('[data-action=up], [data-action=down]'));
    if (button) button.focus();
  }

  function focusCard(q, part) {
    const node = document.getElementById(`q${q._uid}-${part}`);
    if (node) node.focus();
  }

  function drawAll() {
    cards.clear();
    replace(list, quiz.questions.map((q, i) => {
      const card = questionForm(q, { index: i, total: quiz.questions.length, hasNotes: Boolean(quiz.notes),
        onChange: () => changed(), onAction: (name) => action(q, name) });
      card.addEventListener('dragstart', (e) => { dragFrom = i; e.dataTransfer.effectAllowed = 'move'; e.dataTransfer.setData('text/plain', String(i)); });
      card.addEventListener('dragover', (e) => { if (dragFrom >= 0) e.preventDefault(); });
      card.addEventListener('drop', (e) => { e.preventDefault(); const from = dragFrom; dragFrom = -1; move(from, i); });
      card.addEventListener('dragend', () => { dragFrom = -1; });
      cards.set(q._uid, card);
      return card;
    }));
  }

  async function check() {
    try {
      show(await checkQuiz(quiz), false);
    } catch (e) {
      // The live check is a help: a failed one leaves the last messages up, saving still reports.
    }
  }

  /** Shows problems and checks beside their questions ("#3" names the third question when it has no id). */
  function show({ problems = [], checks = [] }, announceIt) {
    const mine = (q, i) => (x) => x.question === q.id || x.question === `#${i + 1}`;
    quiz.questions.forEach((q, i) => {
      const card = cards.get(q._uid);
      if (card) setMessages(card, q, problems.filter(mine(q, i)), checks.filter(mine(q, i)));
    });
    const general = problems.filter((p) => !p.question);
    replace(quizProblems, general.map((p) => el('li', {}, p.field ? `${p.field}: ${p.message}` : p.message)));
    quizProblems.hidden = general.length === 0;
    if (general.some((p) => p.field === 'title')) {
      title.setAttribute('aria-invalid', 'true');
      title.setAttribute('aria-describedby', 'editor-quiz-problems');
    } else {
      title.removeAttribute('aria-invalid');
      title.removeAttribute('aria-describedby');
    }
    if (announceIt) {
      summary.hidden = problems.length === 0;
      summary.textContent = problems.length ? `Not saved: ${problems.length} problem(s), shown beside the questions.` : '';
    }
  }

  function showPreview(q) {
    if (preview) preview.cleanup();
    const i = quiz.questions.indexOf(q);
    preview = phonePreview(q, i, quiz.questions.length, () => { preview.cleanup(); preview = null; replace(side); focusCard(q, 'text'); });
    replace(side, preview.node);
    preview.node.querySelector('button').focus();
  }

  async function pickSource(q) {
    if (preview) { preview.cleanup(); preview = null; }
    try {
      const doc = await get(`/api/notes/${seg(quiz.notes)}`);
      const viewer = notesViewer(doc, { onPick: (line, text) => {
        q.source = { line, quote: text };
        changed();
        drawAll();
        replace(side);
        focusCard(q, 'source');
        announce(`Source set to line ${line}.`);
      } });
      replace(side, el('aside', { class: 'panel', 'aria-labelledby': 'pick-title' },
        el('div', { class: 'page-head' }, el('h2', { id: 'pick-title' }, `Pick the source line of question ${quiz.questions.indexOf(q) + 1}`),
          el('button', { type: 'button', class: 'button button--small', onclick: () => { replace(side); focusCard(q, 'text'); } }, 'Cancel')),
        viewer.node));
      side.querySelector('.notes-line-button').focus();
    } catch (e) {
      replace(side, el('p', { class: 'form-error', role: 'alert' }, e.message));
    }
  }

  const newKind = el('select', { id: 'new-kind', class: 'input' }, KINDS.map(([value, name]) => el('option', { value }, name)));
  const add = el('button', { type: 'button', class: 'button', dataset: { action: 'add-question' }, onclick: () => {
    const q = blank(newKind.value, freshId(quiz.questions));
    q._uid = uid++;
    quiz.questions.push(q);
    changed();
    drawAll();
    focusCard(q, 'text');
  } }, 'Add a question');

  const save = el('button', { type: 'button', class: 'button button--primary', dataset: { action: 'save' }, onclick: async () => {
    save.disabled = true;
    try {
      const r = await saveQuiz(quiz);
      summary.hidden = true;
      toast('Saved.');
      if (!quiz._id) {
        dropDraft(null);
        justSaved = r.id;
        location.hash = `#edit/${encodeURIComponent(r.id)}`;
      } else {
        saved.hidden = false;
        check();
      }
    } catch (e) {
      if (e instanceof ApiError && e.body && Array.isArray(e.body.problems)) show({ problems: e.body.problems, checks: [] }, true);
      else { summary.hidden = false; summary.textContent = e.message; }
    } finally {
      save.disabled = false;
    }
  } }, 'Save');
  const saved = el('p', { class: 'muted', role: 'status', hidden: !id || justSaved !== id, dataset: { saved: '' } }, 'Saved.');
  justSaved = null;

  const restored = restoredAt ? el('div', { class: 'card notice', role: 'status', dataset: { restored: '' } },
    `Unsaved changes from ${new Date(restoredAt).toLocaleString()} were restored. `,
    el('button', { type: 'button', class: 'button button--small', onclick: () => { dropDraft(id); location.reload(); } }, 'Discard them')) : null;

  drawAll();
  const node = el('section', { class: 'screen editor', dataset: { screen: 'editor', quiz: id || '' } },
    el('div', { class: 'page-head' }, el('h1', {}, id ? `Edit: ${quiz.title || id}` : 'New quiz'),
      el('span', { class: 'list-actions' }, save,
        id ? el('a', { class: 'button', href: `#start/${encodeURIComponent(id)}`, dataset: { action: 'start-quiz' } }, 'Start a game') : null,
        el('a', { class: 'button', href: '#' }, 'Back to the quizzes'))),
    restored, summary, saved,
    el('div', { class: 'editor-layout' },
      el('div', { class: 'editor-main' },
        el('section', { class: 'panel', 'aria-labelledby': 'quiz-settings' },
          el('h2', { id: 'quiz-settings' }, 'The quiz'),
          field('Title', title), field('Section', section, 'Optional: quizzes are grouped by section.'),
          field('Notes the questions cite', notes), field('Default time limit (seconds)', seconds, 'For questions without their own; 20 when empty.'),
          quizProblems),
        el('h2', {}, 'Questions'),
        el('p', { class: 'hint' }, 'Move a question with its arrows, Alt+Up and Alt+Down, or by dragging its handle.'),
        list,
        el('div', { class: 'field-row add-question' }, field('Kind of the new question', newKind), add)),
      side));
  setTimeout(check, 0);
  return { node, cleanup: () => { clearTimeout(checkTimer); if (preview) preview.cleanup(); } };
}
