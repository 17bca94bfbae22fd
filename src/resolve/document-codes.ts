import type { DocumentMention } from '../extract/document-recognizer.js';

/** A code with the leading zeros of its number dropped: "04-KH/TW" → "4-KH/TW". */
function codeKey(code: string): string {
  return code.replace(/^0+(?=\d)/u, '').toLowerCase();
}

/**
 * Gives one spelling to the codes of a paper written with and without leading zeros ("Kế hoạch số 04-KH/TW" …
 * "Kế hoạch 4-KH/TW ngày 16/11/2016"): the first written. Returns the mentions, changed in place.
 */
export function unifyCodes(mentions: DocumentMention[]): DocumentMention[] {
  const first = new Map<string, string>();
  for (const m of mentions) {
    if (!m.code) continue;
    const key = codeKey(m.code);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, m.code);
    else m.code = seen;
  }
  return mentions;
}
