/**
 * The reveal on the projector: the right answer, a bar chart of how the class answered,
 * the line of the notes it came from and its explanation.
 * @module host/reveal
 */
import { el, num } from '../dom.js';
import { shapeIcon, shapeOf } from '../shapes.js';
import { correctAnswerNode } from '../answers.js';
import { spreadNode } from './spread.js';

/**
 * @param {object} r the `reveal` message
 * @param {object} data
 * @param {number} data.total questions in the game
 * @param {object} actions
 * @param {function(): void} actions.leaderboard show the leaderboard
 * @param {function(): void} actions.next open the next question, or finish
 * @returns {{node: HTMLElement}}
 */
export function revealScreen(r, { total }, { leaderboard, next }) {
  const last = total && r.index + 1 >= total;
  const nextButton = el('button', { type: 'button', class: 'button button--primary', dataset: { action: 'next' }, onclick: next },
    last ? 'Finish: podium ▶' : 'Next question ▶');
  const node = el('section', { class: 'screen projector host-reveal', dataset: { screen: 'host-reveal', index: r.index } },
    el('div', { class: 'projector-head' },
      el('span', { class: 'question-number' }, total ? `Question ${r.index + 1} of ${total}` : `Question ${r.index + 1}`),
      typeof r.answered === 'number' ? el('span', { class: 'muted-light' }, `${num(r.answered)} of ${num(r.players)} answered`) : null),
    el('h1', { class: 'projector-question projector-question--small' }, r.text || ''),
    el('div', { class: 'reveal-grid' },
      el('div', { class: 'reveal-main' },
        r.kind === 'poll' ? el('p', { class: 'reveal-answer-label' }, 'Poll: how the class voted')
          : el('div', { class: 'reveal-answer' }, el('p', { class: 'reveal-answer-label' }, 'The answer'), correctAnswerNode(r.correct, r.options)),
        chart(r),
        spreadNode(r)),
      el('div', { class: 'reveal-notes' },
        source(r),
        r.explanation ? el('p', { class: 'reveal-explanation' }, r.explanation) : null)),
    el('div', { class: 'projector-foot' },
      el('span'),
      el('div', { class: 'lobby-actions' },
        el('button', { type: 'button', class: 'button button--ghost', dataset: { action: 'leaderboard' }, onclick: leaderboard }, 'Leaderboard'),
        nextButton)));
  nextButton.setAttribute('data-focus', '');
  return { node };
}

/** One bar per option for choice kinds; "fully right" / "not fully right" for the others. */
function chart(r) {
  const counts = r.counts || [];
  const max = Math.max(1, ...counts);
  const choiceKinds = ['single', 'multiple', 'truefalse', 'poll'];
  const right = new Set((r.correct && r.correct.choice) || []);
  let rows;
  if (choiceKinds.includes(r.kind) && Array.isArray(r.options)) {
    rows = r.options.map((text, i) => ({
      label: text, count: counts[i] || 0, tone: shapeOf(i).tone, icon: shapeIcon(i),
      right: r.kind !== 'poll' && right.has(i),
    }));
  } else {
    rows = [
      { label: 'Fully right', count: counts[0] || 0, tone: 'green', right: true },
      { label: 'Not right', count: counts[1] || 0, tone: 'grey', right: false },
    ];
  }
  return el('ul', { class: 'chart', 'aria-label': 'How the class answered' }, rows.map((row) =>
    el('li', { class: `chart-row tone-${row.tone}${row.right ? ' is-right' : ''}${r.kind !== 'poll' && !row.right ? ' is-wrong' : ''}` },
      el('span', { class: 'chart-label' }, row.icon || null, el('span', {}, row.label),
        row.right ? el('span', { class: 'right-mark' }, ' ✓', el('span', { class: 'sr-only' }, ' right answer')) : null),
      el('span', { class: 'chart-bar-track', 'aria-hidden': 'true' },
        el('span', { class: 'chart-bar', style: { '--share': String(row.count / max) } })),
      el('span', { class: 'chart-count' }, num(row.count)))));
}

/** The source line, with the question's quote marked inside it when it is found there. */
function source(r) {
  // The notes are bullet lists: the bullet is layout, not part of what the line says.
  const line = (r.source || r.quote || '').replace(/^\s*[*•]\s+/, '');
  if (!line) return null;
  const quote = r.quote && r.quote !== line ? r.quote : '';
  const at = quote ? line.indexOf(quote) : -1;
  const text = at >= 0
    ? [line.slice(0, at), el('mark', {}, quote), line.slice(at + quote.length)]
    : [line];
  return el('figure', { class: 'reveal-source' },
    el('blockquote', {}, text),
    el('figcaption', {}, r.sourceLine ? `From the notes, line ${r.sourceLine}` : 'From the notes'));
}
