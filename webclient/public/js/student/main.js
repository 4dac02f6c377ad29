/**
 * The student's phone: joins with PIN and nickname, then follows the game.
 * This module owns the state and the socket; the screens only draw.
 * @module student/main
 */
import { mount, announce, num } from '../dom.js';
import { Socket, State } from '../socket.js';
import { loadPlayer, savePlayer, forgetPlayer, lastPin, tabMemo } from '../storage.js';
import { joinScreen } from './join.js';
import { lobbyScreen } from './lobby.js';
import { questionScreen } from './question.js';
import { answeredScreen } from './answered.js';
import { outcomeScreen } from './outcome.js';
import { finishedScreen } from './finished.js';
import { noticeScreen } from './notice.js';
import { homeworkScreen, homeworkOutcomeExtra } from './homework.js';

const app = document.getElementById('app');
const banner = document.getElementById('connection');
const meNode = document.getElementById('me');
const scoreNode = document.getElementById('score');

/** Everything this phone knows about its game. */
const game = {
  pin: '',
  token: '',
  name: '',
  phase: '',
  title: '',
  count: 0,
  question: null,      // the open (or last) question message
  acknowledged: -1,    // index of the last question whose answer the server stored
  pending: null,       // {index, answer}: sent, not yet acknowledged
  awaitingWelcome: false,
  helloKind: '',       // 'join' or 'resume'
  byCode: false,       // a class room: students join with the code on their card
  code: '',
  homework: null,      // {answered, total, dueAt} in a homework, else null
};

let socket = null;
let view = { name: '' }; // the screen on display and its handle

/** Messages for the contract's error codes when joining. */
const JOIN_ERRORS = {
  'no-room': ['There is no game with that PIN. Check the number on the big screen.', 'pin'],
  'name-taken': ['Someone in this game already has that nickname, or one that looks just like it. Pick another one.', 'name'],
  'bad-name': ['A nickname is 1 to 24 characters with at least one letter or digit, and no invisible characters. Try another one.', 'name'],
  'room-full': ['This game is full. Ask your teacher.', 'pin'],
  locked: ['The teacher has locked this game, so nobody new can join. Ask them to unlock it.', 'pin'],
  'bad-code': ['That code is not one of this class’s. Check the code on your card.', 'name'],
  'code-required': ['This game is for your class: type the code on your card.', 'name'],
  closed: ['This homework is closed: its deadline has passed.', 'pin'],
  'rate-limited': ['Too many tries from this network. Wait a minute and try again.', 'pin'],
};

function show(name, screen, extra = {}) {
  mount(app, screen);
  view = { name, ...screen, ...extra };
}

function showJoin(opts = {}) {
  closeSocket();
  game.phase = '';
  meNode.textContent = '';
  scoreNode.textContent = '';
  const screen = joinScreen({ pin: opts.pin ?? game.pin, name: opts.name ?? game.name, error: opts.error, errorField: opts.errorField,
    byCode: game.byCode, code: game.code }, join);
  show('join', screen);
}

function join(pin, nameOrCode, byCode) {
  game.pin = pin;
  game.token = '';
  if (byCode) game.code = nameOrCode;
  else game.name = nameOrCode;
  view.setBusy && view.setBusy(true);
  open('join', () => (byCode ? { type: 'join', pin: game.pin, code: game.code } : { type: 'join', pin: game.pin, name: game.name }));
}

function resume(pin, record) {
  game.pin = pin;
  game.token = record.token;
  game.name = record.name || '';
  meNode.textContent = game.name;
  show('waiting', noticeScreen({ screen: 'waiting', title: 'Getting you back into the game…' }));
  open('resume', resumeHello);
}

const resumeHello = () => ({ type: 'resume', pin: game.pin, token: game.token });

function open(kind, hello) {
  closeSocket();
  game.helloKind = kind;
  socket = new Socket({ hello, onMessage: handle, onState: connectionChanged });
  socket.connect();
}

function closeSocket() {
  if (socket) socket.close();
  socket = null;
  showBanner('');
}

function connectionChanged(state) {
  if (state === State.OPEN) game.awaitingWelcome = true;
  if (state === State.RECONNECTING) showBanner('Reconnecting…');
  else if (state === State.CONNECTING) showBanner('Connecting…');
  else showBanner('');
}

function showBanner(text) {
  banner.hidden = !text;
  banner.textContent = text;
  document.body.classList.toggle('is-offline', !!text);
}

