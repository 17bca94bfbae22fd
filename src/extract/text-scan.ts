/** Small scanning helpers over a normalized text and its lower-case twin (same length). */

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/** Letters, combining marks and digits; fast paths for ASCII and the Vietnamese Latin blocks. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c < 0xc0) return false;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  return LETTER.test(ch);
}

/** An upper-case letter. */
export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return ch !== ch.toLowerCase() && UPPER.test(ch);
}

/** The lower-case word starting at pos (letters, marks, digits, and a dot inside abbreviations like T.Ư). */
export function firstWordAt(s: ScanText, pos: number): string {
  let j = pos;
  while (j < s.text.length && isWordChar(s.text[j])) j++;
  return s.lower.slice(pos, j);
}

/** A text prepared for scanning: the normalized text and a lower-case copy of the same length. */
export interface ScanText {
  text: string;
  lower: string;
}

export function scanText(text: string): ScanText {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few characters change length when lower-cased (İ): lower-case char by char instead.
    const out: string[] = [];
    for (const ch of text) {
      const l = ch.toLowerCase();
      out.push(l.length === ch.length ? l : ch);
    }
    lower = out.join('');
  }
  return { text, lower };
}

/** True when `phrase` (lower case) occurs at `pos` and ends on a word boundary. */
export function phraseAt(s: ScanText, pos: number, phrase: string): boolean {
  return s.lower.startsWith(phrase, pos) && !isWordChar(s.text[pos + phrase.length]) && !isWordChar(s.text[pos - 1]);
}

/** Returns the longest phrase of `phrases` (lower case, sorted longest first) at `pos`, or undefined. */
export function longestPhraseAt(s: ScanText, pos: number, phrases: readonly string[]): string | undefined {
  if (isWordChar(s.text[pos - 1])) return undefined;
  for (const p of phrases) {
    if (s.lower.startsWith(p, pos) && !isWordChar(s.text[pos + p.length])) return p;
  }
  return undefined;
}

/** Skips spaces (not newlines) from pos. */
export function skipSpaces(text: string, pos: number): number {
  while (text[pos] === ' ') pos++;
  return pos;
}

/** Reads the word starting at pos (letters, marks, digits); returns its end, or pos when none. */
export function wordEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isWordChar(text[i])) i++;
  return i;
}

/** Sorts phrases longest first, lower-cased and NFC, for longestPhraseAt. */
export function phraseList(phrases: readonly string[]): string[] {
  return [...new Set(phrases.map((p) => p.normalize('NFC').toLowerCase()))].sort((a, b) => b.length - a.length);
}
