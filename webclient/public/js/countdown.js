/**
 * A visible countdown. The server says how much time is left when it sends a question
 * (`remainingMs`), so the deadline is counted from the moment the message arrived: a phone
 * whose clock is wrong still shows the right time.
 * @module countdown
 */
import { el, announce } from './dom.js';

/**
 * @param {number} remainingMs from the `question` message
 * @param {number} totalMs the question's `timeLimitMs`
 * @param {object} [options]
 * @param {boolean} [options.large] projector size
 * @param {function(): void} [options.onEnd] called once when it reaches 0
 * @returns {{node: HTMLElement, stop: function(): void}}
 */
export function countdown(remainingMs, totalMs, { large = false, onEnd } = {}) {
  const deadline = performance.now() + Math.max(0, remainingMs);
  const seconds = el('span', { class: 'countdown-seconds' });
  const bar = el('span', { class: 'countdown-bar' });
  const node = el('div', { class: 'countdown' + (large ? ' countdown--large' : ''), role: 'timer', 'aria-label': 'Seconds left' },
    seconds, el('span', { class: 'countdown-track', 'aria-hidden': 'true' }, bar));
  let warned = false;
  let ended = false;
  const tick = () => {
    const left = Math.max(0, deadline - performance.now());
    const secs = Math.ceil(left / 1000);
    seconds.textContent = String(secs);
    bar.style.transform = `scaleX(${totalMs > 0 ? Math.min(1, left / totalMs) : 0})`;
    node.classList.toggle('countdown--low', secs <= 5);
    if (!warned && secs <= 5 && secs > 0 && remainingMs > 6000) {
      warned = true;
      announce('5 seconds left');
    }
    if (left === 0 && !ended) {
      ended = true;
      clearInterval(timer);
      if (onEnd) onEnd();
    }
  };
  const timer = setInterval(tick, 200);
  tick();
  return { node, stop: () => clearInterval(timer) };
}
