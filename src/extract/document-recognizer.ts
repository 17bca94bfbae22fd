import { citedCode, issuerAfter, issuerBefore, stateTypeCode, type CitedIssuer } from './document-issuers.js';
import { isWordChar, type ScanText } from './text-scan.js';

/** A document reference found in text. */
export interface DocumentMention {
  start: number;
  end: number;
  /** Normalized code: NUMBER-TYPE/ISSUER for Party documents, as written for state documents (108/2014/NĐ-CP). */
  code: string | null;
  /** Name for documents without a number ("Nghị quyết Trung ương 4 khóa XI, XII"). */
  name: string | null;
  docType: string | null;
  /** Issuer suffix of the code (TW, TU, HU…). */
  issuerCode: string | null;
  /** True when the code was built from a bare number, type and issuer ("Chỉ thị 05 của Bộ Chính trị"). */
  inferred: boolean;
  /** Offset just after the mention, where "ngày …", "của …" and "khóa …" may follow. */
  tail: number;
  term: string | null;
  /** The subject (" về …") of a paper named by its issuer and subject ("Quy định của Ban Thường vụ Tỉnh ủy về …"). */
  about?: string;
}

export const DOC_TYPES: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết', CT: 'Chỉ thị', QĐNS: 'Quyết định', PL: 'Pháp lệnh', KL: 'Kết luận', QĐ: 'Quyết định', QĐi: 'Quy định', HD: 'Hướng dẫn', TB: 'Thông báo',
  KH: 'Kế hoạch', CTr: 'Chương trình', BC: 'Báo cáo', QC: 'Quy chế', ĐA: 'Đề án', TTr: 'Tờ trình', CV: 'Công văn',
  NĐ: 'Nghị định', TT: 'Thông tư', NQLT: 'Nghị quyết liên tịch', HDLT: 'Hướng dẫn liên tịch', QH: 'Luật',
};

const TYPE_WORDS = [
  'Nghị quyết liên tịch', 'Hướng dẫn liên tịch', 'Nghị quyết', 'Chỉ thị', 'Kết luận', 'Quy định', 'Quyết định', 'Hướng dẫn',
  'Thông báo', 'Kế hoạch', 'Chương trình', 'Nghị định', 'Thông tư', 'Đề án', 'Quy chế', 'Luật', 'Công văn', 'Công điện', 'Thông tri',
];
const TYPE_WORD_TO_CODE: Readonly<Record<string, string>> = {
  'nghị quyết': 'NQ', 'chỉ thị': 'CT', 'kết luận': 'KL', 'quy định': 'QĐ', 'quyết định': 'QĐ', 'hướng dẫn': 'HD',
  'thông báo': 'TB', 'kế hoạch': 'KH', 'chương trình': 'CTr', 'quy chế': 'QC', 'đề án': 'ĐA', 'thông tri': 'TT',
};

// Party codes: 22-NQ/TW, 19-NQ-TW, 35- CT/TW, 36 - CT/TW, 08-CT-TU, 205-QĐ/TW, 01-NQLT/TW-HĐND…
const PARTY_TYPES = 'NQLT|HDLT|NQ|CTr|CT|KL|QĐNS|QĐi|QĐ|HD|TB|KH|BC|QC|ĐA|TTr|CV|TT';
// the known issuers, then any issuer written in capitals (QUTW, BCĐ… of a steering committee)
const PARTY_ISSUERS = 'TW|TƯ|T\\.Ư|T\\.W|TU|TƯ|HU|QU|TxU|ThU|ĐU|ĐUK|ĐĐ|BCSĐ|BTGTW|BTCTW|BDVTW|UBKTTW|VPTW|BCĐ|BTG|BTC|BDV|UBKT|VPTU|BTGTU|BTCTU|BDVTU|[A-ZĐ][A-ZĐƯ]{1,11}';
const PARTY_CODE = new RegExp(
  `(?<![\\p{L}\\p{N}/-])(\\d{1,4}[a-z]?)\\s*[-–]\\s*(${PARTY_TYPES})\\s*[/\\-–]\\s*(${PARTY_ISSUERS})(?:\\s*[-/]\\s*(HĐND|UBND|BCĐ\\w*)|-([A-ZĐ][A-ZĐ]{1,11}))?(?![\\p{L}\\p{N}])`,
  'gu',
);
// State codes: 108/2014/NĐ-CP, 202/2025/QH15, 1234/QĐ-TTg, 15/2019/TT-BNV
// printed with stray spaces or dashes: "167/2013/ NĐ-CP", "89/2016/QĐ - UBND", "1947/QĐ–UBND", "19-2017/NQ-CP", "134/2016-NĐ-CP";
// the National Assembly's and its standing committee's: "94/2015/QH13", "379/2017/UBTVQH14"
const STATE_CODE = /(?<![\p{L}\p{N}/-])(\d{1,5}[a-z]?)(?: ?[/-] ?(\d{4}) ?[/-]|\s?\/)\s?((?:NQ|NĐ|QĐ|TT|CT|QH|TTLT|NQLT|HD|KH|TB|CV|PL|L)[A-ZĐa-z]*(?:-[A-ZĐ][A-ZĐa-z0-9]*| ?[-–] ?[A-ZĐ]{2}[A-ZĐa-z0-9]*)*|(?:UBTV)?Q[Hh]\d{2})(?![\p{L}\p{N}])/gu;
// Bare numbers after a type word: "Chỉ thị 05 của Bộ Chính trị", "Nghị quyết số 39 của Bộ Chính trị"
// and lists of them: "Chỉ thị 03, 05 của Bộ Chính trị", "Nghị quyết số 18 và 19 của Trung ương"
export const BARE_SOURCE = `(${TYPE_WORDS.map((w) => w.toLowerCase()).join('|')})\\s+(?:số\\s*)?(\\d{1,4}(?:/(?:19|20)\\d{2})?(?:\\s*(?:,|và)\\s*(?:số\\s+)?\\d{1,4}(?:/(?:19|20)\\d{2})?)*)(?![\\p{L}\\p{N}/-])`;
const BARE_AT = new RegExp(BARE_SOURCE, 'uy');
// what comes before a bare number's digits: a type word, spaces, perhaps "số" (the match then starts at the type word)
const BARE_PREFIX = new RegExp(`(?:${TYPE_WORDS.map((w) => w.toLowerCase()).join('|')})\\s+(?:số\\s*)?$`, 'u');
const SPACE_OR_SO = /[\số]/u;

