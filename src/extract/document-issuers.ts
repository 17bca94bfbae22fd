/**
 * The issuer of a paper cited by its number alone ("Chỉ thị 05 của Bộ Chính trị", "Nghị quyết 35 của Chính phủ",
 * "Bộ Chính trị đã ban hành Nghị quyết 08"): the issuer part of the code the paper would carry. Read on the
 * lower-case text.
 */
export interface CitedIssuer {
  /** Issuer part of the code: TW, QUTW, TU, HU, QU for the Party; CP, TTg, UBND, HĐND for the state. */
  code: string;
  /** True for a state issuer, whose papers are coded NUMBER/TYPE-ISSUER (35/NQ-CP). */
  state: boolean;
  /** The term written after a plenum ("của Hội nghị Trung ương 5 (khóa IX)"), upper case, or null. */
  term: string | null;
}

import { MINISTRY_ABBREVIATIONS, MINISTRY_NAMES } from './body-lexicon.js';

// ministries by name and abbreviation ("Bộ Tài chính", "Bộ NN&PTNT"), the longest first, and the central bank
const MINISTRY_OF = new Map<string, string>([
  ...MINISTRY_NAMES.map((n): [string, string] => [n.toLowerCase(), n]),
  ...Object.entries(MINISTRY_ABBREVIATIONS).map(([a, n]): [string, string] => [a.toLowerCase(), n]),
]);
const MINISTRY = [...MINISTRY_OF.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');

/** The issuer code of a ministry, from its name's initials: "Nông nghiệp và Phát triển nông thôn" → BNNPTNT. */
function ministryCode(name: string): string {
  return `B${name.split(/[\s,&-]+/u).filter((w) => w && w !== 'và').map((w) => w.charAt(0).toUpperCase()).join('')}`;
}

const CENTRAL = '(?:trung ương|tw|tư|t\\.ư|t\\.w)';
const COMMITTEE = '(?:tỉnh|thành|huyện|quận) (?:ủy|uỷ|uy)';
// "của" or "do" then the issuer; a date may stand between ("Chỉ thị 05, ngày 15/5/2016 của Bộ Chính trị")
const AFTER = new RegExp(
  '^(?:\\s*(?:,\\s*)?(?:ngày [\\d/.-]+\\s*,?\\s*)?(?:của|do)\\s+(?:các\\s+)?| (?=bộ chính trị|ban bí thư))(?:' + [
    '(bộ chính trị|ban bí thư(?: trung ương)?|đảng(?! (?:bộ|ủy|uỷ|viên|đoàn|cộng|dân|ta)))',
    `((?:ban )?(?:thường vụ )?quân (?:ủy|uỷ) ${CENTRAL})`,
    `((?:ban chấp hành|bch) ${CENTRAL}(?: đảng)?|hội nghị (?:lần thứ \\S+ )?(?:(?:ban chấp hành|bch) )?${CENTRAL}(?: đảng)?(?: (?:lần thứ )?\\S+?)?|${CENTRAL})`,
    `((?:ban thường vụ |ban chấp hành đảng bộ |ban chấp hành )?${COMMITTEE}|ban chấp hành đảng bộ (?:tỉnh|thành phố|huyện|quận))`,
    '(chính phủ|thủ tướng(?: chính phủ)?)',
    '((?:ubnd|ủy ban nhân dân|uỷ ban nhân dân) (?:tỉnh|thành phố|tp|huyện|quận|thị xã)|(?:hđnd|hội đồng nhân dân) (?:tỉnh|thành phố|tp|huyện|quận|thị xã))',
    `bộ (${MINISTRY})|(ngân hàng nhà nước)|bộ ([a-zđ][a-zđ&-]{1,11})`,
  ].join('|') + ')(?![\\p{L}\\p{N}])',
  'u',
);
/** The issuer code of a local Party committee named in lower case: a district's (HU), an urban district's (QU), else TU. */
function committeeCode(words: string): string {
  return /huyện/u.test(words) ? 'HU' : /quận/u.test(words) ? 'QU' : 'TU';
}

const TERM_AFTER = /^\s*,?\s*\(?\s*khóa\s+([xvil]+)(?![\p{L}])/u;

/** Party and state type codes of a type word. */
const STATE_TYPE: Readonly<Record<string, string>> = {
  'nghị quyết': 'NQ', 'nghị định': 'NĐ', 'chỉ thị': 'CT', 'quyết định': 'QĐ', 'kế hoạch': 'KH', 'thông báo': 'TB', 'công văn': 'CV', 'thông tư': 'TT', 'công điện': 'CĐ',
};

/** The state type code of a type word ("nghị định" → NĐ), or null when the state issues no such numbered paper. */
export function stateTypeCode(typeWord: string): string | null {
  return STATE_TYPE[typeWord] ?? null;
}

/**
 * The issuer named just after a cited number ("… của Ban Thường vụ Tỉnh ủy"), with the end of its words, or null;
 * `text`, the original of `lower`, tells abbreviations from words.
 */
export function issuerAfter(lower: string, at: number, text?: string): (CitedIssuer & { end: number }) | null {
  const m = AFTER.exec(lower.slice(at, at + 90));
  if (!m) return null;
  const end = at + m[0].length;
  if (m[1]) return { code: 'TW', state: false, term: null, end };
  if (m[2]) return { code: 'QUTW', state: false, term: null, end };
  if (m[3]) {
    const k = TERM_AFTER.exec(lower.slice(end, end + 20));
    return { code: 'TW', state: false, term: k ? k[1]!.toUpperCase() : null, end };
  }
  if (m[4]) {
    return { code: committeeCode(m[4]), state: false, term: null, end };
  }
  if (m[5]) return { code: m[5] === 'chính phủ' ? 'CP' : 'TTg', state: true, term: null, end };
  if (m[7]) return { code: ministryCode(MINISTRY_OF.get(m[7])!), state: true, term: null, end };
  if (m[8]) return { code: 'NHNN', state: true, term: null, end };
  // a ministry abbreviated as the press likes ("Bộ VH-TT-DL"): its capitals
  if (m[9]) {
    const written = text?.slice(end - m[9].length, end) ?? '';
    return /^[A-ZĐ][A-ZĐ&-]+$/u.test(written) ? { code: `B${written.replace(/[&-]/gu, '')}`, state: true, term: null, end } : null;
  }
  return { code: /^(?:hđnd|hội đồng)/u.test(m[6]!) ? 'HĐND' : 'UBND', state: true, term: null, end };
}

// the issuer that issued or signed just before the type word: "Bộ Chính trị (khóa XI) đã ban hành Kết luận số 24",
// "Thủ tướng vừa ký các quyết định 106"
const BEFORE = new RegExp(
  `(bộ chính trị|ban bí thư|chính phủ|thủ tướng(?: chính phủ)?|(?:ban thường vụ )?${COMMITTEE}|(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân) (?:tỉnh|thành phố|tp|huyện|quận)(?: [\\p{L}.]+){0,3}?)` +
    '(?: khóa [xvil]+)?(?: (?:đã|vừa|cũng|mới|từng|chính thức))*(?: ký)?(?: ban hành| ký| có| ra)(?: các)? $',
  'u',
);

const VERBS_BEFORE = [' ban hành ', ' ký ', ' có ', ' ra ', ' các '];
// the Politburo or the Secretariat that issued the papers the sentence goes on to cite: "Bộ Chính trị khóa IX đã ban
// hành hai Nghị quyết chuyên đề …, đó là Nghị quyết 42 về … và Nghị quyết số 11 về …"
const CENTRAL_ISSUED = /(?:bộ chính trị|ban bí thư)(?: (?:trung ương|tw)(?: đảng)?)?(?: \(?khóa ([xvil]+)\)?)?(?: (?:đã|vừa|cũng|mới|lần lượt))* ban hành /u;

/** The central issuer the sentence names as having issued what it cites before `at`, or null. */
function centralIssuerOfSentence(lower: string, at: number): CitedIssuer | null {
  const from = Math.max(0, at - 240);
  const window = lower.slice(from, at);
  if (!window.includes(' ban hành ')) return null;
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('; '), window.lastIndexOf('\n'));
  const m = CENTRAL_ISSUED.exec(stop >= 0 ? window.slice(stop) : window);
  return m ? { code: 'TW', state: false, term: m[1] ? m[1].toUpperCase() : null } : null;
}

/** The issuer written before a cited paper's type word, as the subject of "ban hành"/"ký"/"có", or null. */
export function issuerBefore(lower: string, at: number): CitedIssuer | null {
  const before = lower.slice(Math.max(0, at - 70), at);
  // the verb first, cheaply: most cited numbers have none
  const m = VERBS_BEFORE.some((v) => before.endsWith(v)) ? BEFORE.exec(before) : null;
  if (!m) return centralIssuerOfSentence(lower, at);
  const w = m[1]!;
  if (w === 'bộ chính trị' || w === 'ban bí thư') return { code: 'TW', state: false, term: null };
  if (w === 'chính phủ' || w.startsWith('thủ tướng')) return { code: w === 'chính phủ' ? 'CP' : 'TTg', state: true, term: null };
  if (/^(?:ubnd|ủy|uỷ)/u.test(w)) return { code: 'UBND', state: true, term: null };
  return { code: committeeCode(w), state: false, term: null };
}

/** The code a cited paper would carry: Party "05-CT/TW", state "35/NQ-CP" or "50/2016/QĐ-TTg"; null if none fits. */
export function citedCode(num: string, year: string | null, typeWord: string, partyType: string | undefined, issuer: CitedIssuer): string | null {
  if (!issuer.state) return partyType && typeWord !== 'nghị định' ? `${num}-${partyType}/${issuer.code}` : null;
  const t = stateTypeCode(typeWord);
  if (!t) return null;
  // the government's directives and decisions are the prime minister's
  const who = issuer.code === 'CP' && (t === 'CT' || t === 'QĐ') ? 'TTg' : issuer.code;
  // the prime minister issues no decrees nor resolutions: "Nghị quyết 35 của Thủ tướng Chính phủ" is the government's
  const by = who === 'TTg' && (t === 'NĐ' || t === 'NQ') ? 'CP' : who;
  if (by === 'HĐND' && t !== 'NQ') return null;
  // circulars are the ministries' and the central bank's, who issue no decrees nor resolutions
  const ministry = by === 'NHNN' || /^B[A-ZĐ]/u.test(by);
  if ((t === 'TT') !== ministry && !(ministry && (t === 'QĐ' || t === 'CT'))) return null;
  if (t === 'NĐ' && by !== 'CP') return null;
  if (by === 'UBND' && t === 'NQ') return null;
  return `${num}/${year ? `${year}/` : ''}${t}-${by}`;
}
