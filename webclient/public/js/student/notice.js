/**
 * A full-screen message: removed from the game, opened elsewhere, waiting for the server.
 * @module student/notice
 */
import { el } from '../dom.js';

/**
 * @param {object} data
 * @param {string} data.screen name for tests and styles, e.g. "kicked"
 * @param {string} data.title
 * @param {string} [data.text]
 * @param {string} [data.action] button label
 * @param {function(): void} [data.onAction]
 * @returns {{node: HTMLElement}}
 */
export function noticeScreen({ screen, title, text, action, onAction }) {
  const node = el('section', { class: 'screen screen--center', dataset: { screen } },
    el('div', { class: 'card notice' },
      el('h1', {}, title),
      text ? el('p', {}, text) : null,
      action ? el('button', { type: 'button', class: 'button button--primary button--block', onclick: onAction }, action) : null));
  return { node };
}