/**
 * The matches of BARE_SOURCE in `lower`, as `matchAll` would give them, found from the digits: a type word is
 * looked for only before a run of digits, instead of at every offset of the text.
 */
export function* bareCitations(lower: string): Generator<RegExpExecArray> {
  const digits = /\d+/g;
  let from = 0;
  for (let d = digits.exec(lower); d; d = digits.exec(lower)) {
    const p = d.index;
    if (p < from || !SPACE_OR_SO.test(lower[p - 1] ?? '')) continue;
    const windowStart = Math.max(from, p - 64);
    const prefix = BARE_PREFIX.exec(lower.slice(windowStart, p));
    if (!prefix) continue;
    BARE_AT.lastIndex = windowStart + prefix.index;
    const m = BARE_AT.exec(lower);
    if (!m) continue;
    yield m;
    from = m.index + m[0].length;
    if (digits.lastIndex < from) digits.lastIndex = from;
  }
}
const DECREE_ISSUER: CitedIssuer = { code: 'CP', state: true, term: null };
const DECREE = /nghị định (?:số )?(\d{1,4})\/((?:19|20)\d{2})(?:\/(?:cp|nđcp))?(?![\p{L}\p{N}/-])/gu;
// "Nghị quyết Trung ương 4 (khóa XI, XII)", "Nghị quyết Hội nghị Trung ương 4 khóa XII"
// "khóa XI, XII", "khóa XI, khóa XII", "khóa XI và XII"
// also "Nghị quyết T.Ư 4, khóa XII", "Nghị quyết Hội nghị trung ương 5 khóa (XII)", "Nghị quyết Trung ương tám"
const PLENUM_WORD = 'mười một|mười hai|mười ba|mười bốn|mười lăm|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười';
const CENTRAL_PLENUM = new RegExp(`Nghị quyết\\s+(?:Hội nghị\\s+)?(?:[Tt]rung ương|TƯ|T\\.Ư|TW)\\s+(\\d{1,2}|(?:[Ll]ần thứ )?(?:\\d{1,2}|${PLENUM_WORD}))(?![\\p{L}\\p{N}])(?!\\s+\\d)(?:\\s*,?\\s*\\(?\\s*[Kk]hóa\\s+\\(?([XVIL]+(?:\\s*(?:,|và)\\s*(?:khóa\\s+)?[XVIL]+)*)\\s*\\)?)?`, 'gu');
const PLENUM_NUMBER: Readonly<Record<string, string>> = {
  'mười một': '11', 'mười hai': '12', 'mười ba': '13', 'mười bốn': '14', 'mười lăm': '15', một: '1', hai: '2', ba: '3', bốn: '4', tư: '4',
  năm: '5', sáu: '6', bảy: '7', tám: '8', chín: '9', mười: '10',
};
// written in full, named as written: "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII"
const CENTRAL_PLENUM_FULL = /Nghị quyết\s+Hội nghị\s+lần thứ\s+([\p{Ll}\d]+)\s+(?:Ban Chấp hành|BCH)\s+Trung ương(?:\s+Đảng)?\s*\(?\s*khóa\s+([XVIL]+)\s*\)?/gu;

