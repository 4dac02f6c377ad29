/**
 * What to re-teach, for a quiz or a class over all its sessions: the notes lines and sections the
 * class knows least (with the quote to re-read), the questions most missed with the commonest wrong
 * answer, and the students who need help; and a button that makes a revision quiz.
 * @module results/reteach
 */
import { el, num, announce } from '../dom.js';
import { post, seg } from '../api.js';
import { percent } from './format.js';
import { historyPanel } from './history.js';

/** How many of each list are shown. */
const SHOWN = 10;

/**
 * @param {object} insight GET /api/insights
 * @param {{quiz?: string, class?: string}} scope what it is about
 * @param {object} [history] GET /api/classes/{id}/history, for a class
 * @returns {{node: HTMLElement}}
 */
export function reteachScreen(insight, scope, history) {
  const status = el('p', { class: 'muted', role: 'status', id: 'revision-status' });
  const button = el('button', { type: 'button', class: 'button button--primary', dataset: { action: 'revision' } }, 'Make a revision quiz');
  const size = el('input', { type: 'number', id: 'revision-size', min: '1', max: '50', value: '10', class: 'input input--short' });
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Making the revision quiz…';
    try {
      const body = { size: Number(size.value) || 10 };
      if (scope.quiz) body.quiz = scope.quiz;
      if (scope.class) body.class = scope.class;
      const made = await post('/api/quizzes/revision', body);
      status.textContent = '';
      status.append(`Made “${made.title}” with ${num(made.questionCount)} questions. `,
        el('a', { href: `host.html#quiz/${seg(made.id)}`, dataset: { revision: made.id } }, 'Open it'), ' · ',
        el('a', { href: `host.html#start/${seg(made.id)}` }, 'Play it live'));
      announce(`Revision quiz made with ${made.questionCount} questions`);
    } catch (e) {
      status.textContent = e.message || 'Could not make the revision quiz.';
    } finally {
      button.disabled = false;
    }
  });

  const lines = (insight.lines || []).slice(0, SHOWN);
  const questions = (insight.questions || []).slice(0, SHOWN);
  const students = (insight.students || []).filter((s) => s.correctRate < 1).slice(0, SHOWN);
  const node = el('section', { class: 'screen reteach', dataset: { screen: 'reteach' } },
    el('p', {}, el('a', { href: '#' }, '← All results')),
    el('div', { class: 'page-head' },
      el('div', {}, el('p', { class: 'eyebrow' }, `${num(insight.sessions || 0)} session${insight.sessions === 1 ? '' : 's'}`), el('h1', {}, 'What to re-teach'))),
    el('section', { class: 'panel', 'aria-labelledby': 'revision-h' },
      el('h2', { id: 'revision-h' }, 'Practise it'),
      el('p', {}, 'The questions most missed and those due again on a Leitner schedule, each with its line of the notes.'),
      el('p', {}, el('label', { for: 'revision-size' }, 'Questions '), size, ' ', button),
      status),
    el('section', { class: 'panel', 'aria-labelledby': 'lines-h' },
      el('h2', { id: 'lines-h' }, 'Lines of the notes the class knows least'),
      lines.length ? el('ol', { class: 'reteach-lines' }, lines.map((l) => el('li', { dataset: { line: l.line } },
        el('blockquote', {}, l.text || l.quote),
        el('p', { class: 'muted' }, `Line ${l.line}${l.section ? ` · ${l.section}` : ''} · ${percent(l.correctRate)} right of ${num(l.asked)}`))))
        : el('p', {}, 'No question of these sessions cites the notes.'),
      (insight.sections || []).length ? el('h3', {}, 'Sections') : null,
      el('ul', { class: 'reteach-sections' }, (insight.sections || []).slice(0, SHOWN).map((s) =>
        el('li', {}, `${s.title}: ${percent(s.correctRate)} right`)))),
    el('section', { class: 'panel', 'aria-labelledby': 'missed-h' },
      el('h2', { id: 'missed-h' }, 'Questions most missed'),
      el('ol', { class: 'reteach-questions' }, questions.map((q) => el('li', { dataset: { question: q.id } },
        el('p', {}, q.text),
        el('p', { class: 'muted' }, `${percent(q.correctRate)} right of ${num(q.asked)}`
          + (q.commonWrong ? ` · most common wrong answer: “${q.commonWrong.text}” (${num(q.commonWrong.count)})` : '')))))),
    el('section', { class: 'panel', 'aria-labelledby': 'students-h' },
      el('h2', { id: 'students-h' }, 'Students who need help'),
      students.length ? el('ul', { class: 'reteach-students' }, students.map((s) => el('li', { dataset: { student: s.id } },
        el('strong', {}, s.name), ` · ${percent(s.correctRate)} right of ${num(s.asked)}`,
        s.weakest.length ? el('ul', {}, s.weakest.map((w) => el('li', {}, w.text))) : null)))
        : el('p', {}, 'Every student got everything right.')),
    history ? historyPanel(history) : null);
  return { node };
}
