/**
 * The workshop's buttons on a row of the console's quiz list: Edit (or Edit a copy of a shared
 * quiz), Duplicate, Delete, and the GIFT / CSV / JSON downloads.
 * @module editor/quiz-actions
 */
import { el } from '../dom.js';
import { post, del, seg } from '../api.js';
import { toast } from '../toast.js';

/**
 * @param {{id, title, shared}} q a row of GET /api/quizzes
 * @param {function(): void} onChanged the list changed (reload it)
 * @returns {HTMLElement[]}
 */
export function quizActions(q, onChanged) {
  const path = `/api/quizzes/${seg(q.id)}`;
  const copy = async () => (await post(`${path}/copy`)).id;
  const failed = (e) => toast(e.message);
  const button = (action, label, aria, onclick) => el('button', { type: 'button', class: 'button', dataset: { action }, 'aria-label': aria, onclick }, label);
  const edit = q.shared
    ? button('edit-copy', 'Edit a copy', `Edit a copy of ${q.title}`, () => copy().then((id) => { location.hash = `#edit/${encodeURIComponent(id)}`; }, failed))
    : el('a', { class: 'button', href: `#edit/${encodeURIComponent(q.id)}`, dataset: { action: 'edit' }, 'aria-label': `Edit ${q.title}` }, 'Edit');
  const duplicate = button('duplicate', 'Duplicate', `Duplicate ${q.title}`, () => copy().then(() => { toast('Duplicated.'); onChanged(); }, failed));
  const remove = q.shared ? null : button('delete', 'Delete', `Delete ${q.title}`, (e) => {
    const b = e.currentTarget;
    // A second press confirms: a dialog would steal the keyboard and the screen reader's place.
    if (b.dataset.confirm !== 'yes') {
      b.dataset.confirm = 'yes';
      b.textContent = 'Really delete?';
      return;
    }
    del(path).then(() => { toast('Deleted.'); onChanged(); }, failed);
  });
  const download = (ext, label) => el('a', { class: 'button button--ghost', href: `${path}/export.${ext}`, download: `${q.id}.${ext === 'gift' ? 'gift.txt' : ext}`,
    dataset: { export: ext }, 'aria-label': `Download ${q.title} as ${label}` }, label);
  return [edit, duplicate, remove, download('gift', 'GIFT'), download('csv', 'CSV'), download('json', 'JSON')];
}
