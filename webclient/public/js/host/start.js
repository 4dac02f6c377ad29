/**
 * Starting a game: the quiz, optionally some of its questions, the time limit, shuffle.
 * @module host/start
 */
import { el, field } from '../dom.js';
import { KIND_NAMES } from '../answers.js';

/** Time limits offered, in seconds; blank keeps each question's own. */
const LIMITS = [10, 15, 20, 30, 45, 60, 90, 120];

/**
 * @param {object} data
 * @param {Array<{id,title}>} data.quizzes every quiz, for the picker
 * @param {object} data.quiz the chosen quiz document
 * @param {function(string): void} data.onQuiz another quiz was picked
 * @param {function(object): Promise<void>} data.onStart called with the POST /api/rooms body
 * @returns {{node: HTMLElement}}
 */
export function startScreen({ quizzes, quiz, onQuiz, onStart }) {
  const picker = el('select', { id: 'start-quiz', class: 'input', onchange: (e) => onQuiz(e.target.value) },
    quizzes.map((q) => el('option', { value: q.id, selected: q.id === quiz.id }, q.title)));
  const boxes = quiz.questions.map((q, i) => el('input', { type: 'checkbox', id: `pick-${i}`, value: q.id, checked: true }));
  const count = el('span', { class: 'muted', 'aria-live': 'polite' });
  const updateCount = () => {
    const n = boxes.filter((b) => b.checked).length;
    count.textContent = `${n} of ${boxes.length} chosen`;
    button.disabled = n === 0;
  };
  boxes.forEach((b) => b.addEventListener('change', updateCount));
  const setAll = (on) => { boxes.forEach((b) => { b.checked = on; }); updateCount(); };
  const limit = el('select', { id: 'start-limit', class: 'input' },
    el('option', { value: '' }, 'As set for each question'),
    LIMITS.map((s) => el('option', { value: s }, `${s} seconds`)));
  const shuffle = el('input', { type: 'checkbox', id: 'start-shuffle' });
  const scoring = el('select', { id: 'start-scoring', class: 'input' },
    el('option', { value: 'speed' }, 'Speed and streaks (faster right answers score more)'),
    el('option', { value: 'speed-no-streak' }, 'Speed, no streak bonus'),
    el('option', { value: 'accuracy' }, 'Accuracy only (every right answer scores 1000)'));
  const board = el('select', { id: 'start-leaderboard', class: 'input' },
    el('option', { value: 'full' }, 'Everyone'),
    el('option', { value: 'top5' }, 'The top five'),
    el('option', { value: 'self' }, 'Each student sees only their own rank'),
    el('option', { value: 'off' }, 'Nothing: no ranks'));
  const message = el('p', { class: 'form-error', role: 'alert' });
  message.hidden = true;
  const button = el('button', { type: 'submit', class: 'button button--primary button--big' }, 'Open the room');

  const form = el('form', { class: 'card start-form' },
    el('h1', {}, 'Start a game'),
    message,
    field('Quiz', picker),
    el('fieldset', { class: 'pick' },
      el('legend', {}, 'Questions ', count),
      el('div', { class: 'pick-tools' },
        el('button', { type: 'button', class: 'button button--small', onclick: () => setAll(true) }, 'All'),
        el('button', { type: 'button', class: 'button button--small', onclick: () => setAll(false) }, 'None')),
      el('ol', { class: 'pick-list' }, quiz.questions.map((q, i) => el('li', {},
        boxes[i],
        el('label', { for: boxes[i].id }, el('span', { class: 'kind-badge' }, KIND_NAMES[q.kind] || q.kind), ' ', q.text))))),
    field('Time limit', limit),
    field('Scoring', scoring),
    field('Leaderboard', board),
    el('div', { class: 'check' }, shuffle, el('label', { for: shuffle.id }, 'Shuffle the questions')),
    button);
  updateCount();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    const body = { quiz: quiz.id, shuffle: shuffle.checked };
    if (chosen.length !== boxes.length) body.questions = chosen;
    if (limit.value) body.timeLimitSeconds = Number(limit.value);
    if (scoring.value !== 'speed') body.scoring = scoring.value;
    if (board.value !== 'full') body.leaderboard = board.value;
    button.disabled = true;
    message.hidden = true;
    try {
      await onStart(body);
    } catch (e) {
      message.textContent = `The room could not be opened: ${e.message}`;
      message.hidden = false;
      button.disabled = false;
    }
  });

  const node = el('section', { class: 'screen', dataset: { screen: 'start' } },
    el('p', {}, el('a', { href: `#quiz/${encodeURIComponent(quiz.id)}` }, '← Back to the quiz')),
    form);
  return { node };
}
