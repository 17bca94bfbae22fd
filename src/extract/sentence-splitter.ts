import type { Span } from '../core/index.js';

// A sentence ends at . ! ? … followed by space and a capital or quote, or at a line break.
const BOUNDARY = /[.!?…]+["”’)]*(?=\s+["“(]?\p{Lu})|\n+/gu;
const ABBREV = /(?:^|[\s(])(?:TP|Tp|TS|ThS|PGS|GS|BS|KS|Th|St|Mr|Mrs|Dr|v\.v|Q|P|H|X|T)$/u;

/** Splits a normalized text into sentence spans that tile it exactly (joined, they give the text back). */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && ABBREV.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length || out.length === 0) out.push({ start, end: text.length });
  return out;
}

/** Index of the sentence containing offset `pos` (binary search over sorted spans). */
export function sentenceIndexAt(sentences: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
