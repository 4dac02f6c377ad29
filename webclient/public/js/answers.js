/**
 * Answers as words: the right answer of a `reveal` or `outcome`, and what a player sent,
 * shown the same way on the phone, the projector and the results page.
 * @module answers
 */
import { el } from './dom.js';

/** Kind names a teacher reads. */
export const KIND_NAMES = {
  single: 'One answer',
  multiple: 'Several answers',
  truefalse: 'True or false',
  numeric: 'Number',
  order: 'Put in order',
  text: 'Type the answer',
  poll: 'Poll',
};

function optionText(options, i) {
  const o = options && options[i];
  if (o === undefined || o === null) return `option ${Number(i) + 1}`;
  return typeof o === 'string' ? o : o.text;
}

function itemText(options, id) {
  const o = (options || []).find((x) => x && typeof x === 'object' && x.id === id);
  return o ? o.text : String(id);
}

/**
 * A number as a person writes it: 1928, 69.6 (no grouping, no trailing zeros).
 * @param {number} n
 * @returns {string}
 */
export function formatNumber(n) {
  return typeof n === 'number' ? n.toLocaleString(undefined, { maximumFractionDigits: 6, useGrouping: false }) : String(n);
}

/**
 * A right number in words: "1934", "69.6 (± 0.1)", or a range of whole numbers ("1928 to 1929",
 * as GIFT's {#1928..1929} is stored as 1928.5 ± 0.5).
 * @param {number} value
 * @param {number} [tolerance]
 * @returns {string}
 */
export function describeNumber(value, tolerance) {
  const tol = Number(tolerance) || 0;
  if (!(tol > 0)) return formatNumber(value);
  const low = value - tol;
  const high = value + tol;
  const whole = (x) => Math.abs(x - Math.round(x)) < 1e-9;
  if (!whole(value) && whole(low) && whole(high)) return `${formatNumber(Math.round(low))} to ${formatNumber(Math.round(high))}`;
  return `${formatNumber(value)} (± ${formatNumber(tol)})`;
}

/**
 * The right answer, in words.
 * @param {object} correct `{choice}`, `{value,tolerance}`, `{order}`, `{accept}` or `{}`
 * @param {Array<string|{id:string,text:string}>} [options] the question's options
 * @returns {string}
 */
export function describeCorrect(correct, options) {
  if (!correct || Object.keys(correct).length === 0) return 'A poll: no answer is right or wrong.';
  if (Array.isArray(correct.choice)) return correct.choice.map((i) => optionText(options, i)).join(' + ');
  if (correct.value !== undefined) {
    return describeNumber(correct.value, correct.tolerance);
  }
  if (Array.isArray(correct.order)) return correct.order.map((id) => itemText(options, id)).join(' → ');
  if (Array.isArray(correct.accept)) {
    const [first, ...more] = correct.accept;
    return more.length ? `${first} (also: ${more.join(', ')})` : String(first);
  }
  return '';
}

/**
 * What a player sent, in words.
 * @param {object} answer `{choice}`, `{value}`, `{order}` or `{text}`
 * @param {Array<string|{id:string,text:string}>} [options]
 * @returns {string}
 */
export function describeAnswer(answer, options) {
  if (!answer) return '—';
  if (Array.isArray(answer.choice)) return answer.choice.map((i) => optionText(options, i)).join(' + ');
  if (answer.value !== undefined) return formatNumber(answer.value);
  if (Array.isArray(answer.order)) return answer.order.map((id) => itemText(options, id)).join(' → ');
  if (answer.text !== undefined) return String(answer.text);
  return '—';
}

/**
 * The right answer as page content: a numbered list for an order, bold text otherwise.
 * @param {object} correct as for {@link describeCorrect}
 * @param {Array<string|{id:string,text:string}>} [options]
 * @returns {HTMLElement}
 */
export function correctAnswerNode(correct, options) {
  if (correct && Array.isArray(correct.order)) {
    return el('ol', { class: 'answer-order' }, correct.order.map((id) => el('li', {}, itemText(options, id))));
  }
  return el('strong', { class: 'answer-words' }, describeCorrect(correct, options));
}
