/**
 * The game connection: one WebSocket to `/ws` that comes back on its own.
 *
 * - The URL is built from `location`, so the page works behind any host name or port, and is
 *   `wss:` under `https:`.
 * - The server pings the socket every third of its idle timeout (RECALL_IDLE_TIMEOUT) and closes
 *   one that stays silent; the browser answers pings by itself, so a quiet player stays connected.
 * - Each (re)connection first sends the `hello` message (join, resume or host), then whatever
 *   was sent while the link was down, in order.
 * - Reconnects back off in steps, 10 ms up to 5 s, and start again from 10 ms after a success.
 * - The contract has no ping message, so the heartbeat is local: every message we send is
 *   answered by the server, and a send that gets nothing back within `replyTimeoutMs` means
 *   a dead link (a phone that changed network keeps a socket that looks open). A timer that
 *   fires far too late means the device slept; coming back online or to the foreground after
 *   that forces a fresh connection too.
 * - A connection attempt that neither opens nor fails within `connectTimeoutMs` (a Wi-Fi that
 *   swallows packets) is abandoned and retried.
 * @module socket
 */

/** Reconnect delays in ms, by attempt; later attempts wait the last one. */
export const RECONNECT_STEPS = [10, 50, 100, 150, 200, 250, 500, 1000, 2000, 5000];

/**
 * The delay before a reconnect attempt.
 * @param {number} tries attempts made so far, from 1
 * @returns {number} ms
 */
export function reconnectDelay(tries) {
  return RECONNECT_STEPS[Math.min(tries, RECONNECT_STEPS.length) - 1];
}

/**
 * The WebSocket URL of this server, from the page's own location.
 * @param {Location} [loc]
 * @returns {string}
 */
