/**
 * What a page keeps across reloads. Storage can be missing or full (Safari private mode),
 * so every call survives an exception and the game simply does not resume.
 * @module storage
 */

const PLAYER = 'recall.player.';
const LAST_PIN = 'recall.lastPin';
const HOST = 'recall.host';
/** A player record older than this is not resumed: that game is long over. */
const PLAYER_TTL_MS = 12 * 3600 * 1000;

function read(store, key) {
  try {
    const raw = store.getItem(key);
    return raw ? JSON.parse(raw) : null;
  } catch (e) {
    return null;
  }
}

function write(store, key, value) {
  try {
    if (value === null) store.removeItem(key);
    else store.setItem(key, JSON.stringify(value));
  } catch (e) { /* no storage: nothing to keep */ }
}

/**
 * The player's record for a room (token kept in localStorage, keyed by PIN).
 * @param {string} pin
 * @returns {{token: string, playerId: string, name: string, savedAt: number}|null}
 */
export function loadPlayer(pin) {
  const rec = read(localStorage, PLAYER + pin);
  if (!rec || !rec.token) return null;
  if (Date.now() - (rec.savedAt || 0) > PLAYER_TTL_MS) {
    forgetPlayer(pin);
    return null;
  }
  return rec;
}

/**
 * @param {string} pin
 * @param {{token: string, playerId: string, name: string}} rec
 */
export function savePlayer(pin, rec) {
  write(localStorage, PLAYER + pin, { ...rec, savedAt: Date.now() });
  write(localStorage, LAST_PIN, pin);
}

/** @param {string} pin */
export function forgetPlayer(pin) {
  write(localStorage, PLAYER + pin, null);
  if (lastPin() === pin) write(localStorage, LAST_PIN, null);
}

/** @returns {string|null} the PIN of the last game joined on this device */
export function lastPin() {
  return read(localStorage, LAST_PIN);
}

/**
 * The room this tab hosts (sessionStorage: the host key stays with the tab, not the device).
 * @returns {{pin: string, key: string, joinUrl: string}|null}
 */
export function loadHost() {
  return read(sessionStorage, HOST);
}

/** @param {{pin: string, key: string, joinUrl: string}|null} rec null forgets it */
export function saveHost(rec) {
  write(sessionStorage, HOST, rec);
}

/**
 * Small per-tab memory (e.g. the last question, to show its right answer after a reload).
 * @param {string} key
 * @param {*} [value] when given, stored; null removes
 * @returns {*}
 */
export function tabMemo(key, value) {
  if (value !== undefined) write(sessionStorage, 'recall.memo.' + key, value);
  return read(sessionStorage, 'recall.memo.' + key);
}
