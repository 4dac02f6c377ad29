/**
 * The results pages: every past game (#), and one game (#<session id>).
 * @module results/main
 */
import { el, mount, append } from '../dom.js';
import { get, seg, ApiError } from '../api.js';
import { ensureLogin, loginScreen, logout } from '../login.js';
import { noticeScreen } from '../student/notice.js';
import { sessionsScreen } from './sessions.js';
import { sessionScreen } from './session.js';
import { reteachScreen } from './reteach.js';

const app = document.getElementById('app');

async function route() {
  const id = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  try {
    if (!id) {
      document.title = 'Recall — results';
      mount(app, sessionsScreen(await get('/api/sessions')));
      return;
    }
    if (id.startsWith('reteach?')) {
      // #reteach?quiz=<id>&class=<id>: what to re-teach over every session of a quiz or a class.
      const params = new URLSearchParams(id.slice('reteach?'.length));
      const scope = { quiz: params.get('quiz') || undefined, class: params.get('class') || undefined };
      const query = new URLSearchParams(Object.entries(scope).filter(([, v]) => v)).toString();
      document.title = 'Recall — what to re-teach';
      const [insight, history] = await Promise.all([get(`/api/insights?${query}`),
        scope.class ? get(`/api/classes/${seg(scope.class)}/history`) : null]);
      mount(app, reteachScreen(insight, scope, history));
      return;
    }
    const session = await get(`/api/sessions/${seg(id)}`);
    // Option texts come from the quiz; a deleted quiz only costs the answers' wording.
    const quiz = session.quiz ? await get(`/api/quizzes/${seg(session.quiz)}`).catch(() => null) : null;
    document.title = `Recall — results — ${session.title || session.quiz}`;
    mount(app, sessionScreen(session, quiz));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      mount(app, loginScreen(route));
      return;
    }
    mount(app, noticeScreen({
      screen: 'results-error',
      title: e.status === 404 ? 'No such game' : 'Could not load the results',
      text: e.status === 404 ? 'That game is not in the results.' : e.message,
      action: 'All results',
      onAction: () => { location.hash = ''; },
    }));
  }
}

/** The teacher's name and Log out, as on the console. */
function showUser(user) {
  append(document.getElementById('nav'), [
    el('span', { class: 'muted-light', dataset: { user: '' } }, user),
    el('button', { type: 'button', class: 'button button--small button--ghost', dataset: { action: 'logout' }, onclick: logout }, 'Log out')]);
}

async function start() {
  showUser(await ensureLogin(app));
  window.addEventListener('hashchange', route);
  route();
}

start();
