/**
 * A notes document as numbered lines under their section headings, the lines the teacher's
 * quizzes already ask about highlighted (coverage), and a line range to draft from. In pick mode
 * (the editor choosing a question's source) a line is chosen by clicking it.
 * @module editor/notes-viewer
 */
import { el } from '../dom.js';

/**
 * Which lines are asked about, from GET /api/notes/{id}/coverage, read leniently:
 * `{"lines":[{"line","questions"|"count"}]}`, `{"covered":[n...]}` or a bare list.
 * @param {*} coverage
 * @returns {Map<number, number>} line number → how many questions ask about it
 */
export function coveredLines(coverage) {
  const out = new Map();
  const list = Array.isArray(coverage) ? coverage : (coverage && (coverage.lines || coverage.covered)) || [];
  for (const item of list) {
    if (typeof item === 'number') out.set(item, (out.get(item) || 0) + 1);
    else if (item && typeof item.line === 'number') {
      const n = Array.isArray(item.questions) ? item.questions.length : Number(item.count ?? item.asked ?? 1);
      if (n > 0) out.set(item.line, n);
    }
  }
  return out;
}

/**
 * @param {object} notes GET /api/notes/{id}: {id, title, lines, sections:[{line,title}]}
 * @param {object} opts
 * @param {Map<number, number>} [opts.covered] see {@link coveredLines}
 * @param {function(number, number): void} [opts.onRange] a range was chosen (from, to)
 * @param {function(number, string): void} [opts.onPick] pick mode: a line was clicked
 * @returns {{node: HTMLElement, select: function(number, number): void}}
 */
export function notesViewer(notes, opts = {}) {
  const covered = opts.covered || new Map();
  const sectionAt = new Map((notes.sections || []).map((s) => [s.line, s.title]));
  let from = 0;
  let to = 0;
  const rows = [];
  const list = el('ol', { class: 'notes-lines', 'aria-label': `Lines of ${notes.title}` });
  (notes.lines || []).forEach((text, i) => {
    const n = i + 1;
    const asked = covered.get(n) || 0;
    const label = opts.onPick ? `Use line ${n} as the source` : `Select line ${n} (Shift: extend the range)`;
    const button = el('button', { type: 'button', class: 'notes-line-button', 'aria-label': label, 'aria-pressed': opts.onPick ? null : 'false',
      dataset: { line: n }, onclick: (e) => {
        if (opts.onPick) return opts.onPick(n, text);
        if (e.shiftKey && from) select(Math.min(from, n), Math.max(to, n));
        else select(n, n);
        return undefined;
      } }, String(n));
    const row = el('li', { class: `notes-line${asked ? ' notes-line--covered' : ''}`, value: n, dataset: { line: n } },
      button,
      el('span', { class: 'notes-text' },
        sectionAt.has(n) ? el('span', { class: 'notes-section' }, `Section: ${sectionAt.get(n)}`) : null, text),
      asked ? el('span', { class: 'badge', title: 'Questions that cite this line' }, `asked ×${asked}`) : null);
    if (sectionAt.has(n)) row.classList.add('notes-line--heading');
    rows.push(row);
    list.append(row);
  });

  function select(a, b) {
    from = a;
    to = b;
    rows.forEach((row, i) => {
      const on = i + 1 >= from && i + 1 <= to;
      row.classList.toggle('notes-line--selected', on);
      const button = row.querySelector('button');
      if (!opts.onPick) button.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
    if (opts.onRange) opts.onRange(from, to);
  }

  const node = el('div', { class: 'notes-viewer', dataset: { notes: notes.id } },
    el('p', { class: 'muted' }, `${(notes.lines || []).length} lines · ${(notes.sections || []).length} sections · `,
      el('span', { class: 'notes-legend' }, `${covered.size} lines already asked about`)),
    list);
  return { node, select };
}

/**
 * The sections as a list of ranges: [{title, from, to}].
 * @param {object} notes
 * @returns {Array<{title: string, from: number, to: number}>}
 */
export function sectionRanges(notes) {
  const sections = [...(notes.sections || [])].sort((a, b) => a.line - b.line);
  return sections.map((s, i) => ({ title: s.title, from: s.line, to: i + 1 < sections.length ? sections[i + 1].line - 1 : (notes.lines || []).length }));
}

