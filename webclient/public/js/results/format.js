/**
 * Dates and durations for the results pages.
 * @module results/format
 */

/**
 * @param {string|number|null} value an ISO date or epoch milliseconds
 * @returns {Date|null}
 */
export function toDate(value) {
  if (value === null || value === undefined || value === '') return null;
  const d = new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * @param {string|number|null} value
 * @returns {string} e.g. "Tue 3 Dec 2024, 09:14"
 */
export function when(value) {
  const d = toDate(value);
  if (!d) return value ? String(value) : '—';
  return d.toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/**
 * @param {number|null} ms
 * @returns {string} e.g. "4.2 s"
 */
export function seconds(ms) {
  return typeof ms === 'number' ? `${(ms / 1000).toFixed(1)} s` : '—';
}

/**
 * @param {number|null} rate 0..1
 * @returns {string} e.g. "42%"
 */
export function percent(rate) {
  return typeof rate === 'number' ? `${Math.round(rate * 100)}%` : '—';
}
