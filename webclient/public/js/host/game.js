/**
 * The game on the projector: owns the host's socket and follows the room from lobby to podium.
 * The host key is kept for the tab (sessionStorage), so a reload reconnects with `host`.
 * @module host/game
 */
import { mount, announce } from '../dom.js';
import { Socket, State } from '../socket.js';
import { saveHost } from '../storage.js';
import { toast } from '../toast.js';
import { noticeScreen } from '../student/notice.js';
import { lobbyScreen } from './lobby.js';
import { questionScreen } from './question.js';
import { revealScreen } from './reveal.js';
import { leaderboardScreen } from './leaderboard.js';
import { podiumScreen } from './podium.js';
import { keepFitted } from './fit.js';

const ERRORS = {
  'bad-state': 'That cannot be done at this point of the game.',
  'no-player': 'That player has already left.',
  forbidden: 'Only the teacher’s screen can do that.',
  'rate-limited': 'Too many clicks at once. Wait a moment.',
};

/**
 * Runs a game on the page until {@link stop}.
 * @param {HTMLElement} app
 * @param {HTMLElement} banner the connection status line
 * @param {{pin: string, key: string, joinUrl: string}} room
 * @param {function(): void} onLeave back to the dashboard
 * @returns {function(): void} stop: closes the socket (the game goes on in the server)
 */
export function runGame(app, banner, room, onLeave) {
  const g = { title: '', total: 0, phase: '', players: [], locked: false, question: null, reveal: null, leaderboard: null, lastProgress: null };
  let view = { name: '' };
  const fitter = keepFitted(app);
  const show = (name, screen) => {
    mount(app, screen);
    view = { name, ...screen };
    fitter.refit();
  };
  const send = (type, extra = {}) => socket.send({ type, ...extra });

  const actions = {
    kick: (id) => send('kick', { playerId: id }),
    kickMany: (ids) => send('kick', { playerIds: ids }),
    lock: (on) => send(on ? 'lock' : 'unlock'),
    start: () => send('start'),
    close: () => send('close'),
    next: () => send('next'),
    end: () => { if (confirm('End the game for everyone now? The results so far are saved.')) send('end'); },
    leaderboard: () => showLeaderboard(),
  };

  const showLobby = () => {
    if (view.name !== 'lobby') show('lobby', lobbyScreen({ pin: room.pin, joinUrl: room.joinUrl, title: g.title }, actions));
    view.update(g.players, g.locked);
    fitter.refit();
  };

  const showLeaderboard = () => {
    if (!g.leaderboard) return toast('The leaderboard is not ready yet.');
    const last = g.total && g.reveal && g.reveal.index + 1 >= g.total;
    show('leaderboard', leaderboardScreen(g.leaderboard, { last }, actions.next));
    return undefined;
  };

  const closed = (title, text) => {
    socket.close();
    saveHost(null);
    show('closed', noticeScreen({ screen: 'host-closed', title, text, action: 'Back to the quizzes', onAction: onLeave }));
  };

  const handlers = {
    welcome(m) {
      const s = m.state || {};
      g.title = s.title || g.title;
      g.total = s.total || g.total;
      g.phase = s.phase;
      g.locked = !!s.locked;
      document.title = `Recall — ${g.title || 'game'} — PIN ${room.pin}`;
      if (s.phase === 'lobby') showLobby();
    },
    lobby(m) {
      g.players = m.players || [];
      g.locked = !!m.locked;
      if (g.phase === 'lobby' || view.name === 'lobby' || !g.phase) { g.phase = 'lobby'; showLobby(); }
    },
    question(m) {
      g.phase = 'question';
      g.question = m;
      g.total = m.total || g.total;
      g.title = m.title || g.title;
      g.leaderboard = null;
      show('question', questionScreen(m, actions));
      const p = g.lastProgress && g.lastProgress.index === m.index ? g.lastProgress : { answered: 0, players: g.players.length };
      view.progress(p.answered, p.players);
    },
    progress(m) {
      g.lastProgress = m;
      if (view.name === 'question' && g.question && g.question.index === m.index) view.progress(m.answered, m.players);
      if (m.players && m.answered === m.players) announce('Everybody has answered');
    },
    reveal(m) {
      g.phase = 'reveal';
      const again = view.name === 'leaderboard' && g.reveal && g.reveal.index === m.index;
      g.reveal = { ...m, text: m.text || (g.question && g.question.text), options: m.options || (g.question && g.question.options), kind: m.kind || (g.question && g.question.kind) };
      // After a reconnect the server repeats the reveal: a teacher on the leaderboard stays there.
      if (!again) show('reveal', revealScreen(g.reveal, { total: g.total }, actions));
    },
    leaderboard(m) {
      g.leaderboard = m;
      if (view.name === 'leaderboard') showLeaderboard();
    },
    finished(m) {
      g.phase = 'finished';
      socket.close();
      saveHost(null);
      show('podium', podiumScreen(m, onLeave));
    },
    error(m) {
      if (m.code === 'no-room') return closed('This game is over', 'The room has closed. Its results are on the results page.');
      if (m.code === 'replaced') return closed('This game is open in another tab', 'The teacher’s screen moved to another tab or window.');
      toast(ERRORS[m.code] || m.message || 'Something went wrong.');
      return undefined;
    },
  };

  const socket = new Socket({
    hello: () => ({ type: 'host', pin: room.pin, key: room.key }),
    // A laptop's tab stays alive in the background; switching to the slides for a minute needs no new link.
    hiddenMs: 60000,
    onMessage: (m) => { if (handlers[m.type]) handlers[m.type](m); },
    onState: (state) => {
      const text = state === State.RECONNECTING ? 'Reconnecting…' : state === State.CONNECTING ? 'Connecting…' : '';
      banner.hidden = !text;
      banner.textContent = text;
    },
  });
  show('connecting', noticeScreen({ screen: 'host-connecting', title: `Opening game ${room.pin}…` }));
  socket.connect();
  return () => {
    fitter.stop();
    socket.close();
    banner.hidden = true;
  };
}
