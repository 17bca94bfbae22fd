import { isUpper, isWordChar, syllableEndAt, type ScanText } from './text-scan.js';

/** What the person recognizer needs from the name lexicon. */
export interface NameLexicon {
  isSurname(syllableKey: string): boolean;
}

export interface NameMatch {
  start: number;
  end: number;
  /** Display form: title case for names written in capitals. */
  name: string;
  caps: boolean;
}

// words that end a run of capitals before it becomes a name ("Thành" and "Năm" are given names, so they are not here)
const STOP_SYLLABLES = new Set([
  'ban', 'bộ', 'sở', 'ủy', 'đảng', 'ngày', 'tháng', 'ông', 'bà', 'the', 'và',
  // function words that open the next sentence when a caption runs on without a stop ("… Nguyễn Văn A Tại buổi làm
  // việc, …"): none is a syllable of a Vietnamese name ("Được", "Đang", "Còn", "Khi" are given names: not here)
  'tại', 'trong', 'theo', 'sau', 'trước', 'về', 'với', 'để', 'nhưng', 'cũng', 'đây', 'đó', 'này', 'tuy', 'nếu',
  'vì', 'bởi', 'thì', 'là', 'của', 'các', 'những',
]);

const CLOSING = /^[,;.)]$/u;

/** Title-cases a syllable written in capitals: "DƯƠNG" → "Dương". */
export function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

function isCapsSyllable(w: string): boolean {
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
}

/** Syllables starting with a capital at pos, separated by single spaces: [start, end] pairs. */
export function capitalSyllables(s: ScanText, pos: number, max: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = pos;
  while (out.length < max && isUpper(s.text[i]) && !isWordChar(s.text[i - 1])) {
    const j = syllableEndAt(s.text, i);
    if (/\p{N}/u.test(s.text.slice(i, j))) break;
    out.push([i, j]);
    if (s.text[j] === ' ' && isUpper(s.text[j + 1])) i = j + 1;
    else break;
  }
  return out;
}

function build(s: ScanText, syl: Array<[number, number]>): NameMatch {
  const words = syl.map(([a, b]) => s.text.slice(a, b));
  const caps = words.every(isCapsSyllable);
  return { start: syl[0]![0], end: syl[syl.length - 1]![1], name: (caps ? words.map(titleCase) : words).join(' '), caps };
}

/** A plausible Vietnamese full name: 2–4 syllables, the first a surname, none a stop word. */
export function plausibleName(s: ScanText, syl: Array<[number, number]>, lex: NameLexicon, requireSurname = true): boolean {
  if (syl.length < 2 || syl.length > 4) return false;
  // "Nguyễn Thị L." is an anonymized name, not a full one; "Y Mửi" (Ê Đê, M'nông names) is a full one
  if (syl.some(([a, b], i) => b - a < 2 && !(i === 0 && s.text[a] === 'Y'))) return false;
  const words = syl.map(([a, b]) => s.lower.slice(a, b));
  // ("Ban" is a given name too, last in a name closed by punctuation: "ông Hà Ban, Phó trưởng ban …")
  const last = syl[syl.length - 1]![1];
  if (words.some((w, i) => STOP_SYLLABLES.has(w) && !(w === 'ban' && i === words.length - 1 && CLOSING.test(s.text[last] ?? '')))) return false;
  // a name does not end on a middle syllable ("Nguyễn Thị", "Trần Văn")
  if (words[words.length - 1] === 'thị' || words[words.length - 1] === 'văn') return false;
  const raw = syl.map(([a, b]) => s.text.slice(a, b));
  // mixed case inside a syllable (other than all caps) is not a name: "TPHCM", "UBND"
  if (raw.some((w) => w.length > 1 && w !== w.toUpperCase() && /\p{Lu}/u.test(w.slice(1)))) return false;
  const caps = raw.every(isCapsSyllable);
  if (!caps && raw.some((w) => w.length > 1 && w === w.toUpperCase())) return false;
  return !requireSurname || lex.isSurname(words[0]!) || (words.length >= 3 && lex.isSurname(`${words[0]} ${words[1]}`));
}

// a time of day that opens the next sentence when a caption runs on without a stop: "… Nguyễn Văn A Chiều nay 25-5, …"
const TIME_OF_DAY = new Set(['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm', 'ngày']);
const TIME_AFTER = /^ (?:nay|qua|mai|\d)/u;

// a biography's field after a caption: "Ảnh: Hà Văn A Sinh ngày: 12/6/1953"
const BORN_AFTER = /^ (?:ngày|năm)(?![\p{L}])/u;

/**
 * The syllable [a, b) is a time of day followed by "nay", "qua", "mai" or a number, or "Sinh" followed by "ngày" or
 * "năm": no part of a name.
 */
function timeOfDayAt(s: ScanText, a: number, b: number): boolean {
  const w = s.lower.slice(a, b);
  if (w === 'sinh') return BORN_AFTER.test(s.lower.slice(b, b + 6));
  return TIME_OF_DAY.has(w) && TIME_AFTER.test(s.lower.slice(b, b + 6));
}

/**
 * Reads a name forward from pos. `stopAt(p)` says whether a role or body starts at p, which ends the name
 * ("Nguyễn Văn A Bí thư…"). Returns the longest plausible name.
 */
