/**
 * The projector lobby: the PIN large, the QR code, the join URL, the players as they arrive.
 * @module host/lobby
 */
import { el, replace, num } from '../dom.js';

/**
 * @param {object} data
 * @param {string} data.pin
 * @param {string} data.joinUrl
 * @param {string} data.title
 * @param {object} actions
 * @param {function(string, string): void} actions.kick called with player id and name
 * @param {function(Array<string>): void} actions.kickMany called with the ids of the players selected
 * @param {function(boolean): void} actions.lock true to lock
 * @param {function(): void} actions.start
 * @param {function(): void} actions.end
 * @returns {{node: HTMLElement, update: function(Array<{id,name,connected}>, boolean): void}}
 */
export function lobbyScreen({ pin, joinUrl, title }, { kick, kickMany, lock, start, end }) {
  const spacedPin = `${pin.slice(0, 3)} ${pin.slice(3)}`;
  const count = el('span', { class: 'lobby-count-number' }, '0');
  const list = el('ul', { class: 'chips', 'aria-label': 'Players' });
  const empty = el('p', { class: 'lobby-empty' }, 'Waiting for players…');
  const lockButton = el('button', { type: 'button', class: 'button button--ghost', dataset: { action: 'lock' } });
  const startButton = el('button', { type: 'button', class: 'button button--primary button--big', dataset: { action: 'start' }, onclick: start }, 'Start ▶');
  const lockState = el('p', { class: 'lock-state', role: 'status' });
  // Players ticked for "Remove selected": a room flooded with bots is cleared in one go.
  const selected = new Set();
  const removeSelected = el('button', { type: 'button', class: 'button button--ghost', dataset: { action: 'remove-selected' },
    onclick: () => { if (selected.size > 0) kickMany([...selected]); } }, 'Remove selected');
  const refreshSelection = () => {
    removeSelected.disabled = selected.size === 0;
    removeSelected.textContent = selected.size > 0 ? `Remove selected (${num(selected.size)})` : 'Remove selected';
  };
  let locked = false;
  lockButton.addEventListener('click', () => lock(!locked));
  const base = joinUrl.replace(/^https?:\/\//, '').replace(/\/?\?pin=.*$/, '');

  const node = el('section', { class: 'screen projector host-lobby', dataset: { screen: 'host-lobby' } },
    el('div', { class: 'join-panel' },
      el('div', { class: 'join-how' },
        title ? el('p', { class: 'eyebrow lobby-title' }, title) : null,
        el('p', { class: 'join-step' }, 'On your phone, go to'),
        el('p', { class: 'join-base' }, base),
        el('p', { class: 'join-step' }, 'and enter the Game PIN'),
        el('h1', { class: 'pin', 'aria-label': `Game PIN ${pin.split('').join(' ')}` }, spacedPin),
        el('p', { class: 'join-step' }, 'or scan the code. Link: ', el('a', { class: 'join-url', href: joinUrl, target: '_blank', rel: 'noopener' }, joinUrl))),
      el('img', { class: 'qr', src: `/api/rooms/${encodeURIComponent(pin)}/qr.svg`, alt: `QR code that opens ${joinUrl}`, width: 320, height: 320 })),
    el('div', { class: 'lobby-bar' },
      el('p', { class: 'lobby-count', 'aria-live': 'polite' }, count, ' players'),
      el('div', { class: 'lobby-actions' }, removeSelected, lockButton, el('button', { type: 'button', class: 'button button--ghost', onclick: end }, 'End'), startButton)),
    lockState,
    empty,
    list);
  startButton.setAttribute('data-focus', '');

  const update = (players, isLocked) => {
    locked = isLocked;
    lockButton.textContent = locked ? 'Unlock' : 'Lock';
    lockButton.setAttribute('aria-label', locked ? 'Unlock the room: let new players join' : 'Lock the room: no new players');
    lockButton.dataset.locked = String(locked);
    lockState.textContent = locked ? 'The room is locked: nobody new can join.' : '';
    count.textContent = num(players.length);
    empty.hidden = players.length > 0;
    startButton.disabled = players.length === 0;
    const hadFocus = list.contains(document.activeElement);
    const present = new Set(players.map((p) => p.id));
    for (const id of [...selected]) if (!present.has(id)) selected.delete(id);
    refreshSelection();
    replace(list, players.map((p) => el('li', { class: `chip${p.connected === false ? ' chip--away' : ''}`, dataset: { player: p.id } },
      el('input', { type: 'checkbox', class: 'chip-select', 'aria-label': `Select ${p.name}`, checked: selected.has(p.id),
        onchange: (e) => { if (e.target.checked) selected.add(p.id); else selected.delete(p.id); refreshSelection(); } }),
      el('span', { class: 'chip-name', dir: 'auto' }, p.name),
      p.connected === false ? el('span', { class: 'sr-only' }, ' (disconnected)') : null,
      el('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove ${p.name}`, title: `Remove ${p.name}`, onclick: () => kick(p.id, p.name) }, '×'))));
    if (hadFocus) (list.querySelector('button') || startButton).focus();
  };
  update([], false);
  return { node, update };
}