function handle(msg) {
  switch (msg.type) {
    case 'welcome': return welcome(msg);
    case 'lobby': return lobby(msg);
    case 'question': return question(msg);
    case 'answered': return answered(msg);
    case 'outcome': return outcome(msg);
    case 'finished': return finished(msg);
    case 'kicked': return kicked();
    case 'error': return error(msg);
    default: return undefined; // a newer server may say more; nothing to show
  }
}

function welcome(msg) {
  game.awaitingWelcome = false;
  if (msg.token) game.token = msg.token;
  if (msg.name) game.name = msg.name;
  savePlayer(game.pin, { token: game.token, playerId: msg.playerId, name: game.name });
  game.helloKind = 'resume';
  socket.hello = resumeHello;
  meNode.textContent = game.name;
  if (typeof msg.score === 'number') scoreNode.textContent = `${num(msg.score)} pts`;
  const state = msg.state || {};
  game.phase = state.phase || 'lobby';
  game.title = state.title || game.title;
  if (typeof state.players === 'number') game.count = state.players;
  game.homework = msg.mode === 'homework' ? { answered: msg.answered, total: msg.total, dueAt: msg.dueAt } : null;
  if (msg.question) {
    question(msg.question);
  } else if (game.homework) {
    if (!msg.finished) show('homework', homeworkScreen({ title: game.title, ...game.homework }, nextQuestion));
  } else if (game.phase === 'lobby') {
    showLobby();
  } else if (game.phase !== 'finished' && view.name !== 'outcome') {
    // The server follows with the last outcome; until then say where we are.
    show('waiting', noticeScreen({ screen: 'waiting', title: 'You’re back in the game', text: 'Look at the big screen: the next question is coming.' }));
  }
}

/** Homework: this student's next question, at their own pace. */
function nextQuestion() {
  if (socket) socket.send({ type: 'next' });
}

function showLobby() {
  if (view.name === 'lobby') {
    view.update(game.count);
  } else {
    show('lobby', lobbyScreen({ name: game.name, title: game.title, count: game.count }));
    announce('You are in. Wait for the teacher to start.');
  }
}

function lobby(msg) {
  if (typeof msg.count === 'number') game.count = msg.count;
  if (game.phase === 'lobby' || view.name === 'lobby') showLobby();
}

function question(q) {
  game.phase = 'question';
  game.question = q;
  game.title = q.title || game.title;
  tabMemo('question.' + game.pin, q);
  if (game.pending && game.pending.index !== q.index) game.pending = null;
  if (q.answered || game.acknowledged === q.index) {
    game.acknowledged = q.index;
    game.pending = null;
    show('answered', answeredScreen(q, null));
    return;
  }
  const sending = !!game.pending;
  // An answer given while the link was down, or sent just before it dropped, is sent (again) on
  // the new connection. Safe: the server keeps one answer and says "already-answered" to another.
  if (sending) socket.send({ type: 'answer', index: q.index, ...game.pending.answer }, { buffer: false });
  show('question', questionScreen(q, { onAnswer: (answer) => sendAnswer(q, answer), sending }), { index: q.index });
  // Timed homework: nobody closes the question for everyone, so when this student's time is up the
  // phone asks to go on; the server counts the question as missed and sends its outcome.
  if (game.homework && typeof q.remainingMs === 'number') {
    setTimeout(() => {
      if (view.name === 'question' && view.index === q.index && !game.pending && socket) socket.send({ type: 'next' });
    }, q.remainingMs + 500);
  }
}

function sendAnswer(q, answer) {
  if (game.acknowledged === q.index || game.pending) return; // one answer per question
  game.pending = { index: q.index, answer };
  // Not buffered by the socket: after a reconnect, the welcome says whether it is still needed.
  socket.send({ type: 'answer', index: q.index, ...answer }, { buffer: false });
}

function answered(msg) {
  const q = game.question;
  if (!q || msg.index !== q.index) return;
  const answer = game.pending ? game.pending.answer : null;
  game.acknowledged = msg.index;
  game.pending = null;
  if (view.name !== 'answered') {
    show('answered', answeredScreen(q, answer));
    announce('Answer received');
  }
}

function outcome(msg) {
  game.phase = 'reveal';
  game.pending = null;
  scoreNode.textContent = `${num(msg.score)} pts`;
  const q = game.question || tabMemo('question.' + game.pin);
  show('outcome', outcomeScreen(msg, q));
  if (game.homework) {
    view.node.append(homeworkOutcomeExtra(msg, nextQuestion));
    const hint = view.node.querySelector('.hint');
    if (hint) hint.remove();
  }
}

