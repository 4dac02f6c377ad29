/**
 * The workshop's pages in the console: #edit/ID (or #edit/new), #notes, #notes/ID, #import.
 * @module editor/routes
 */
import { get } from '../api.js';
import { openEditor } from './quiz-editor.js';
import { notesScreen } from './notes-upload.js';
import { openNotes } from './notes-screen.js';
import { importScreen } from './import.js';

/**
 * The screen for a workshop page, or null when the page is not one.
 * @param {string} page the first part of the hash
 * @param {string} [arg] the second part
 * @param {function(): void} reload shows the page again (after a list changed)
 * @returns {Promise<{node: HTMLElement, cleanup?: function(): void}>|null}
 */
export function workshopScreen(page, arg, reload) {
  if (page === 'edit' && arg) return openEditor(arg);
  if (page === 'notes' && arg) return openNotes(arg);
  if (page === 'notes') {
    return get('/api/notes').then((notes) => notesScreen({
      notes: notes || [],
      onOpen: (id) => { location.hash = `#notes/${encodeURIComponent(id)}`; },
      onChanged: reload,
    }));
  }
  if (page === 'import') return Promise.resolve(importScreen());
  return null;
}
