/**
 * One past game: which questions the class got wrong (re-teach those first), and every
 * student's score and answers.
 * @module results/session
 */
import { el, num, ordinal } from '../dom.js';
import { describeAnswer, describeCorrect, KIND_NAMES } from '../answers.js';
import { when, seconds, percent } from './format.js';

/** Below this share of right answers a question is flagged for re-teaching. */
const RETEACH = 0.5;

/**
 * @param {object} s the saved session (GET /api/sessions/{id})
 * @param {object|null} quiz the quiz document, to name options (null when it is gone)
 * @returns {{node: HTMLElement}}
 */
export function sessionScreen(s, quiz) {
  const questions = [...(s.questions || [])].sort((a, b) => a.index - b.index);
  const byId = new Map(((quiz && quiz.questions) || []).map((q) => [q.id, q]));
  // The question as asked (shuffled order items included) is saved with the session; the quiz is a fallback.
  const asked = (q) => q.question || byId.get(q.id) || {};
  const optionsOf = (q) => q.options || asked(q).options || asked(q).items || null;
  const players = [...(s.players || [])].sort((a, b) => (a.rank || 1e9) - (b.rank || 1e9) || b.score - a.score);
  const answers = new Map((s.answers || []).map((a) => [`${a.playerId}/${a.index}`, a]));
  const scored = questions.filter((q) => q.kind !== 'poll' && typeof q.correctRate === 'number');
  const hardest = [...scored].sort((a, b) => a.correctRate - b.correctRate || a.index - b.index);
  const polls = questions.filter((q) => !scored.includes(q));
  const average = players.length ? Math.round(players.reduce((t, p) => t + (p.score || 0), 0) / players.length) : 0;
  const classRate = scored.length ? scored.reduce((t, q) => t + q.correctRate, 0) / scored.length : null;

  const node = el('section', { class: 'screen session', dataset: { screen: 'session', session: s.id } },
    el('p', {}, el('a', { href: '#' }, '← All results')),
    el('div', { class: 'page-head' },
      el('div', {}, el('p', { class: 'eyebrow' }, when(s.startedAt)), el('h1', {}, s.title || s.quiz)),
      el('div', { class: 'actions no-print' },
        el('a', { class: 'button', href: `#reteach?${new URLSearchParams(s.class ? { quiz: s.quiz, class: s.class } : { quiz: s.quiz })}`, dataset: { action: 'reteach' } }, 'What to re-teach'),
        // The server names the file after the quiz and the day.
        el('a', { class: 'button button--primary', href: `/api/sessions/${encodeURIComponent(s.id)}/results.csv`, download: '', dataset: { action: 'csv' } }, 'Download CSV'),
        el('a', { class: 'button', href: `/api/sessions/${encodeURIComponent(s.id)}/results.xlsx`, download: '', dataset: { action: 'xlsx' } }, 'Download spreadsheet'),
        el('button', { type: 'button', class: 'button', dataset: { action: 'print' }, onclick: () => window.print() }, 'Print'))),
    el('dl', { class: 'summary' },
      summary('Players', num(players.length)),
      summary('Questions', num(questions.length)),
      summary('Class average', percent(classRate)),
      summary('Average score', num(average)),
      s.finishedAt ? (s.endedEarly ? summary('Status', 'Ended early') : null) : summary('Status', s.mode === 'homework' ? 'Open' : 'Cut short'),
      s.mode === 'homework' ? summary('Mode', 'Homework') : null),
    el('section', { class: 'panel', 'aria-labelledby': 'hardest' },
      el('h2', { id: 'hardest' }, 'Questions, hardest first'),
      el('p', { class: 'muted' }, `Below ${percent(RETEACH)} right is marked “re-teach”.`),
      el('ol', { class: 'difficulty' }, hardest.map((q) => difficultyRow(q)), polls.map((q) => difficultyRow(q)))),
    el('section', { class: 'panel', 'aria-labelledby': 'students' },
      el('h2', { id: 'students' }, 'Students'),
      el('div', { class: 'table-wrap' }, el('table', { class: 'table grid' },
        el('caption', { class: 'sr-only' }, 'Each student’s score and answers; ✓ right, ◐ partly right, ✗ wrong, — no answer'),
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col', class: 'num' }, 'Rank'), el('th', { scope: 'col' }, 'Student'),
          el('th', { scope: 'col', class: 'num' }, 'Score'), el('th', { scope: 'col', class: 'num' }, 'Right'),
          questions.map((q) => el('th', { scope: 'col', title: q.text }, `Q${q.index + 1}`)))),
        el('tbody', {}, players.map((p) => el('tr', { dataset: { player: p.id } },
          el('td', { class: 'num' }, p.rank ? ordinal(p.rank) : '—'),
          el('th', { scope: 'row', class: 'student-name', dir: 'auto' }, p.name),
          el('td', { class: 'num', dataset: { score: p.score } }, num(p.score)),
          el('td', { class: 'num' }, `${num(p.correct)} / ${num(p.answered)}`),
          questions.map((q) => answerCell(answers.get(`${p.id}/${q.index}`), q, optionsOf(q), asked(q).correct)))))))));
  return { node };

  /** The wrong answer given most often to a question, in words, with how many gave it. */
  function commonWrong(q) {
    const tally = new Map();
    (s.answers || []).filter((a) => a.index === q.index && !a.correct).forEach((a) => {
      const text = describeAnswer(a.answer, optionsOf(q));
      tally.set(text, (tally.get(text) || 0) + 1);
    });
    const [top] = [...tally.entries()].sort((a, b) => b[1] - a[1]);
    return top ? `${top[0]} (${top[1]})` : '';
  }

  function difficultyRow(q) {
    const isPoll = q.kind === 'poll' || typeof q.correctRate !== 'number';
    const flag = !isPoll && q.correctRate < RETEACH;
    const correct = asked(q).correct;
    const wrong = isPoll ? '' : commonWrong(q);
    return el('li', { class: `difficulty-row${flag ? ' is-flagged' : ''}`, dataset: { index: q.index, rate: isPoll ? '' : q.correctRate } },
      el('div', { class: 'difficulty-text' },
        el('span', { class: 'muted' }, `Q${q.index + 1} · ${KIND_NAMES[q.kind] || q.kind}`),
        flag ? el('span', { class: 'badge badge--warn' }, 'Re-teach') : null,
        el('p', {}, q.text),
        correct && !isPoll ? el('p', { class: 'difficulty-detail' }, 'Answer: ', el('strong', {}, describeCorrect(correct, optionsOf(q)))) : null,
        wrong ? el('p', { class: 'difficulty-detail' }, 'Most common wrong answer: ', el('strong', {}, wrong)) : null),
      isPoll ? el('span', { class: 'muted' }, 'Poll: no right answer') : el('div', { class: 'difficulty-meter' },
        el('span', { class: 'meter', 'aria-hidden': 'true' }, el('span', { class: 'meter-fill', style: { '--share': String(q.correctRate) } })),
        el('span', { class: 'difficulty-rate' }, `${percent(q.correctRate)} right`),
        el('span', { class: 'muted' }, `avg ${seconds(q.averageMs)}`)));
  }
}

