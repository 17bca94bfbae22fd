import { normalizeTonePlacement } from '../normalize/index.js';
import { codeClass } from './code-class.js';

/**
 * How place names are cut into syllables, for the gazetteer scanner and its lookup keys. A syllable is a run of
 * letters, combining marks and digits; an apostrophe between letters stays inside it (Cư M'gar, Đắk R'Lấp).
 * Between two syllables of one name only these separators count: spaces (' '), a dash with optional spaces ('-':
 * Bà Rịa - Vũng Tàu, BR-VT), or a dot with optional spaces ('.': TP.HCM). Anything else ends a name.
 */
export type PlaceSeparator = ' ' | '-' | '.';

/** True for a code unit that belongs to a syllable: ASCII letters and digits, Latin letters with diacritics, marks. */
// a table lookup: the range checks of classify mispredict often on Vietnamese text, where every fourth letter is not
// ASCII
export const isSyllableCode: (c: number) => boolean = codeClass(classify);
function classify(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c < 0xc0) return false;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER.test(String.fromCharCode(c));
}
const LETTER = /[\p{L}\p{M}\p{N}]/u;

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2bc;
const isDash = (c: number): boolean => c === 0x2d || (c >= 0x2010 && c <= 0x2014);

/** End of the syllable that starts at `i` (text[i] must be a syllable character). */
export function syllableEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  for (;;) {
    while (j < n && isSyllableCode(text.charCodeAt(j))) j++;
    if (j + 1 < n && isApostrophe(text.charCodeAt(j)) && isSyllableCode(text.charCodeAt(j + 1))) {
      j += 2;
      continue;
    }
    return j;
  }
}

/**
 * The separator that starts at `i` (just after a syllable) and the start of the next syllable, or undefined when the
 * text there cannot continue a place name.
 */
export function separatorAt(text: string, i: number): { sep: PlaceSeparator; next: number } | undefined {
  const n = text.length;
  let j = i;
  let spaces = 0;
  while (j < n && text.charCodeAt(j) === 0x20 && spaces < 3) {
    j++;
    spaces++;
  }
  if (j >= n) return undefined;
  const c = text.charCodeAt(j);
  if (isSyllableCode(c)) return spaces > 0 ? { sep: ' ', next: j } : undefined;
  let sep: PlaceSeparator;
  if (isDash(c)) sep = '-';
  else if (c === 0x2e && spaces === 0) sep = '.';
  else return undefined;
  j++;
  let after = 0;
  while (j < n && text.charCodeAt(j) === 0x20 && after < 3) {
    j++;
    after++;
  }
  return j < n && isSyllableCode(text.charCodeAt(j)) ? { sep, next: j } : undefined;
}

/** The key of one syllable: lower case, straight apostrophe, new-style tone placement. */
export function syllableKey(syllable: string): string {
  return normalizeTonePlacement(syllable.toLowerCase().replace(/[\u2019\u02bc]/g, "'"));
}

/**
 * The lookup key of a place name: its syllable keys joined by their separators ("Bà Rịa – Vũng Tàu" → "bà rịa-vũng
 * tàu", "TP. HCM" → "tp.hcm"). Separators the scanner would not accept inside a name count as a space.
 */
export function placeKey(surface: string): string {
  const text = surface.normalize('NFC');
  const parts: string[] = [];
  let i = 0;
  let lastEnd = 0;
  const n = text.length;
  while (i < n) {
    if (!isSyllableCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const e = syllableEnd(text, i);
    if (parts.length > 0) {
      const s = separatorAt(text, lastEnd);
      parts.push(s && s.next === i ? s.sep : ' ');
    }
    parts.push(syllableKey(text.slice(i, e)));
    lastEnd = e;
    i = e;
  }
  return parts.join('');
}
