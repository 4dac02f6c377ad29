/**
 * The teacher console: login, quizzes, preview, start, and the game on the projector.
 * Pages are hash routes (#quiz/ID, #start/ID, #room/PIN) so Back works and a reload stays put.
 * @module host/main
 */
import { el, mount, replace } from '../dom.js';
import { get, post, seg, ApiError } from '../api.js';
import { whoAmI, logout, loginScreen } from '../login.js';
import { passwordScreen } from '../account/password.js';
import { staffScreen } from './staff.js';
import { loadHost, saveHost } from '../storage.js';
import { toast } from '../toast.js';
import { noticeScreen } from '../student/notice.js';
import { quizzesScreen } from './quizzes.js';
import { previewScreen } from './preview.js';
import { startScreen } from './start.js';
import { runGame } from './game.js';
import { workshopScreen } from '../editor/routes.js';
import { classRoute } from './classes.js';
import { homeworkRoute } from './homework.js';

const app = document.getElementById('app');
const banner = document.getElementById('connection');
const nav = document.getElementById('nav');
let stopGame = null;
let quizCache = null;
let me = null;

async function quizzes() {
  if (!quizCache) quizCache = await get('/api/quizzes');
  return quizCache;
}

async function route() {
  if (stopGame) { stopGame(); stopGame = null; }
  document.body.classList.remove('projecting');
  document.title = 'Recall — teacher';
  const [page, arg] = decodeURIComponent(location.hash.replace(/^#\/?/, '')).split('/');
  try {
    if (page === 'room' && arg) return openRoom(arg);
    if (page === 'quiz' && arg) return mount(app, previewScreen(await get(`/api/quizzes/${seg(arg)}`)));
    if (page === 'start' && arg) return showStart(arg);
    if (page === 'staff' && me && me.admin) return mount(app, staffScreen({ me: me.user }));
    if (await classRoute(app, mount, page, arg) !== null || await homeworkRoute(app, mount, page, arg) !== null) return undefined;
    const workshop = workshopScreen(page, arg, route);
    if (workshop) quizCache = null;
    if (workshop) return mount(app, await workshop);
    if (page === 'password') return mount(app, passwordScreen({ onDone: () => { toast('Password changed.'); location.hash = ''; } }));
    quizCache = null;
    const [list, rooms] = await Promise.all([quizzes(), get('/api/rooms').catch(() => [])]);
    return mount(app, quizzesScreen({ quizzes: list, rooms: rooms || [], onOpenRoom: attach, onReload: reloadFolder, onChanged: route }));
  } catch (e) {
    return failed(e);
  }
}

function failed(e) {
  if (e instanceof ApiError && e.status === 401) {
    return mount(app, loginScreen(() => route()));
  }
  if (e instanceof ApiError && e.code === 'password-change-required') {
    return mount(app, passwordScreen({ forced: true, onDone: () => route() }));
  }
  const notFound = e instanceof ApiError && e.status === 404;
  return mount(app, noticeScreen({
    screen: 'host-error',
    title: notFound ? 'Not found' : 'Something went wrong',
    text: notFound ? 'That quiz or game does not exist (any more).' : e.message,
    action: 'Back to the quizzes',
    onAction: () => { location.hash = ''; },
  }));
}

async function showStart(id) {
  const [list, quiz] = await Promise.all([quizzes(), get(`/api/quizzes/${seg(id)}`)]);
  mount(app, startScreen({
    quizzes: list,
    quiz,
    onQuiz: (other) => { location.hash = `#start/${encodeURIComponent(other)}`; },
    onStart: async (body) => {
      const room = await post('/api/rooms', body);
      saveHost({ pin: room.pin, key: room.hostKey, joinUrl: room.joinUrl });
      location.hash = `#room/${room.pin}`;
    },
  }));
}

/** Reads questions/ again (a teacher added or fixed a file), says what came of it, shows the new list. */
async function reloadFolder() {
  try {
    const r = await post('/api/quizzes/reload');
    const files = [...new Set((r.refused || []).map((p) => p.file).filter(Boolean))];
    toast(`${r.loaded} quiz${r.loaded === 1 ? '' : 'zes'} loaded from the question folder`
      + (files.length ? `; refused: ${files.join(', ')} (see the server's console)` : '.'));
    route();
  } catch (e) {
    failed(e);
  }
}

/** Takes over an open game listed by GET /api/rooms (e.g. after closing the tab). */
function attach(room) {
  saveHost({ pin: room.pin, key: room.hostKey, joinUrl: room.joinUrl || `${location.origin}/?pin=${room.pin}` });
  location.hash = `#room/${room.pin}`;
}

async function openRoom(pin) {
  let room = loadHost();
  if (!room || room.pin !== pin) {
    // Not this tab's game: the teacher may still own it (listed with its key).
    const rooms = await get('/api/rooms').catch(() => []);
    const found = (rooms || []).find((r) => r.pin === pin);
    if (!found) {
      return mount(app, noticeScreen({ screen: 'host-error', title: 'No such game', text: `There is no open game with PIN ${pin}.`, action: 'Back to the quizzes', onAction: () => { location.hash = ''; } }));
    }
    room = { pin, key: found.hostKey, joinUrl: found.joinUrl || `${location.origin}/?pin=${pin}` };
    saveHost(room);
  }
  document.body.classList.add('projecting');
  stopGame = runGame(app, banner, room, () => {
    saveHost(null);
    location.hash = '';
  });
  return undefined;
}

function showNav(who) {
  replace(nav,
    el('a', { href: '#' }, 'Quizzes'),
    el('a', { href: 'results.html' }, 'Results'),
    el('a', { href: '#classes' }, 'Classes'),
    el('a', { href: '#assignments' }, 'Homework'),
    who.admin ? el('a', { href: '#staff' }, 'Staff') : null,
    el('a', { href: '#password' }, 'Change password'),
    el('span', { class: 'muted-light', id: 'who' }, who.displayName || who.user),
    el('button', { type: 'button', class: 'button button--small button--ghost', onclick: logout }, 'Log out'));
}

async function start() {
  try {
    me = await whoAmI(app);
    showNav(me);
  } catch (e) {
    toast(e.message);
    return;
  }
  const room = loadHost();
  if (room && !location.hash) history.replaceState(null, '', `#room/${room.pin}`);
  window.addEventListener('hashchange', route);
  route();
}

start();
