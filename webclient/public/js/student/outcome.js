/**
 * After each question: right or wrong, the right answer, points, score, rank, streak.
 * @module student/outcome
 */
import { el, num, ordinal } from '../dom.js';
import { correctAnswerNode } from '../answers.js';

/**
 * @param {object} o the `outcome` message
 * @param {object|null} q the question it closes, to name the options (null after a reload)
 * @returns {{node: HTMLElement}}
 */
export function outcomeScreen(o, q) {
  const isPoll = o.kind === 'poll' || (q && q.kind === 'poll');
  const fraction = typeof o.fraction === 'number' ? o.fraction : (o.correct ? 1 : 0);
  let verdict;
  let tone;
  let mark;
  if (isPoll) {
    [verdict, tone, mark] = [o.answered === false ? 'No vote this time' : 'Thanks for voting', 'poll', '✓'];
  } else if (o.answered === false) {
    [verdict, tone, mark] = ['Time’s up: no answer', 'none', '…'];
  } else if (o.correct) {
    [verdict, tone, mark] = ['Correct!', 'ok', '✓'];
  } else if (fraction > 0) {
    [verdict, tone, mark] = [`Partly right (${Math.round(fraction * 100)}%)`, 'part', '◐'];
  } else {
    [verdict, tone, mark] = ['Not this time', 'wrong', '✗'];
  }
  const options = q && q.index === o.index ? q.options : null;
  const node = el('section', { class: `screen screen--center outcome outcome--${tone}`, dataset: { screen: 'outcome', index: o.index, correct: String(!!o.correct) } },
    el('div', { class: 'card' },
      el('div', { class: `big-mark big-mark--${tone}`, 'aria-hidden': 'true' }, mark),
      el('h1', {}, verdict),
      isPoll ? null : el('div', { class: 'correct-answer' }, el('p', { class: 'correct-answer-label' }, 'The answer'), correctAnswerNode(o.correctAnswer, options)),
      o.source ? el('figure', { class: 'reveal-source outcome-source' }, el('blockquote', {}, o.source),
        el('figcaption', {}, o.sourceLine ? `From the notes, line ${o.sourceLine}` : 'From the notes')) : null,
      el('dl', { class: 'stats' },
        stat('Points', `+${num(o.points)}`, 'points'),
        stat('Score', num(o.score), 'score'),
        stat('Rank', o.rank ? ordinal(o.rank) : '—', 'rank'),
        stat('Streak', String(o.streak || 0), 'streak')),
      el('p', { class: 'hint' }, o.index + 1 < (o.total || 0) ? 'Next question coming up…' : 'Look at the big screen!')));
  return { node };
}

function stat(label, value, key) {
  return el('div', { class: 'stat', dataset: { stat: key } }, el('dt', {}, label), el('dd', {}, value));
}
