/**
 * Questions as plain data, the quiz document's shape: new ones, kind switches that keep the text,
 * ids, and the clean copy that is sent to the server.
 * @module editor/question-model
 */

/** Every kind, in the order the editor offers them, with the name a teacher reads. */
export const KINDS = [
  ['single', 'One right answer'], ['multiple', 'Several right answers'], ['truefalse', 'True or false'],
  ['numeric', 'A number'], ['order', 'Put in order'], ['text', 'Type the answer'], ['poll', 'Poll (no right answer)'],
];

const CHOICE = new Set(['single', 'multiple', 'poll']);

/**
 * A fresh question id not used in the quiz.
 * @param {Array<object>} questions
 * @returns {string}
 */
export function freshId(questions) {
  const used = new Set(questions.map((q) => q.id));
  for (let n = questions.length + 1; ; n++) {
    const id = `q${n}`;
    if (!used.has(id)) return id;
  }
}

/**
 * A new empty question of a kind.
 * @param {string} kind
 * @param {string} id
 * @returns {object}
 */
export function blank(kind, id) {
  return switchKind({ id, kind: 'single', text: '', options: ['', '', '', ''], answer: [0] }, kind);
}

/**
 * The same question as another kind: text, explanation, source and time limit stay; the answer
 * fields are carried across where they fit (options become order items and back) and what does
 * not fit is kept aside in `_stash`, so switching back restores it.
 * @param {object} q
 * @param {string} kind
 * @returns {object} a new object
 */
export function switchKind(q, kind) {
  const stash = { ...(q._stash || {}) };
  if (CHOICE.has(q.kind)) stash.options = q.options;
  if (q.kind === 'single' || q.kind === 'multiple') stash.answer = q.answer;
  if (q.kind === 'order') stash.items = q.items;
  if (q.kind === 'numeric') stash.numeric = q.answer;
  if (q.kind === 'text') stash.accept = q.accept;
  const out = {};
  for (const key of ['id', 'text', 'timeLimitSeconds', 'source', 'explanation', 'acceptedWarnings']) {
    if (q[key] !== undefined) out[key] = q[key];
  }
  out.kind = kind;
  const choices = stash.options || stash.items || ['', '', '', ''];
  if (kind === 'single') {
    out.options = [...choices];
    out.answer = [Array.isArray(stash.answer) && stash.answer.length ? Math.min(stash.answer[0], choices.length - 1) : 0];
  } else if (kind === 'multiple') {
    out.options = [...choices];
    out.answer = Array.isArray(stash.answer) && stash.answer.length ? stash.answer.filter((i) => i < choices.length) : [0];
  } else if (kind === 'poll') {
    out.options = [...choices];
  } else if (kind === 'truefalse') {
    out.options = ['True', 'False'];
    out.answer = q.kind === 'truefalse' ? q.answer : [0];
  } else if (kind === 'numeric') {
    out.answer = stash.numeric || { value: 0, tolerance: 0 };
  } else if (kind === 'order') {
    out.items = [...(stash.items || stash.options || ['', '', ''])];
  } else if (kind === 'text') {
    const right = stash.options && stash.answer ? stash.options[stash.answer[0]] : '';
    out.accept = stash.accept ? [...stash.accept] : [right || ''];
  }
  out._stash = stash;
  return out;
}

/**
 * The question as the quiz document has it: no editor-only fields (those starting with `_`),
 * no empty optional text.
 * @param {object} q
 * @returns {object}
 */
export function clean(q) {
  const out = {};
  for (const [k, v] of Object.entries(q)) {
    if (k.startsWith('_') || k === 'draft') continue;
    if ((k === 'explanation') && !v) continue;
    if (k === 'timeLimitSeconds' && (v === null || v === '' || v === undefined)) continue;
    out[k] = v;
  }
  return out;
}

/**
 * The quiz document to send: clean questions; a question without its own time limit gets the
 * quiz's default, which is also kept on the document.
 * @param {object} quiz
 * @returns {object}
 */
export function document(quiz) {
  const out = {};
  for (const [k, v] of Object.entries(quiz)) if (!k.startsWith('_') && k !== 'shared') out[k] = v;
  if (!out.section) delete out.section;
  if (!out.notes) delete out.notes;
  const fallback = Number(quiz.timeLimitSeconds) || null;
  if (!fallback) delete out.timeLimitSeconds;
  out.questions = (quiz.questions || []).map((q) => {
    const c = clean(q);
    if (c.timeLimitSeconds === undefined && fallback) c.timeLimitSeconds = fallback;
    return c;
  });
  return out;
}
