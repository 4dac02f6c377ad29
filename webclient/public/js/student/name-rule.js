/**
 * How long a nickname is, counted as the server counts it (recall.room.PlayerName): user-perceived
 * characters (extended grapheme clusters), so an emoji with its skin tone, or a family, is one.
 * @module student/name-rule
 */

/** The contract's limit: 1 to 24 characters after trimming. */
export const MAX_NAME = 24;

/** Longest text the server reads at all, in UTF-16 units (the input's maxlength). */
export const MAX_NAME_UNITS = 256;

const segmenter = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/**
 * @param {string} name
 * @returns {number} grapheme clusters after NFC normalisation (code points where Intl.Segmenter is missing)
 */
export function nameLength(name) {
  const s = name.normalize('NFC');
  if (!segmenter) return Array.from(s).length;
  let n = 0;
  for (const _ of segmenter.segment(s)) n++;
  return n;
}

/**
 * The nickname as the server will read it: NFC, every run of spaces (no-break ones too) as one
 * space, trimmed.
 * @param {string} raw
 * @returns {string}
 */
export function cleanName(raw) {
  return raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
