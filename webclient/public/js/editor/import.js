/**
 * Import in the browser: a GIFT, CSV (Kahoot! template) or JSON file. What can be read is
 * imported; every problem is listed with its line.
 * @module editor/import
 */
import { el, field, replace } from '../dom.js';
import { upload, seg, ApiError } from '../api.js';

const FORMATS = [['gift', 'GIFT (Moodle)'], ['csv', 'CSV (the Kahoot! template)'], ['json', 'JSON (a Recall quiz document)']];

/** The format a file name suggests. */
export function formatOf(name) {
  const ext = (String(name).split('.').pop() || '').toLowerCase();
  if (ext === 'csv') return 'csv';
  if (ext === 'json') return 'json';
  return 'gift';
}

/** A problem in words: "line 12, q3: options: ...". */
export function problemText(p) {
  const where = [p.line ? `line ${p.line}` : null, p.question, p.field].filter(Boolean).join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}

/**
 * @returns {{node: HTMLElement}}
 */
export function importScreen() {
  const file = el('input', { id: 'import-file', class: 'input', type: 'file', accept: '.gift,.txt,.csv,.json' });
  const format = el('select', { id: 'import-format', class: 'input' }, FORMATS.map(([v, n]) => el('option', { value: v }, n)));
  const title = el('input', { id: 'import-title', class: 'input', maxlength: 200, autocomplete: 'off' });
  const error = el('p', { id: 'import-error', class: 'form-error', role: 'alert', hidden: true });
  const result = el('div', { class: 'import-result', role: 'status' });
  file.addEventListener('change', () => { if (file.files[0]) format.value = formatOf(file.files[0].name); });

  const form = el('form', { class: 'import-form', novalidate: true, onsubmit: async (e) => {
    e.preventDefault();
    error.hidden = true;
    file.removeAttribute('aria-invalid');
    file.setAttribute('aria-describedby', 'import-file-hint');
    replace(result);
    const chosen = file.files && file.files[0];
    if (!chosen) {
      error.textContent = 'Choose a file to import.';
      error.hidden = false;
      file.setAttribute('aria-invalid', 'true');
      file.setAttribute('aria-describedby', 'import-file-hint import-error');
      file.focus();
      return;
    }
    const name = title.value.trim() || chosen.name.replace(/\.[^.]+$/, '');
    try {
      const text = await chosen.text();
      const made = format.value === 'json'
        ? await upload('/api/quizzes', text, 'application/json')
        : await upload(`/api/quizzes/import?format=${format.value}&title=${seg(name)}`, text, format.value === 'csv' ? 'text/csv; charset=utf-8' : 'text/x-gift; charset=utf-8');
      shown(made.problems || [], made);
    } catch (err) {
      if (err instanceof ApiError && Array.isArray(err.body.problems)) shown(err.body.problems, null);
      else { error.textContent = err.message; error.hidden = false; }
    }
  } },
  field('File', file, 'GIFT (.gift or .txt), CSV in the Kahoot! template, or a Recall JSON quiz.'),
  field('Format', format), field('Title', title, 'Optional: the file name is used when empty.'),
  error, el('button', { type: 'submit', class: 'button button--primary' }, 'Import'));

  function shown(problems, made) {
    replace(result,
      made ? el('p', { dataset: { imported: made.id } }, `Imported ${made.questionCount} question${made.questionCount === 1 ? '' : 's'}. `,
        el('a', { href: `#edit/${encodeURIComponent(made.id)}`, dataset: { action: 'edit-imported' } }, 'Open it in the editor'))
        : el('p', { class: 'form-error' }, 'Nothing could be imported.'),
      problems.length ? el('div', {},
        el('h2', {}, `${problems.length} problem${problems.length === 1 ? '' : 's'} ${made ? '(those questions were skipped)' : ''}`),
        el('ul', { class: 'problem-list import-problems' }, problems.map((p) => el('li', { dataset: { line: p.line || '' } }, problemText(p))))) : null);
  }

  const node = el('section', { class: 'screen', dataset: { screen: 'import' } },
    el('div', { class: 'page-head' }, el('h1', {}, 'Import a quiz'), el('a', { class: 'button', href: '#' }, 'Back to the quizzes')),
    el('section', { class: 'panel' }, form), result);
  return { node };
}
