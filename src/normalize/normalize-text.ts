import type { Span } from '../core/index.js';
import { normalizeTonePlacement } from './tone-placement.js';

/**
 * The working text of an article beside its raw text. `text` is NFC, new-style tone placement, with
 * zero-width characters, soft hyphens, BOMs and carriage returns removed and odd spaces made plain.
 * `start[i]`/`end[i]` give the raw range that produced text[i]; null means the identity map.
 */
export interface NormalizedText {
  readonly raw: string;
  readonly text: string;
  readonly start: Int32Array | null;
  readonly end: Int32Array | null;
}

const NEEDS_WORK = /[\u0300-\u036f\u200b-\u200d\u2060\ufeff\u00ad\r\u00a0\t\u2000-\u200a\u202f\u205f\u3000\f\v]/;

const isCombining = (c: number): boolean => c >= 0x300 && c <= 0x36f;
const isDropped = (c: number): boolean => (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad || c === 0x0d;
const isOddSpace = (c: number): boolean =>
  c === 0xa0 || c === 0x09 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x0c || c === 0x0b;

// Code units the fast path knows: 0 NFC-stable and left as is (Latin, Vietnamese letters, common punctuation), 1 to be
// rewritten (NEEDS_WORK), 2 not known here (normalize('NFC') decides). Most articles have only the first kind, and a
// table lookup per character is cheaper than a regular expression and an NFC pass over the whole text.
const FAST_CLASS = new Uint8Array(0x10000).fill(2);
for (const [from, to] of [[0, 0x2ff], [0x1e00, 0x1eff], [0x2010, 0x2027], [0x2030, 0x205e], [0x20a0, 0x20bf]] as const) {
  for (let c = from; c <= to; c++) FAST_CLASS[c] = NEEDS_WORK.test(String.fromCharCode(c)) ? 1 : 0;
}

/** True when a raw text is not already NFC without the characters normalizeText removes or rewrites. */
export function needsNormalizing(raw: string): boolean {
  let unknown = false;
  for (let i = 0; i < raw.length; i++) {
    const k = FAST_CLASS[raw.charCodeAt(i)];
    if (k === 1) return true;
    if (k === 2) unknown = true;
  }
  return unknown && (NEEDS_WORK.test(raw) || raw.normalize('NFC') !== raw);
}

/** Normalizes an article's raw text, keeping an offset map back to it. Idempotent on its output. */
export function normalizeText(raw: string): NormalizedText {
  if (!needsNormalizing(raw)) {
    return { raw, text: normalizeTonePlacement(raw), start: null, end: null };
  }
  const n = raw.length;
  const out: string[] = [];
  const start = new Int32Array(n + 1);
  const end = new Int32Array(n + 1);
  let len = 0;
  let i = 0;
  // plain runs are copied in one slice; only clusters with marks and odd characters are handled one by one
  let runStart = 0;
  const flush = (upTo: number): void => {
    if (upTo <= runStart) return;
    out.push(raw.slice(runStart, upTo));
    for (let k = runStart; k < upTo; k++) {
      start[len] = k;
      end[len] = k + 1;
      len++;
    }
  };
  while (i < n) {
    const c0 = raw.charCodeAt(i);
    const pair = c0 >= 0xd800 && c0 <= 0xdbff && i + 1 < n;
    let j = i + (pair ? 2 : 1);
    while (j < n && isCombining(raw.charCodeAt(j))) j++;
    const plain = !pair && j === i + 1 && !isDropped(c0) && !isOddSpace(c0) && !isCombining(c0);
    if (plain) {
      i = j;
      continue;
    }
    flush(i);
    let piece: string;
    if (isDropped(c0) || isCombining(c0)) piece = ''; // invisible, or a stray mark with nothing to sit on
    else if (isOddSpace(c0)) piece = ' ';
    else piece = raw.slice(i, j).normalize('NFC');
    for (let k = 0; k < piece.length; k++) {
      start[len] = i;
      end[len] = j;
      len++;
    }
    if (piece) out.push(piece);
    i = j;
    runStart = j;
  }
  flush(n);
  start[len] = n;
  end[len] = n;
  return { raw, text: normalizeTonePlacement(out.join('')), start: start.subarray(0, len + 1), end: end.subarray(0, len + 1) };
}

/** Maps a span of the normalized text to the raw text, so raw.slice(result) is what the span covers. */
export function toRawSpan(n: NormalizedText, s: number, e: number): Span {
  if (!n.start || !n.end) return { start: s, end: e };
  if (e <= s) {
    const p = n.start[s] ?? n.raw.length;
    return { start: p, end: p };
  }
  return { start: n.start[s]!, end: n.end[e - 1]! };
}
