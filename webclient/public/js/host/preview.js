/**
 * A quiz with its answers, for the teacher to check before class.
 * @module host/preview
 */
import { el } from '../dom.js';
import { shapeIcon, shapeOf } from '../shapes.js';
import { KIND_NAMES, describeNumber } from '../answers.js';

/**
 * @param {object} quiz the quiz document (answers included)
 * @returns {{node: HTMLElement}}
 */
export function previewScreen(quiz) {
  const node = el('section', { class: 'screen preview', dataset: { screen: 'preview' } },
    el('p', {}, el('a', { href: '#' }, '← All quizzes')),
    el('div', { class: 'page-head' },
      el('div', {},
        el('p', { class: 'eyebrow' }, quiz.section || ''),
        el('h1', {}, quiz.title)),
      el('div', { class: 'actions' },
        el('a', { class: 'button button--primary', href: `#start/${encodeURIComponent(quiz.id)}` }, 'Start a game with this quiz'),
        el('a', { class: 'button', href: `#homework/${encodeURIComponent(quiz.id)}` }, 'Set as homework'))),
    el('p', { class: 'muted' }, `${quiz.questions.length} questions${quiz.notes ? ` · from the notes ${quiz.notes}` : ''}`),
    el('ol', { class: 'preview-list' }, quiz.questions.map((q) => previewQuestion(q))));
  return { node };
}

function previewQuestion(q) {
  return el('li', { class: 'card preview-question', dataset: { question: q.id } },
    el('p', { class: 'preview-meta' },
      el('span', { class: 'kind-badge' }, KIND_NAMES[q.kind] || q.kind),
      q.timeLimitSeconds ? el('span', { class: 'muted' }, ` ${q.timeLimitSeconds} s`) : null),
    el('h2', { class: 'h3' }, q.text),
    answerPart(q),
    q.source ? el('p', { class: 'source' }, `Notes, line ${q.source.line}: “${q.source.quote}”`) : null,
    q.explanation ? el('p', { class: 'explanation' }, q.explanation) : null);
}

function answerPart(q) {
  const right = new Set(Array.isArray(q.answer) ? q.answer : []);
  switch (q.kind) {
    case 'single':
    case 'multiple':
    case 'truefalse':
    case 'poll':
      return el('ul', { class: 'preview-options' }, (q.options || []).map((text, i) =>
        // A neutral tile with the option's coloured shape: the right answer is marked by its tick and
        // green frame, never by a tile colour (a right answer on a red tile reads as wrong).
        el('li', { class: `preview-option${right.has(i) ? ' is-right' : ''}`, dataset: { tone: shapeOf(i).tone } },
          shapeIcon(i), el('span', {}, text), right.has(i) ? el('strong', { class: 'right-mark' }, ' ✓ right answer') : null)));
    case 'numeric':
      return el('p', { class: 'preview-answer' }, 'Answer: ', el('strong', {}, describeNumber(q.answer.value, q.answer.tolerance)));
    case 'order':
      return el('ol', { class: 'preview-order' }, (q.items || []).map((t) => el('li', {}, t)));
    case 'text':
      return el('p', { class: 'preview-answer' }, 'Accepted: ', el('strong', {}, (q.accept || []).join(' / ')));
    default:
      return null;
  }
}