// the resolution of a national Party congress under its formal title: "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII
// của Đảng" (the loose "Nghị quyết Đại hội XII của Đảng" mostly means the congress's line, and the gold leaves it out)
// also with the ordinal's words alone when the Party is named after it: "Nghị quyết Đại hội lần thứ XII của Đảng"
const NATIONAL_CONGRESS = /Nghị quyết Đại hội (?:đại biểu toàn quốc lần thứ ([XVI]+)(?![\p{L}\p{N}])(?: của Đảng(?! bộ)(?: Cộng sản Việt Nam)?)?|lần thứ ([XVI]+) của Đảng(?! bộ)(?: Cộng sản Việt Nam)?)/gu;

// "Luật" + a capitalized name of up to six more words (a comma may join "Phòng, chống"), "Điều lệ Đảng", "Điều lệ Đoàn
// Thanh niên Cộng sản Hồ Chí Minh" (the charter of a union or association, its name capitalized), "Hiến pháp năm 2013"
const NAMED_LAW = /(?<![\p{L}])(?:(?:Bộ l|L)uật (?:[Ss]ửa đổi, bổ sung một số điều của (?:Bộ l|L)uật (?=\p{Ll})|(?:[Ss]ửa đổi, bổ sung (?:một số điều (?:của )?)?)?(?=\p{Lu}))\p{L}[\p{Ll}\p{M}]*(?:,? [\p{Ll}\p{M}]+| [A-ZĐ]{2,8}(?![\p{L}\p{M}])| \p{Lu}[\p{Ll}\p{M}]*){0,8}|Điều lệ (?:Đảng|(?:Đoàn|Hội|Công đoàn|Mặt trận) \p{Lu}[\p{L}\p{M}]*(?: [\p{L}\p{M}]+){0,6})|Hiến pháp năm \d{4})/gu;
const LAW_LEAD = /^(?:Bộ luật|Luật|Điều lệ|Hiến pháp)(?: [Ss]ửa đổi, bổ sung(?: một số điều(?: của(?: Bộ luật| Luật)?)?)?)?/u;
const LAW_STOP = new Set(['năm', 'của', 'được', 'đã', 'và', 'với', 'có', 'là', 'này', 'thì', 'để', 'cho', 'về', 'trong', 'theo', 'tại', 'các', 'những', 'không', 'sẽ', 'đang', 'phải', 'mới', 'hiện', 'số',
  'đáp', 'nhằm', 'góp', 'nhưng', 'mà', 'cũng', 'vẫn', 'chưa', 'đều', 'bị', 'nên', 'còn', 'khi', 'như', 'cần', 'hay', 'hoặc', 'vừa', 'gồm', 'đó', 'ấy', 'nay', 'từ', 'đến', 'tới']);
// a law cited by its initials once named in full: "Luật Phòng, chống tham nhũng (PCTN)" … "vi phạm Luật PCTN"
const LAW_INITIALS = /^(?:Bộ l|L)uật ([A-ZĐ]{2,8})(?![\p{L}\p{N}])/u;

/** The initials of a law's name after its type word: "Luật Phòng, chống tham nhũng" → "PCTN". */
function lawInitials(name: string): string {
  return name.replace(/^(?:Bộ l|L)uật /u, '').split(/[\s,]+/u).filter(Boolean).map((w) => w.charAt(0).toUpperCase()).join('');
}
const TYPE_BEFORE = new RegExp(`(${TYPE_WORDS.join('|')})(?:\\s+(?:chuyên đề|số))*\\s*$`, 'u');

