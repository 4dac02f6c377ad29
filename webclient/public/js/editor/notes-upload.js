/**
 * The notes area of the console: upload a file (.txt, .md, .docx, .pdf) or paste text, and the
 * list of notes documents, each opening the viewer.
 * @module editor/notes-upload
 */
import { el, field, replace, announce } from '../dom.js';
import { upload, post, del, seg, ApiError } from '../api.js';

const TYPES = { txt: 'text/plain; charset=utf-8', md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf: 'application/pdf' };

/**
 * @param {object} data
 * @param {Array<{id,title,lineCount,createdAt,shared}>} data.notes GET /api/notes
 * @param {function(string): void} data.onOpen open a notes document by id
 * @param {function(): void} data.onChanged the list changed (reload it)
 * @returns {{node: HTMLElement}}
 */
export function notesScreen({ notes, onOpen, onChanged }) {
  const error = el('p', { id: 'notes-error', class: 'form-error', role: 'alert', hidden: true });
  const title = el('input', { id: 'notes-title', class: 'input', maxlength: 120, autocomplete: 'off' });
  const file = el('input', { id: 'notes-file', class: 'input', type: 'file', accept: '.txt,.md,.markdown,.docx,.pdf,text/plain,text/markdown,application/pdf' });
  const paste = el('textarea', { id: 'notes-paste', class: 'input', rows: 6 });
  const submit = el('button', { type: 'submit', class: 'button button--primary' }, 'Upload notes');

  const showError = (message, input) => {
    error.textContent = message;
    error.hidden = false;
    [file, paste, title].forEach((n) => { n.removeAttribute('aria-invalid'); n.setAttribute('aria-describedby', `${n.id}-hint`); });
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', `${input.id}-hint notes-error`);
      input.focus();
    }
  };

  const form = el('form', { class: 'notes-upload', novalidate: true, onsubmit: async (e) => {
    e.preventDefault();
    error.hidden = true;
    const chosen = file.files && file.files[0];
    const text = paste.value;
    if (!chosen && !text.trim()) return showError('Choose a file or paste the text of your notes.', file);
    const name = chosen ? chosen.name : 'pasted.txt';
    const ext = (name.split('.').pop() || 'txt').toLowerCase();
    const docTitle = title.value.trim() || name.replace(/\.[^.]+$/, '') || 'Pasted notes';
    submit.disabled = true;
    try {
      // Pasted text goes as JSON; Markdown headings (# ...) then become sections too.
      const made = chosen
        ? await upload(`/api/notes?title=${seg(docTitle)}&filename=${seg(name)}`, chosen, TYPES[ext] || 'application/octet-stream')
        : await post('/api/notes', { title: docTitle, text, format: /^#{1,6}\s/m.test(text) ? 'markdown' : 'text' });
      announce(`Uploaded: ${made.lineCount} lines.`);
      onOpen(made.id);
    } catch (err) {
      const tooBig = err instanceof ApiError && err.status === 413;
      showError(tooBig ? 'That file is over 5 MiB: split it, or paste the part you need.' : err.message, chosen ? file : paste);
    } finally {
      submit.disabled = false;
    }
    return undefined;
  } },
  field('Title', title, 'Optional: the file name is used when empty.'),
  field('A notes file', file, 'Plain text, Markdown, Word (.docx) or PDF, up to 5 MiB.'),
  field('Or paste the text', paste, 'One bullet or paragraph a line; headings become sections.'),
  error, submit);

  const list = el('ul', { class: 'list notes-list' });
  const draw = () => replace(list, notes.length ? notes.map((n) => el('li', { class: 'list-row', dataset: { notesId: n.id } },
    el('span', { class: 'list-main' },
      el('a', { href: `#notes/${encodeURIComponent(n.id)}`, class: 'quiz-title' }, n.title),
      el('span', { class: 'muted' }, ` · ${n.lineCount} lines${n.shared ? ' · shared' : ''}`)),
    el('span', { class: 'list-actions' },
      el('a', { class: 'button', href: `#notes/${encodeURIComponent(n.id)}` }, 'Open'),
      n.shared ? null : el('button', { type: 'button', class: 'button button--ghost', 'aria-label': `Delete the notes ${n.title}`,
        onclick: async (e) => {
          if (e.target.dataset.confirm !== 'yes') {
            e.target.dataset.confirm = 'yes';
            e.target.textContent = 'Really delete?';
            return;
          }
          try { await del(`/api/notes/${seg(n.id)}`); onChanged(); } catch (err) { showError(err.message); }
        } }, 'Delete')))) : el('li', { class: 'muted' }, 'No notes yet.'));
  draw();

  const node = el('section', { class: 'screen', dataset: { screen: 'notes' } },
    el('div', { class: 'page-head' }, el('h1', {}, 'Notes'), el('a', { class: 'button', href: '#' }, 'Back to the quizzes')),
    el('section', { class: 'panel', 'aria-labelledby': 'notes-upload-title' }, el('h2', { id: 'notes-upload-title' }, 'Add notes'), form),
    el('section', { class: 'panel', 'aria-labelledby': 'notes-list-title' }, el('h2', { id: 'notes-list-title' }, 'Your notes and the shared notes'), list));
  return { node };
}