export function socketUrl(loc = window.location) {
  const scheme = loc.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${loc.host}/ws`;
}

/** The connection states a page shows. */
export const State = Object.freeze({
  CONNECTING: 'connecting',
  OPEN: 'open',
  RECONNECTING: 'reconnecting',
  CLOSED: 'closed',
});

export class Socket {
  /**
   * @param {object} options
   * @param {function(): object} options.hello the first message of every connection
   * @param {function(object): void} options.onMessage called with each parsed message
   * @param {function(string): void} [options.onState] called with a {@link State} on each change
   * @param {string} [options.url] defaults to {@link socketUrl}
   * @param {number} [options.replyTimeoutMs] how long a send may wait for any reply
   * @param {number} [options.heartbeatMs] how often the sleep/inactivity check runs
   * @param {number} [options.connectTimeoutMs] how long one connection attempt may take
   * @param {number} [options.hiddenMs] after the page was hidden this long, renew the link when it shows again
   */
  constructor({ hello, onMessage, onState = () => {}, url = socketUrl(), replyTimeoutMs = 10000, heartbeatMs = 2000,
    connectTimeoutMs = 5000, hiddenMs = 5000 }) {
    this.hello = hello;
    this.onMessage = onMessage;
    this.onState = onState;
    this.url = url;
    this.replyTimeoutMs = replyTimeoutMs;
    this.heartbeatMs = heartbeatMs;
    this.connectTimeoutMs = connectTimeoutMs;
    this.hiddenMs = hiddenMs;
    this.connectTimer = null;
    this.ws = null;
    this.buffer = [];
    this.tries = 0;
    this.state = State.CLOSED;
    this.closedByUs = false;
    this.reconnectTimer = null;
    this.heartbeatTimer = null;
    this.lastBeat = 0;
    this.lastReceived = 0;
    this.awaitingSince = 0;
    this.hiddenAt = 0;
    this.onOnline = () => this.reconnectNow();
    this.onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        this.hiddenAt = Date.now();
      } else if (this.hiddenAt && Date.now() - this.hiddenAt > this.hiddenMs) {
        this.hiddenAt = 0;
        this.checkLink();
      }
    };
  }

  /** Opens the connection; it reconnects by itself until {@link Socket#close}. */
  connect() {
    this.closedByUs = false;
    window.addEventListener('online', this.onOnline);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.startHeartbeat();
    this.open();
  }

  /** Closes for good: no reconnect, the send buffer is dropped. */
  close() {
    this.closedByUs = true;
    clearTimeout(this.reconnectTimer);
    clearTimeout(this.connectTimer);
    clearInterval(this.heartbeatTimer);
    window.removeEventListener('online', this.onOnline);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.buffer = [];
    if (this.ws) {
      const ws = this.ws;
      this.ws = null;
      ws.onclose = ws.onmessage = ws.onerror = ws.onopen = null;
      try { ws.close(1000); } catch (e) { /* already closed */ }
    }
    this.setState(State.CLOSED);
  }

  /**
   * Sends a message now, or once the connection is back (after the hello).
   * @param {object} message
   * @param {{buffer?: boolean}} [options] `buffer: false` drops the message when the link is down,
   *     for a caller that re-sends by itself after the server's `welcome` said what it still needs
   * @returns {boolean} whether it went out now
   */
  send(message, { buffer = true } = {}) {
    if (this.ws && this.ws.readyState === WebSocket.OPEN && this.state === State.OPEN) {
      this.transmit(message);
      return true;
    }
    if (buffer) this.buffer.push(message);
    return false;
  }

  /** @returns {boolean} whether the link is up */
  isOpen() {
    return this.state === State.OPEN;
  }

  /** Drops the current link (if any) and connects again at once. */
  reconnectNow() {
    if (this.closedByUs) return;
    this.tries = 0;
    clearTimeout(this.reconnectTimer);
    this.drop();
    this.open();
  }

  open() {
    if (this.closedByUs) return;
    this.setState(this.tries === 0 && this.state !== State.RECONNECTING ? State.CONNECTING : State.RECONNECTING);
    let ws;
    try {
      ws = new WebSocket(this.url);
    } catch (e) {
      this.scheduleReconnect();
      return;
    }
    this.ws = ws;
    clearTimeout(this.connectTimer);
    this.connectTimer = setTimeout(() => {
      if (this.ws !== ws || ws.readyState === WebSocket.OPEN) return;
      this.drop();
      this.scheduleReconnect();
    }, this.connectTimeoutMs);
    ws.onopen = () => {
      clearTimeout(this.connectTimer);
      this.tries = 0;
      this.lastReceived = Date.now();
      this.awaitingSince = 0;
      this.setState(State.OPEN);
      this.transmit(this.hello());
      const pending = this.buffer;
      this.buffer = [];
      pending.forEach((m) => this.transmit(m));
    };
    ws.onmessage = (event) => {
      this.lastReceived = Date.now();
      this.awaitingSince = 0;
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return; // the server only sends JSON; anything else is not ours to show
      }
      this.onMessage(message);
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      clearTimeout(this.connectTimer);
      this.ws = null;
      this.scheduleReconnect();
    };
    ws.onerror = () => { /* a close event follows */ };
  }

  transmit(message) {
    if (!this.awaitingSince) this.awaitingSince = Date.now();
    this.ws.send(JSON.stringify(message));
  }

  drop() {
    if (!this.ws) return;
    const ws = this.ws;
    this.ws = null;
    ws.onclose = ws.onmessage = ws.onerror = ws.onopen = null;
    try { ws.close(); } catch (e) { /* already closed */ }
  }

  scheduleReconnect() {
    if (this.closedByUs) return;
    this.tries += 1;
    this.setState(State.RECONNECTING);
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => this.open(), reconnectDelay(this.tries));
  }

  startHeartbeat() {
    clearInterval(this.heartbeatTimer);
    this.lastBeat = Date.now();
    this.heartbeatTimer = setInterval(() => {
      const now = Date.now();
      const slept = now - this.lastBeat > this.heartbeatMs * 3;
      this.lastBeat = now;
      if (slept) this.checkLink();
      else if (this.awaitingSince && now - this.awaitingSince > this.replyTimeoutMs && this.state === State.OPEN) {
        this.reconnectNow();
      }
    }, this.heartbeatMs);
  }

  /** After sleep or a return to the foreground: an open-looking socket may be dead, so renew it. */
  checkLink() {
    if (this.closedByUs) return;
    if (this.state !== State.OPEN || Date.now() - this.lastReceived > this.heartbeatMs) this.reconnectNow();
  }

  setState(state) {
    if (this.state === state) return;
    this.state = state;
    this.onState(state);
  }
}
