import { normalizeTonePlacement } from './tone-placement.js';

// runs of whitespace other than one plain space
const ODD_SPACE = /\s{2,}|[^\S ]/g;
// typographic apostrophes inside names (Đắk R’Lấp, H’Mông) key like the plain one
const APOSTROPHES = /[\u2019\u02bc]/g;

// the same names, titles and bodies are keyed over and over: short keys are remembered (a bounded cache)
const KEYS = new Map<string, string>();
const KEYS_MAX = 50_000;
const KEYED_LENGTH_MAX = 160;

/** A matching key: NFC, new-style tone placement, lower case, single spaces, plain apostrophes, trimmed. Keeps diacritics. */
export function normalizeKey(text: string): string {
  if (text.length > KEYED_LENGTH_MAX) return computeKey(text);
  let key = KEYS.get(text);
  if (key === undefined) {
    if (KEYS.size >= KEYS_MAX) KEYS.clear();
    key = computeKey(text);
    KEYS.set(text, key);
  }
  return key;
}

function computeKey(text: string): string {
  return normalizeTonePlacement(text.normalize('NFC')).toLowerCase().replace(ODD_SPACE, ' ').replace(APOSTROPHES, "'").trim();
}

/** A search key: lower case, no diacritics (đ → d), single spaces. "Đặng Thị Hường" → "dang thi huong". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
