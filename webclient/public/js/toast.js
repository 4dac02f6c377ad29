/**
 * A short message at the bottom of the page (`#toast`), read out by screen readers.
 * @module toast
 */

let timer = null;

/**
 * @param {string} message
 * @param {number} [ms] how long it stays
 */
export function toast(message, ms = 5000) {
  const node = document.getElementById('toast');
  if (!node) return;
  node.textContent = message;
  node.hidden = false;
  clearTimeout(timer);
  timer = setTimeout(() => { node.hidden = true; }, ms);
}
