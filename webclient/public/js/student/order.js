/**
 * Ordering by tap-to-place: tap the items first to last; tap a placed item to put it back.
 * Placed items also move with ↑/↓ buttons (keyboard) or by dragging their handle.
 * @module student/order
 */
import { el, announce } from '../dom.js';

/**
 * @param {Array<{id: string, text: string}>} items in the order the server shuffled them
 * @param {function(Array<string>): void} onSend called with the item ids, first to last
 * @returns {{node: HTMLElement, disable: function(): void, enable: function(): void}}
 */
export function orderPicker(items, onSend) {
  let placed = [];
  let disabled = false;
  const placedList = el('ol', { class: 'order-placed', 'aria-label': 'Your order, first to last' });
  const pool = el('div', { class: 'order-pool', role: 'group', 'aria-label': 'Items still to place' });
  const send = el('button', { type: 'button', class: 'button button--primary button--block', disabled: true, dataset: { action: 'send' },
    onclick: () => { if (!disabled && placed.length === items.length) onSend(placed.slice()); } }, 'Send this order');
  const textOf = (id) => items.find((i) => i.id === id).text;

  const render = () => {
    placedList.replaceChildren(...placed.map((id, pos) => placedRow(id, pos)));
    placedList.hidden = placed.length === 0;
    pool.replaceChildren(...items.filter((i) => !placed.includes(i.id)).map((item) =>
      el('button', { type: 'button', class: 'order-item', dataset: { id: item.id }, disabled,
        onclick: () => { placed.push(item.id); render(); focusPool(); announce(`${item.text}: number ${placed.length}`); } },
      item.text)));
    send.disabled = disabled || placed.length !== items.length;
    send.textContent = placed.length === items.length ? 'Send this order' : `Place ${items.length - placed.length} more`;
  };

  const focusPool = () => {
    const next = pool.querySelector('button') || send;
    next.focus();
  };

  const move = (from, to) => {
    if (to < 0 || to >= placed.length) return;
    const [id] = placed.splice(from, 1);
    placed.splice(to, 0, id);
    render();
  };

  const placedRow = (id, pos) => {
    const handle = el('span', { class: 'order-handle', 'aria-hidden': 'true', title: 'Drag to move' }, '⠿');
    const row = el('li', { class: 'order-row', dataset: { id } },
      handle,
      // The name is the visible text (place and item), so that voice control finds it; the hint says how to take it back.
      el('button', { type: 'button', class: 'order-placed-item', disabled, 'aria-describedby': 'order-hint',
        onclick: () => { placed.splice(pos, 1); render(); focusPool(); } },
      el('span', { class: 'order-pos' }, String(pos + 1)), ' ', textOf(id)),
      el('button', { type: 'button', class: 'order-move', disabled: disabled || pos === 0, 'aria-label': `Move ${textOf(id)} up`,
        onclick: () => move(pos, pos - 1) }, '↑'),
      el('button', { type: 'button', class: 'order-move', disabled: disabled || pos === placed.length - 1,
        'aria-label': `Move ${textOf(id)} down`, onclick: () => move(pos, pos + 1) }, '↓'));
    handle.addEventListener('pointerdown', (event) => startDrag(event, row));
    return row;
  };

  // Dragging: the row follows the finger among its siblings; the order is read back on release.
  const startDrag = (event, row) => {
    if (disabled) return;
    event.preventDefault();
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    row.classList.add('order-row--dragging');
    const onMove = (e) => {
      const siblings = [...placedList.children].filter((r) => r !== row);
      const before = siblings.find((r) => {
        const box = r.getBoundingClientRect();
        return e.clientY < box.top + box.height / 2;
      });
      placedList.insertBefore(row, before || null);
    };
    const onUp = () => {
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onUp);
      handle.removeEventListener('pointercancel', onUp);
      placed = [...placedList.children].map((r) => r.dataset.id);
      render();
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onUp);
    handle.addEventListener('pointercancel', onUp);
  };

  render();
  const node = el('div', { class: 'order' },
    el('p', { class: 'hint', id: 'order-hint' }, 'Tap the items in order, first to last. Tap a placed item to take it back.'),
    placedList, pool, send);
  return {
    node,
    disable() { disabled = true; render(); },
    enable() { disabled = false; render(); },
  };
}