function finished(msg) {
  game.phase = 'finished';
  closeSocket();
  forgetPlayer(game.pin);
  tabMemo('question.' + game.pin, null);
  if (typeof msg.score === 'number') scoreNode.textContent = `${num(msg.score)} pts`;
  show('finished', finishedScreen(msg, game.name, () => {
    game.name = '';
    showJoin({ pin: '' });
  }));
}

function kicked() {
  closeSocket();
  forgetPlayer(game.pin);
  meNode.textContent = '';
  scoreNode.textContent = '';
  show('kicked', noticeScreen({
    screen: 'kicked',
    title: 'You were removed from the game',
    text: 'The teacher took you out of this game. If that was a mistake, ask them and join again.',
    action: 'Back to the join screen',
    onAction: () => showJoin({ name: '' }),
  }));
}

function error(msg) {
  const code = msg.code;
  if (game.awaitingWelcome) return helloFailed(code, msg.message);
  if (code === 'closed') {
    closeSocket();
    forgetPlayer(game.pin);
    return show('closed', noticeScreen({ screen: 'closed', title: 'This homework is closed', text: 'Its deadline has passed, or the teacher closed it. Your answers so far are saved.' }));
  }
  switch (code) {
    case 'already-answered':
      return answered({ index: game.pending ? game.pending.index : game.question && game.question.index });
    case 'too-late':
    case 'not-open':
      game.pending = null;
      if (view.name === 'question') view.closed('Too late: time was up before your answer arrived.');
      return undefined;
    case 'bad-answer':
      game.pending = null;
      if (view.name === 'question') view.fail('That answer could not be read. Check it and send it again.');
      return undefined;
    case 'not-saved':
      game.pending = null;
      if (view.name === 'question') view.fail('Your answer was not saved. Please send it again.');
      return undefined;
    case 'kicked':
      return kicked();
    case 'replaced':
      closeSocket();
      return show('replaced', noticeScreen({
        screen: 'replaced',
        title: 'This game is open somewhere else',
        text: 'Your game was opened in another tab or window. You can go on playing there, or here.',
        action: 'Play here',
        onAction: () => resume(game.pin, { token: game.token, name: game.name }),
      }));
    case 'rate-limited':
      if (view.name === 'question') view.fail('Slow down a little, then send your answer again.');
      return undefined;
    default:
      if (view.name === 'question' && game.pending) {
        game.pending = null;
        view.fail(msg.message || 'Something went wrong. Try again.');
      }
      return undefined;
  }
}

function helloFailed(code, message) {
  game.awaitingWelcome = false;
  if (game.helloKind === 'join') {
    if (code === 'code-required' || code === 'bad-code') game.byCode = true;
    const [text, fieldName] = JOIN_ERRORS[code] || [message || 'Could not join. Try again.', 'pin'];
    return showJoin({ error: text, errorField: fieldName });
  }
  // A resume that failed: the saved token is no good any more.
  if (code === 'kicked') return kicked();
  if (code === 'rate-limited') {
    closeSocket();
    show('waiting', noticeScreen({ screen: 'waiting', title: 'Too many reconnections', text: 'Trying again in a few seconds…' }));
    setTimeout(() => resume(game.pin, { token: game.token, name: game.name }), 5000);
    return undefined;
  }
  forgetPlayer(game.pin);
  const text = code === 'no-room' ? 'That game has ended. Join a new one with the PIN on the big screen.' : (message || 'Could not get back into the game.');
  return showJoin({ error: text, errorField: 'pin', pin: code === 'no-room' ? '' : game.pin });
}

function start() {
  const params = new URLSearchParams(location.search);
  const urlPin = (params.get('pin') || '').replace(/\D/g, '').slice(0, 6);
  const pin = urlPin || lastPin() || '';
  const record = pin ? loadPlayer(pin) : null;
  game.code = (params.get('code') || '').slice(0, 16);
  game.byCode = !!game.code;
  if (record) return resume(pin, record);
  showJoin({ pin: urlPin, name: '' });
  // A class room asks for the code on the student's card instead of a nickname.
  if (urlPin && !game.byCode) {
    fetch(`/api/rooms/${urlPin}`).then((r) => (r.ok ? r.json() : null)).then((info) => {
      if (info && info.class && view.name === 'join' && !game.byCode) {
        game.byCode = true;
        showJoin({ pin: urlPin, name: '' });
      }
    }).catch(() => {});
  }
}

start();
