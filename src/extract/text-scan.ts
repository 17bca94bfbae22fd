/** Small scanning helpers over a normalized text and its lower-case twin (same length). */

import { codeClass } from './code-class.js';

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;

// Character classes of code units, filled on first use.
const wordTable = codeClass((c) => LETTER.test(String.fromCharCode(c)));
const upperTable = codeClass((c) => UPPER.test(String.fromCharCode(c)));

/** Letters, combining marks and digits. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return ch.length === 1 && (c < 0xd800 || c > 0xdfff) ? wordTable(c) : LETTER.test(ch);
}

/** An upper-case letter. */
export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return ch.length === 1 && (c < 0xd800 || c > 0xdfff) ? upperTable(c) : UPPER.test(ch);
}

/** Code-unit versions for tight loops (surrogates count as neither). */
export function isWordCode(c: number): boolean {
  return c < 0xd800 ? wordTable(c) : false;
}
export function isUpperCode(c: number): boolean {
  return c >= 0 && c <= 0xffff ? upperTable(c) : UPPER.test(String.fromCharCode(c));
}

/** The lower-case word starting at pos (letters, marks, digits, and a dot inside abbreviations like T.Ư). */
export function firstWordAt(s: ScanText, pos: number): string {
  // the recognizers ask for the same position many times in a row: remember the last answer
  if (s.wordPos === pos && s.word !== undefined) return s.word;
  let j = pos;
  while (j < s.text.length && isWordCode(s.text.charCodeAt(j))) j++;
  s.wordPos = pos;
  s.word = s.lower.slice(pos, j);
  return s.word;
}

/** A text prepared for scanning: the normalized text and a lower-case copy of the same length. */
export interface ScanText {
  text: string;
  lower: string;
  /** The last word looked up by firstWordAt, and where. */
  wordPos?: number;
  word?: string;
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

// Each phrase list is indexed once by its phrases' first words, so a lookup only tries the phrases that can match.
const FIRST_WORD_INDEX = new WeakMap<readonly string[], Map<string, string[]>>();
const NON_WORD = /[^\p{L}\p{M}\p{N}]/u;

function firstWordIndex(phrases: readonly string[]): Map<string, string[]> {
  let index = FIRST_WORD_INDEX.get(phrases);
  if (!index) {
    index = new Map();
    for (const p of phrases) {
      const first = p.split(NON_WORD, 1)[0]!;
      const list = index.get(first);
      if (list) list.push(p);
      else index.set(first, [p]);
    }
    FIRST_WORD_INDEX.set(phrases, index);
  }
  return index;
}

/** Returns the longest phrase of `phrases` (lower case, sorted longest first) at `pos`, or undefined. */
export function longestPhraseAt(s: ScanText, pos: number, phrases: readonly string[]): string | undefined {
  if (isWordChar(s.text[pos - 1])) return undefined;
  const candidates = firstWordIndex(phrases).get(firstWordAt(s, pos));
  if (!candidates) return undefined;
  for (const p of candidates) {
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

/** End of the syllable starting at i: letters, marks and digits, and an apostrophe between letters (R'Lấp, H'Mông). */
export function syllableEndAt(text: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if ((c === 0x27 || c === 0x2019 || c === 0x2bc) && j > i && isWordCode(text.charCodeAt(j + 1))) j++;
    else return j;
  }
}