function summary(label, value) {
  return el('div', {}, el('dt', {}, label), el('dd', {}, value));
}

function answerCell(a, q, options, correct) {
  if (!a) return el('td', { class: 'cell cell--none', title: 'No answer' }, '—');
  const text = describeAnswer(a.answer, options);
  const shown = a.answer && Array.isArray(a.answer.order) ? inPlace(a.answer.order, correct) : text;
  const fraction = a.points > 0 && !a.correct;
  const mark = q.kind === 'poll' ? '•' : a.correct ? '✓' : fraction ? '◐' : '✗';
  const tone = q.kind === 'poll' ? 'poll' : a.correct ? 'ok' : fraction ? 'part' : 'wrong';
  return el('td', { class: `cell cell--${tone}`, title: `${text} · ${num(a.points)} pts · ${seconds(a.ms)}` },
    el('span', { class: 'cell-mark', 'aria-hidden': 'true' }, mark),
    el('span', { class: 'cell-text' }, shown),
    el('span', { class: 'sr-only' }, a.correct ? ' (right)' : fraction ? ' (partly right)' : q.kind === 'poll' ? '' : ' (wrong)'));
}

/** An order answer in short: how many items stand in their right place. */
function inPlace(order, correct) {
  const right = correct && Array.isArray(correct.order) ? correct.order : null;
  if (!right) return order.join(' ');
  const n = order.filter((id, i) => right[i] === id).length;
  return n === right.length ? 'all in order' : `${n} of ${right.length} in place`;
}