// the subject of a named document: "… về xây dựng, chỉnh đốn Đảng" up to the end of its clause
const SUBJECT = /^ ?về ((?:[\p{L}\p{M}\p{N}]+(?:, | - | )){0,24}?[\p{L}\p{M}\p{N}]+)(?=\s*(?:[.;:"”)(\n]|$| (?:và (?=\p{Lu}|thực hiện|triển khai)|gắn với|của(?= \p{Lu})|do|đã|nhằm|theo|tại|là|còn|liên quan) |(?<!không) được |, (?:\p{Lu}|đồng thời|trong|gồm|quan điểm|nhất là|đặc biệt|các|ông|bà|đề nghị|yêu cầu)))/u;
// rules named by what they govern, completed by their issuer: "Quy chế làm việc của Tỉnh ủy"
const WORKING_RULES = /(?<![\p{L}])Quy chế (?:[Ll]àm việc|[Hh]oạt động)(?= của )/gu;
// a document named by its subject, its type capitalised mid-sentence: "thực hiện Quy định về những điều đảng viên …"
// the type word first (a literal the engine finds fast); what stands before it is checked after a match
// (found in the same pass as those named by issuer and subject: "Quy định của Ban Thường vụ Thành ủy về …", group 2)
const TITLED = new RegExp(`(${TYPE_WORDS.filter((w) => w !== 'Luật' && w !== 'Công văn').join('|')})(?= (?:về (?!việc )|(của) \\p{Lu}))`, 'gu');
const BEFORE_TITLED = /[\p{Ll}\p{N},:-]/u;
// a document named by its issuer and subject: "vi phạm Quy định của Ban Thường vụ Thành ủy về trách nhiệm …"
const ISSUER_WORD = '(?:\\p{Lu}[\\p{L}\\p{M}.&]*|ủy|uỷ|vụ|cán sự|đảng|nhân dân|chính trị|bí thư|chấp hành|tỉnh|thành phố|huyện)';
const OF_ISSUER = new RegExp(`^ của ${ISSUER_WORD}(?: ${ISSUER_WORD}){0,9}(?= về (?!việc ))`, 'u');
// rules named by what they govern, without "về": "thực hiện Quy chế bổ nhiệm cán bộ và giới thiệu cán bộ ứng cử"
// ("Quy chế làm việc", "Quy chế hoạt động" are named by their issuer: WORKING_RULES)
const RULES = /Quy chế(?= \p{Ll})(?! (?:làm việc|hoạt động|này|đó|về|của|mới|cũ)(?![\p{L}]))/gu;
// the name of such rules: lower-case words up to the end of its clause
const RULES_NAME = /^ ((?:[\p{Ll}\p{M}\p{N}]+(?:, | - | )){0,14}?[\p{Ll}\p{M}\p{N}]+)(?=\s*(?:[.;:"”)(\n]|$| (?:tại|của|do|đã|được|nhằm|theo|trong|là|thì|và (?=\p{Lu})|cho|đối với|với) |, ))/u;

// a title in quotes, read as "về …": ' "Về tiếp tục đổi mới …"', ' “Một số vấn đề cấp bách về xây dựng Đảng hiện nay”'
const QUOTED_SUBJECT = /^ ?["“](?:[Vv]ề )?(\p{Lu}?[^"“”\n]{3,240}?)[,.]?["”]/u;

/** The subject clause after a document's name, if any: its end, or null. */
function subjectEnd(text: string, at: number): number | null {
  const m = SUBJECT.exec(text.slice(at, at + 260));
  return m ? at + m[0].length : null;
}

/** The quoted title after a plenum's resolution ("Về …"), read as its subject: its end and its words, or null. */
function quotedSubject(text: string, at: number): { end: number; about: string } | null {
  const m = QUOTED_SUBJECT.exec(text.slice(at, at + 260));
  if (!m) return null;
  const title = m[1]!.replace(/\s+/gu, ' ');
  return { end: at + m[0].length, about: ` về ${title.charAt(0).toLowerCase()}${title.slice(1)}` };
}

// administrative papers with a code that starts with the issuing office: "Công văn số 409/UBND-VX", "văn bản 571/VPCP-KTTH"
// found from the number on (a digit is quick to look for), then the paper's type word is checked before it
// also with one segment only ("Công văn 8314/UBND") or a word between type and number ("Kết luận thanh tra số 05/KL-TTr")
const PAPER_CODE = /(\d{1,5}) ?\/ ?(?:(\d{4}) ?\/ ?)?([a-zđ]{2,12}(?: ?[-–] ?[a-zđ0-9]{1,10}){0,3})(?![\p{L}\p{N}])/gu;
const PAPER_TYPE_BEFORE = /(văn bản|công văn|công điện|tờ trình|thông báo|báo cáo|quyết định|kế hoạch|kết luận|hướng dẫn)(?: (?:liên tịch|hành động|thanh tra|thẩm tra|kiểm tra|giám sát|khẩn|hỏa tốc))? (?:\(?số:? ?)?$/u;
const PAPER_SEGMENT = /^[A-ZĐ][A-ZĐa-z0-9]*$/u;

// found from " số <number>" (a literal is quick to look for), then the paper's type word is checked before it
const NUMBER_ONLY = / số (\d{1,5})(?![\p{L}\p{N}/-])(?!\s*[-–/])/gu;
const NUMBER_ONLY_TYPE = /(văn bản|công văn|tờ trình|thông báo|báo cáo|quyết định|kế hoạch)$/u;

/**
 * The paper's type word written just before `at` ("quyết định số "), as `before` (anchored at its end, the type word
 * in group 1) reads the `reach` characters there: where the mention starts, and the type, capitalized.
 */
function typeWordBefore(lower: string, at: number, before: RegExp, reach: number): { start: number; docType: string } | null {
  const t = before.exec(lower.slice(Math.max(0, at - reach), at));
  return t ? { start: at - t[0].length, docType: t[1]!.charAt(0).toUpperCase() + t[1]!.slice(1) } : null;
}

function normalizeIssuer(i: string): string {
  const u = i.replace(/\./g, '').toUpperCase();
  return u === 'TƯ' ? 'TW' : u === 'T.Ư' ? 'TW' : u;
}

/** Finds document references: coded Party and state documents, bare numbered ones, central plenum resolutions. */
export function findDocuments(s: ScanText): DocumentMention[] {
  const out: DocumentMention[] = [];
  const text = s.text;
  const taken: Array<[number, number]> = [];
  const overlaps = (a: number, b: number): boolean => taken.some(([x, y]) => a < y && b > x);
  for (const m of text.matchAll(PARTY_CODE)) {
    const start = m.index;
    const end = start + m[0].length;
    const type = m[2]!;
    const issuer = normalizeIssuer(m[3]!);
    const suffix = m[4] ?? m[5] ? `-${m[4] ?? m[5]}` : '';
    const code = `${m[1]}-${type}/${issuer}${suffix}`;
    const before = text.slice(Math.max(0, start - 40), start);
    const tw = TYPE_BEFORE.exec(before);
    let docType = DOC_TYPES[type] ?? null;
    let mstart = start;
    if (tw) {
      docType = tw[1]!;
      mstart = start - tw[0].length;
    } else if (type === 'QĐ') docType = 'Quy định';
    out.push({ start: mstart, end, code, name: null, docType, issuerCode: issuer, inferred: false, tail: end, term: null });
    taken.push([mstart, end]);
  }
  for (const m of text.matchAll(STATE_CODE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    const tw = TYPE_BEFORE.exec(before);
    const typed = m[3]!.replace(/ ?[-–] ?/gu, '-').replace(/Qh(?=\d)/u, 'QH');
    if (!tw && !/^(NĐ|QĐ|NQ|TT|QH|CT|PL)/u.test(typed)) continue;
    const kind = typed.split('-')[0]!;
    // a Party document written in the state's style ("352/QĐ-HU") keeps the Party's form: 352-QĐ/HU
    const partyIssuer = !m[2] && /^[A-ZĐa-z]+-(TW|TƯ|TU|HU|QU|ĐU|ĐUK|TxU|ThU|BCSĐ|ĐĐ)$/u.exec(typed);
    const code = partyIssuer ? `${m[1]}-${kind}/${normalizeIssuer(partyIssuer[1]!)}` : `${m[1]}/${m[2] ? `${m[2]}/` : ''}${typed}`;
    out.push({
      start: tw ? start - tw[0].length : start, end, code, name: null,
      docType: tw?.[1] ?? DOC_TYPES[kind] ?? (kind.startsWith('QH') ? 'Luật' : null), issuerCode: typed.split('-').slice(1).join('-') || typed,
      inferred: false, tail: end, term: null,
    });
    taken.push([start, end]);
  }
  // each pattern below is looked for only where its fixed words are (most articles have none)
  for (const m of text.includes('Nghị quyết') ? text.matchAll(CENTRAL_PLENUM) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const w = m[1]!.replace(/[Ll]ần thứ /u, '');
    const n = PLENUM_NUMBER[w] ?? w;
    const term = m[2] ? m[2].replace(/\s*(,|và)\s*/gu, ', ').replace(/\s+/gu, ' ') : null;
    // "Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng": the subject is part of the name
    const written = m[0].trimEnd();
    const quoted = quotedSubject(text, start + written.length);
    const subj = quoted?.end ?? (/\)$/u.test(written) ? null : subjectEnd(text, start + written.length));
    const about = quoted?.about ?? (subj ? ` ${text.slice(start + written.length, subj).trim().replace(/\s+/gu, ' ')}` : '');
    out.push({ start, end: subj ?? end, code: null, name: `Nghị quyết Trung ương ${n}${term ? ` khóa ${term}` : ''}${about}`, docType: 'Nghị quyết', issuerCode: 'TW', inferred: false, tail: subj ?? end, term });
    taken.push([start, subj ?? end]);
  }
  // rare: looked for only where its words are
  for (const m of text.includes('Hội nghị lần thứ') ? text.matchAll(CENTRAL_PLENUM_FULL) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const written = m[0].replace(/\s*\(\s*/u, ' ').replace(/\s*\)$/u, '').replace(/\s+/gu, ' ');
    const quoted = quotedSubject(text, end);
    const subj = quoted?.end ?? (/\)$/u.test(m[0]) ? null : subjectEnd(text, end));
    const about = quoted?.about ?? (subj ? ` ${text.slice(end, subj).trim().replace(/\s+/gu, ' ')}` : '');
    out.push({ start, end: subj ?? end, code: null, name: `${written}${about}`, docType: 'Nghị quyết', issuerCode: 'TW', inferred: false, tail: subj ?? end, term: m[2]! });
    taken.push([start, subj ?? end]);
  }
  for (const m of text.includes('Nghị quyết Đại hội ') ? text.matchAll(NATIONAL_CONGRESS) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    out.push({ start, end, code: null, name: m[0], docType: 'Nghị quyết', issuerCode: null, inferred: false, tail: end, term: (m[1] ?? m[2])! });
    taken.push([start, end]);
  }
  for (const m of text.includes('Quy chế ') ? text.matchAll(WORKING_RULES) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    out.push({ start, end, code: null, name: m[0].toLowerCase().replace(/^q/u, 'Q'), docType: 'Quy chế', issuerCode: null, inferred: false, tail: end, term: null });
    taken.push([start, end]);
  }
  for (const m of text.matchAll(TITLED)) {
    const start = m.index;
    if (text[start - 1] !== ' ' || !BEFORE_TITLED.test(text[start - 2] ?? '')) continue;
    if (m[2]) {
      const typeEnd = start + m[0].length;
      const of = OF_ISSUER.exec(text.slice(typeEnd, typeEnd + 120));
      if (!of) continue;
      const subj = subjectEnd(text, typeEnd + of[0].length);
      if (subj === null || overlaps(start, subj)) continue;
      const about = ` ${text.slice(typeEnd + of[0].length, subj).trim().replace(/\s+/gu, ' ')}`;
      // the issuer is read from "của …" after the type word, and named in the paper's name
      out.push({ start, end: subj, code: null, name: `${m[1]!}${about}`, docType: m[1]!, issuerCode: null, inferred: false, tail: typeEnd, term: null, about });
      taken.push([start, subj]);
      continue;
    }
    const subj = subjectEnd(text, start + m[0].length);
    if (subj === null || overlaps(start, subj)) continue;
    out.push({ start, end: subj, code: null, name: text.slice(start, subj).replace(/\s+/gu, ' '), docType: m[1]!, issuerCode: null, inferred: false, tail: subj, term: null });
    taken.push([start, subj]);
  }
  for (const m of text.includes('Quy chế ') ? text.matchAll(RULES) : []) {
    const start = m.index;
    if (text[start - 1] !== ' ' || !BEFORE_TITLED.test(text[start - 2] ?? '')) continue;
    const n = RULES_NAME.exec(text.slice(start + m[0].length, start + m[0].length + 160));
    if (!n || n[1]!.split(' ').length < 2) continue;
    const end = start + m[0].length + n[0].length;
    if (overlaps(start, end)) continue;
    out.push({ start, end, code: null, name: `Quy chế ${n[1]!}`, docType: 'Quy chế', issuerCode: null, inferred: false, tail: end, term: null });
    taken.push([start, end]);
  }
  // laws and charters named without a number: "Luật Phòng, chống tham nhũng", "Luật Đất đai năm 2013", "Điều lệ Đảng"
  NAMED_LAW.lastIndex = 0;
  const lawWords = text.includes('uật ') || text.includes('Điều lệ ') || text.includes('Hiến pháp năm ');
  for (let m = lawWords ? NAMED_LAW.exec(text) : null; m; m = NAMED_LAW.exec(text)) {
    const start = m.index;
    // "Trường Đại học Luật Hà Nội", "cử nhân Luật": the discipline, not a law
    // "Pháp Luật TP.HCM" is a newspaper, "Công ty Luật …" a law firm
    if (/(?:Đại học|ĐH|học|ngành|nhân|Khoa|khoa|Trường|sĩ|Viện|Học viện|Pháp|pháp|[Cc]ông ty|[Hh]ãng|[Vv]ăn phòng) $/u.test(text.slice(Math.max(0, start - 12), start))) {
      NAMED_LAW.lastIndex = start + 5;
      continue;
    }
    const initials = LAW_INITIALS.exec(text.slice(start, start + 20));
    if (initials) {
      const full = out.find((d) => d.docType === 'Luật' && d.name && lawInitials(d.name) === initials[1]);
      const end = start + initials[0].length;
      NAMED_LAW.lastIndex = end;
      if (full && !overlaps(start, end)) {
        out.push({ ...full, start, end, tail: end });
        taken.push([start, end]);
      }
      continue;
    }
    let name = m[0].replace(/[\s,]+$/u, '');
    const words = name.split(' ');
    // the words of an amending law's lead ("Luật sửa đổi, bổ sung một số điều của …") are never its end; "quy định"
    // ends a name, "quy hoạch", "quy phạm" do not
    const lead = LAW_LEAD.exec(name)![0].trim().split(' ').length;
    const numberAfter = /^\s*\d/u.test(text.slice(start + m[0].length, start + m[0].length + 3));
    const cut = words.findIndex((w, i) => {
      const lw = w.replace(/,$/u, '').toLowerCase();
      if (i <= lead) return false;
      const next = words[i + 1]?.replace(/,$/u, '');
      // "Luật Dân số" but "Luật … số 100/2015/QH13"
      if (lw === 'số' && words[i - 1]?.toLowerCase() === 'dân') return next === undefined && numberAfter;
      return LAW_STOP.has(lw) || (lw === 'quy' && next?.toLowerCase().startsWith('định'));
    });
    name = (cut > 0 ? words.slice(0, cut) : words).join(' ').replace(/,$/u, '');
    // a charter's body ends with its last capitalized word: "Điều lệ Hội Nông dân Việt Nam quy định …"
    if (name.startsWith('Điều lệ ')) name = name.replace(/(?: [\p{Ll}][\p{L}\p{M}]*)+$/u, '');
    // the year belongs to the name: "Bộ luật Tố tụng hình sự năm 2003"
    const year = cut > 0 && !name.startsWith('Hiến pháp') ? /^ năm (?:19|20)\d{2}(?![\p{N}])/u.exec(text.slice(start + name.length, start + name.length + 10)) : null;
    if (year) name += year[0];
    // the official titles write "Phòng, chống": "Luật Phòng chống tham nhũng" is "Luật Phòng, chống tham nhũng"
    const display = name.replace(/(?<=^(?:Bộ l|L)uật )([Pp]hòng) (?=chống )/u, '$1, ');
    const end = start + name.length;
    NAMED_LAW.lastIndex = end;
    if (overlaps(start, end) || words.length < 2) continue;
    out.push({ start, end, code: null, name: display, docType: name.startsWith('Luật') ? 'Luật' : name.startsWith('Bộ luật') ? 'Bộ luật' : name.startsWith('Hiến pháp') ? 'Hiến pháp' : 'Điều lệ', issuerCode: null, inferred: false, tail: end, term: null });
    taken.push([start, end]);
  }
  // decrees cited by number and year only: "Nghị định 24/2014", "Nghị định 108/2014/CP" → 24/2014/NĐ-CP
  for (const m of s.lower.matchAll(DECREE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end) || isWordChar(text[start - 1])) continue;
    out.push({ start, end, code: `${m[1]}/${m[2]}/NĐ-CP`, name: null, docType: 'Nghị định', issuerCode: 'CP', inferred: true, tail: end, term: null });
    taken.push([start, end]);
  }
  const unresolved: Array<{ start: number; end: number; num: string; typeWord: string; tail: number; fallback: string | null; docType: string }> = [];
  // papers cited by type and number: their issuer follows ("của Bộ Chính trị", "của Ban Thường vụ Tỉnh ủy", "của
  // Chính phủ"), else stands before as the subject of "ban hành" ("Bộ Chính trị đã ban hành Nghị quyết 08"); decrees
  // are the government's; in a list ("Nghị quyết 32, Kết luận 72 của Bộ Chính trị") the issuer after the last is
  // that of all, the one before the first too
  const cited: Array<{ m: RegExpMatchArray; start: number; end: number; issuer: CitedIssuer | null; term: string | null }> = [];
  for (const m of bareCitations(s.lower)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end) || isWordChar(text[start - 1])) continue;
    const after = issuerAfter(s.lower, end, text);
    const before = after ? null : issuerBefore(s.lower, start);
    cited.push({ m, start, end, issuer: after ?? before, term: after?.term ?? before?.term ?? null });
  }
  const listed = (a: { end: number }, b: { start: number }): boolean => b.start - a.end <= 6 && /^\s*(?:,|và|;)\s*$/u.test(text.slice(a.end, b.start));
  for (let i = cited.length - 2; i >= 0; i--) {
    const c = cited[i]!;
    const next = cited[i + 1]!;
    if (!c.issuer && next.issuer && listed(c, next)) Object.assign(c, { issuer: next.issuer, term: next.term });
  }
  for (let i = 1; i < cited.length; i++) {
    const c = cited[i]!;
    const prev = cited[i - 1]!;
    if (!c.issuer && prev.issuer && listed(prev, c)) Object.assign(c, { issuer: prev.issuer, term: prev.term });
  }
  for (const { m, start, end, term, issuer: written } of cited) {
    const typeWord = m[1]!;
    const typeCode = TYPE_WORD_TO_CODE[typeWord];
    const issuer = written;
    const docType = TYPE_WORDS.find((w) => w.toLowerCase() === typeWord) ?? typeWord;
    // each number of a list is a paper of its own, its mention the number (the first also takes the type word)
    const numsAt = end - m[2]!.length;
    const nums = [...m[2]!.matchAll(/(\d{1,4})(?:\/((?:19|20)\d{2}))?/gu)];
    let found = false;
    for (const [i, n] of nums.entries()) {
      const nStart = i === 0 ? start : numsAt + n.index;
      const nEnd = numsAt + n.index + n[0].length;
      const code = issuer ? citedCode(n[1]!, n[2] ?? null, typeWord, typeCode, issuer) : null;
      if (!code) {
        // a decree is the government's, unless the article codes it in full ("Nghị định 24" … "24/2014/NĐ-CP")
        const fallback = typeWord === 'nghị định' ? citedCode(n[1]!, n[2] ?? null, typeWord, typeCode, DECREE_ISSUER) : null;
        unresolved.push({ start: nStart, end: nEnd, num: n[1]!, typeWord, tail: end, fallback, docType });
        continue;
      }
      found = true;
      out.push({ start: nStart, end: nEnd, code, name: null, docType, issuerCode: issuer!.code, inferred: true, tail: end, term });
    }
    if (found) taken.push([start, end]);
  }
  for (const m of s.lower.includes('/') ? s.lower.matchAll(PAPER_CODE) : []) {
    const type = typeWordBefore(s.lower, m.index, PAPER_TYPE_BEFORE, 30);
    if (!type) continue;
    const { start, docType } = type;
    const end = m.index + m[0].length;
    if (overlaps(start, end) || isWordChar(text[start - 1])) continue;
    const codeAt = end - m[3]!.length;
    const segments = text.slice(codeAt, end).split(/ ?[-–] ?/u);
    if (!segments.every((x) => PAPER_SEGMENT.test(x)) || !/^[A-ZĐ]{2}/u.test(segments[0]!)) continue;
    out.push({ start, end, code: `${m[1]}/${m[2] ? `${m[2]}/` : ''}${segments.join('-')}`, name: null, docType, issuerCode: segments[0]!, inferred: false, tail: end, term: null });
    taken.push([start, end]);
  }
  // administrative papers cited by number alone: "văn bản số 640", "Tờ trình số 5054 ngày 4/7"
  for (const m of s.lower.matchAll(NUMBER_ONLY)) {
    const type = typeWordBefore(s.lower, m.index, NUMBER_ONLY_TYPE, 12);
    if (!type) continue;
    const { start, docType } = type;
    const end = m.index + m[0].length;
    if (overlaps(start, end) || isWordChar(text[start - 1])) continue;
    out.push({ start, end, code: m[1]!, name: null, docType, issuerCode: null, inferred: false, tail: end, term: null });
    taken.push([start, end]);
  }
  // a paper cited again by its type and number alone ("Chỉ thị 05" after "Chỉ thị số 05-CT/TW") is the one coded
  for (const u of unresolved) {
    if (overlaps(u.start, u.end)) continue;
    const same = sameNumbered(out, u.num, u.typeWord);
    if (same) out.push({ ...same, start: u.start, end: u.end, tail: u.tail });
    else if (u.fallback) out.push({ start: u.start, end: u.end, code: u.fallback, name: null, docType: u.docType, issuerCode: 'CP', inferred: true, tail: u.tail, term: null });
    else continue;
    taken.push([u.start, u.end]);
  }
  // a paper coded from its issuer ("Thông tư số 02 của Bộ Y tế" → 02/TT-BYT) is the one the article codes in full
  // with the same number, type and issuer ("Thông tư số 02/2017/TT-BYT")
  for (const d of out) {
    if (!d.inferred || !d.code || !d.issuerCode) continue;
    const p = CODE_PARTS.exec(d.code);
    const full = p && out.find((o) => !o.inferred && o.code && o.code !== d.code && sameParts(CODE_PARTS.exec(o.code), p) && o.code.endsWith(d.issuerCode!));
    if (full) Object.assign(d, { code: full.code, inferred: false });
  }
  return out.sort((a, b) => a.start - b.start).filter((d) => !isWordChar(text[d.start - 1]));
}

function sameParts(a: RegExpExecArray | null, b: RegExpExecArray): boolean {
  return a !== null && a[1] === b[1] && (a[2] ?? a[3]) === (b[2] ?? b[3]);
}

const CODE_PARTS = /^0*(\d+)[a-z]?(?:-([^/]+)\/|\/(?:\d{4}\/)?([^-/]+)-)/u;

/** The one coded paper of the article with this number and type word, or null when none or several. */
function sameNumbered(mentions: readonly DocumentMention[], num: string, typeWord: string): DocumentMention | null {
  const n = num.replace(/^0+(?=\d)/u, '');
  const types = [TYPE_WORD_TO_CODE[typeWord], stateTypeCode(typeWord)];
  let found: DocumentMention | null = null;
  for (const d of mentions) {
    const p = d.code ? CODE_PARTS.exec(d.code) : null;
    if (!p || p[1] !== n || !types.includes(p[2] ?? p[3])) continue;
    if (found && found.code !== d.code) return null;
    found = d;
  }
  return found;
}
