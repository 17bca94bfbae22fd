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

const DROP = /[\u200b-\u200d\u2060\ufeff\u00ad\r]/;
const SPACE = /[\u00a0\t\u2000-\u200a\u202f\u205f\u3000\f\v]/;
const NEEDS_WORK = /[\u0300-\u036f\u200b-\u200d\u2060\ufeff\u00ad\r\u00a0\t\u2000-\u200a\u202f\u205f\u3000\f\v]/;
const COMBINING = /[\u0300-\u036f]/;

/** Normalizes an article's raw text, keeping an offset map back to it. Idempotent on its output. */
export function normalizeText(raw: string): NormalizedText {
  if (!NEEDS_WORK.test(raw) && raw.normalize('NFC') === raw) {
    return { raw, text: normalizeTonePlacement(raw), start: null, end: null };
  }
  const n = raw.length;
  const out: string[] = [];
  const start = new Int32Array(n + 1);
  const end = new Int32Array(n + 1);
  let len = 0;
  let i = 0;
  while (i < n) {
    const c0 = raw.charCodeAt(i);
    let j = i + (c0 >= 0xd800 && c0 <= 0xdbff && i + 1 < n ? 2 : 1);
    while (j < n && COMBINING.test(raw[j]!)) j++;
    const first = raw[i]!;
    let piece: string;
    if (DROP.test(first)) piece = '';
    else if (SPACE.test(first) || first === ' ') piece = ' ';
    else if (first === '\n') piece = '\n';
    else if (COMBINING.test(first)) piece = ''; // a stray mark with nothing to sit on
    else piece = raw.slice(i, j).normalize('NFC');
    for (let k = 0; k < piece.length; k++) {
      start[len] = i;
      end[len] = j;
      len++;
    }
    if (piece) out.push(piece);
    i = j;
  }
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
