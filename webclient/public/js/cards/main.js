/**
 * The join cards of a class, to print and cut out: each student's name, personal code, and a QR
 * code of the join link with the code (`cards.html?class=ID`, optionally `&pin=` for one room).
 * @module cards/main
 */
import { el, mount } from '../dom.js';
import { get, seg, ApiError } from '../api.js';
import { loginScreen } from '../login.js';

const app = document.getElementById('app');

function card(c) {
  const qr = el('img', { class: 'join-card-qr', alt: `QR code of the join link for ${c.name}`,
    src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(c.qr)}` });
  return el('li', { class: 'join-card', dataset: { student: c.id } },
    el('p', { class: 'join-card-name' }, c.name),
    qr,
    el('p', { class: 'join-card-code' }, el('span', { class: 'join-card-label' }, 'Your code '), el('strong', {}, c.code)),
    el('p', { class: 'join-card-url' }, c.joinUrl));
}

async function show() {
  const params = new URLSearchParams(location.search);
  const id = params.get('class') || '';
  const pin = (params.get('pin') || '').replace(/\D/g, '').slice(0, 6);
  try {
    const sheet = await get(`/api/classes/${seg(id)}/cards${pin ? `?pin=${pin}` : ''}`);
    document.title = `Recall — join cards — ${sheet.name}`;
    const print = el('button', { type: 'button', class: 'button button--primary', onclick: () => window.print() }, 'Print');
    mount(app, { node: el('section', { class: 'screen cards', dataset: { screen: 'cards' } },
      el('div', { class: 'page-head no-print' }, el('h1', {}, `Join cards: ${sheet.name}`), print),
      el('p', { class: 'muted no-print' }, pin ? `Each card opens the game with PIN ${pin}.`
        : 'Each card fills in the student’s code; the PIN comes from the big screen.'),
      el('ul', { class: 'join-cards', 'aria-label': 'Join cards' }, sheet.cards.map(card))) });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return mount(app, loginScreen(show));
    return mount(app, { node: el('section', { class: 'screen' }, el('h1', {}, 'No such class'), el('p', {}, e.message)) });
  }
  return undefined;
}

show();