export function readNameForward(s: ScanText, pos: number, lex: NameLexicon, stopAt: (p: number) => boolean, requireSurname = true): NameMatch | null {
  let syl = capitalSyllables(s, pos, 5);
  const cut = syl.findIndex(([a, b], i) => i > 0 && (timeOfDayAt(s, a, b) || stopAt(a)));
  if (cut > 0) syl = syl.slice(0, cut);
  // "Nguyễn Thị L.": an anonymized name is nobody's full name
  if (syl.some(([a, b], i) => b - a === 1 && !(i === 0 && s.text[a] === 'Y'))) return null;
  for (let k = Math.min(syl.length, 4); k >= 2; k--) {
    const part = syl.slice(0, k);
    if (plausibleName(s, part, lex, requireSurname)) return build(s, part);
  }
  return null;
}

/** Reads a name that ends at `end` (exclusive), going backwards. */
export function readNameBackward(s: ScanText, end: number, lex: NameLexicon, requireSurname = true): NameMatch | null {
  const syl: Array<[number, number]> = [];
  let j = end;
  while (syl.length < 5) {
    if (!isWordChar(s.text[j - 1])) break;
    let i = j - 1;
    while (i > 0 && isWordChar(s.text[i - 1])) i--;
    if (!isUpper(s.text[i])) break;
    syl.unshift([i, j]);
    if (s.text[i - 1] === ' ' && isWordChar(s.text[i - 2])) j = i - 1;
    else break;
  }
  for (let k = Math.min(syl.length, 4); k >= 2; k--) {
    const part = syl.slice(syl.length - k);
    if (plausibleName(s, part, lex, requireSurname)) return build(s, part);
  }
  return null;
}

// foreign places whose first syllable is also a surname: a run opening with one is a place ("Thái Lan Du khách")
const FOREIGN_PLACE_OPENINGS = new Set([
  'thái lan', 'hàn quốc', 'trung quốc', 'triều tiên', 'hồng kông', 'hồng công', 'vương quốc', 'đài loan', 'mông cổ',
  'ấn độ', 'thổ nhĩ', 'tây ban', 'bồ đào', 'châu á', 'châu âu', 'châu phi', 'châu mỹ', 'châu úc', 'đông nam', 'đông âu',
  'tây âu', 'nam phi', 'nam mỹ', 'bắc mỹ', 'trung đông', 'bắc kinh', 'thượng hải', 'quảng châu', 'đông kinh',
]);

// countries (and territories) whose names are written with syllables of Vietnamese names: after a title they name its
// state; at the end of an organization's name, its place
const COUNTRIES = new Set([
  'việt nam', 'ba lan', 'nhật bản', 'hàn quốc', 'trung quốc', 'thái lan', 'triều tiên', 'ấn độ', 'anh quốc', 'hoa kỳ',
  'tây ban nha', 'bồ đào nha', 'thụy điển', 'thụy sĩ', 'na uy', 'đan mạch', 'phần lan', 'hà lan', 'ai cập', 'mông cổ',
  'tân tây lan', 'nam phi', 'liên xô', 'đài loan', 'hy lạp', 'thổ nhĩ kỳ', 'cu ba', 'triều tiên', 'miến điện', 'tân gia ba',
  'mã lai', 'nam hàn', 'bắc hàn', 'liên bang nga', 'xin-ga-po', 'hồng kông', 'lào', 'nga', 'pháp', 'đức', 'mỹ', 'anh', 'úc', 'bỉ', 'áo',
]);

/** A country named like a person ("Ba Lan", "Việt Nam"): key in lower case. */
export function isCountryName(key: string): boolean {
  return COUNTRIES.has(key);
}

/** What a bare name (no cue, no title) needs from the name lexicon. */
export interface FullNameLexicon extends NameLexicon {
  isMiddle(syllable: string): boolean;
  isGiven(syllable: string): boolean;
}

/**
 * A full name standing alone ("…, Trần Văn Bình cho biết"): a whole run of 3–4 capitalised syllables (not all
 * capitals) that the previous word does not continue, a known surname first, then known middle or given syllables,
 * a known given name last. `stopAt(p)` ends the run early where a title or body starts.
 */
export function readBareName(s: ScanText, pos: number, lex: FullNameLexicon, stopAt: (p: number) => boolean): NameMatch | null {
  // the previous word must not be capitalised ("Sở Y tế Ninh Bình", "Tổng Bí thư Trần …" are read elsewhere)
  let b = pos - 1;
  while (b >= 0 && s.text[b] === ' ') b--;
  if (b >= 0 && isWordChar(s.text[b])) {
    let a = b;
    while (a > 0 && isWordChar(s.text[a - 1])) a--;
    if (isUpper(s.text[a])) return null;
  }
  let syl = capitalSyllables(s, pos, 5);
  const cut = syl.findIndex(([a], i) => i > 0 && stopAt(a));
  if (cut > 0) syl = syl.slice(0, cut);
  if (syl.length < 3 || syl.length > 4) return null;
  const raw = syl.map(([a, c]) => s.text.slice(a, c));
  if (raw.every(isCapsSyllable)) return null;
  const words = syl.map(([a, c]) => s.lower.slice(a, c));
  if (!lex.isSurname(words[0]!) || FOREIGN_PLACE_OPENINGS.has(`${words[0]} ${words[1]}`)) return null;
  if (!words.slice(1).every((w) => lex.isMiddle(w) || lex.isGiven(w)) || !lex.isGiven(words[words.length - 1]!)) return null;
  return plausibleName(s, syl, lex) ? build(s, syl) : null;
}
