/**
 * What the class typed, on the reveal of a `numeric` or `text` question: the numbers as a small
 * histogram (one column per distinct value, the right ones green), the texts as the most common
 * answers with their counts.
 * @module host/spread
 */
import { el, num } from '../dom.js';
import { formatNumber } from '../answers.js';

/** Columns a projector can show side by side; the rarest values beyond these are summed up. */
const MAX_COLUMNS = 12;

/**
 * @param {object} r the `reveal` message (`values` for numeric, `answers` for text)
 * @returns {HTMLElement|null}
 */
export function spreadNode(r) {
  if (r.kind === 'numeric' && Array.isArray(r.values) && r.values.length) return numbers(r.values);
  if (r.kind === 'text' && Array.isArray(r.answers) && r.answers.length) return texts(r.answers);
  return null;
}

function numbers(values) {
  const shown = [...values].sort((a, b) => b.count - a.count).slice(0, MAX_COLUMNS).sort((a, b) => a.value - b.value);
  const others = values.length - shown.length;
  const max = Math.max(1, ...shown.map((v) => v.count));
  return el('figure', { class: 'spread', dataset: { spread: 'numeric' } },
    el('figcaption', { class: 'spread-title' }, 'The numbers the class typed'),
    el('ul', { class: 'spread-columns' }, shown.map((v) => el('li', { class: `spread-column${v.correct ? ' is-right' : ''}`, dataset: { value: v.value } },
      el('span', { class: 'spread-count' }, num(v.count)),
      el('span', { class: 'spread-bar', 'aria-hidden': 'true', style: { '--share': String(v.count / max) } }),
      el('span', { class: 'spread-value' }, formatNumber(v.value)),
      el('span', { class: 'sr-only' }, `: ${v.count} typed it${v.correct ? ', right' : ''}`)))),
    others > 0 ? el('p', { class: 'spread-more' }, `and ${num(others)} other number${others === 1 ? '' : 's'}`) : null);
}

function texts(answers) {
  return el('figure', { class: 'spread', dataset: { spread: 'text' } },
    el('figcaption', { class: 'spread-title' }, 'The most common answers'),
    el('ol', { class: 'spread-texts' }, answers.map((a) => el('li', { class: `spread-text${a.correct ? ' is-right' : ''}` },
      el('span', { class: 'spread-text-words' }, a.text),
      a.correct ? el('span', { class: 'right-mark' }, '✓', el('span', { class: 'sr-only' }, ' accepted')) : null,
      el('span', { class: 'spread-count' }, num(a.count))))));
}
