import { isWordChar, type ScanText } from './text-scan.js';

export interface EventMention {
  start: number;
  end: number;
  /** hội nghị, đại hội, kỳ họp, phiên họp, hội thảo, tọa đàm, lễ… */
  kind: string;
  /** The name as written, capitalized: "Hội nghị tổng kết công tác …". */
  name: string;
  /** Words after the kind that make it a named event (empty for a bare "hội nghị"). */
  descriptor: string;
}

export interface CongressMention {
  start: number;
  end: number;
  /** The Party's national or provincial congress, or that of another body ("Đại hội Công đoàn … lần thứ V"). */
  scope: 'national' | 'province' | 'body';
  /** Ordinal in Roman numerals. */
  ordinal: string;
  /** "tỉnh", "thành phố" for provincial congresses. */
  levelWord: string | null;
  /** A place written inside the name ("Đại hội Đảng bộ tỉnh Quảng Trị lần thứ XVII"), as written. */
  placeText: string | null;
  /** The body of a congress of scope 'body', as written ("Công đoàn cơ quan Dân, Đảng quận Long Biên"). */
  bodyText?: string;
}

// ceremonies by their act: "lễ ký kết", "lễ ra quân", "Lễ đón nhận …", "lễ chuyển giao"… (not "lễ hội", "đi lễ chùa")
const RITES = 'kỷ niệm|công bố|trao|khai mạc|bế mạc|phát động|ra mắt|khánh thành|khởi công|mít tinh|ký kết|ra quân|xuất quân|hưởng ứng|đón nhận|đón|chuyển giao|bàn giao|truy điệu|an táng|tuyên dương|biểu dương|kết nạp|tri ân|dâng hương|giao nhận quân|thượng cờ|chào cờ|tuyên thệ|tổng kết|khai giảng|bế giảng|tốt nghiệp|mừng công|gắn biển|cắt băng|ký';
// a handing over named by its sitting: "tại buổi trao quyết định điều động …" (a "buổi công bố" may be the meeting
// that announces it, which annotators call a conference); a briefing: "tổ chức Giao ban báo chí …"
const KINDS = new RegExp(`(hội nghị|hội thảo(?! luận)|kỳ họp|phiên họp|tọa đàm|lễ (?:${RITES})|hội thi|buổi (?:làm việc|gặp mặt|lễ(?!\\s+(?:${RITES}))|trao(?= (?:các |những )?quyết định)|giao ban|(?:đón )?tiếp(?! xúc|\\s*nhận|\\s*theo|\\s*tục))|cuộc họp|họp báo|tổ chức giao ban)`, 'gu');
// "Lễ trao quyết định …", "Lễ công bố quyết định …": annotators name these by the decision handed over
const DECISION = /^(?:các |những )?quyết định(?![\p{L}])/iu;
const STOP = /[.;\n!?"“”]|\s(?:do|diễn ra|tại|với sự|dưới sự|nhằm|vào|chủ trì|được|đã|sẽ|và trao|cho)\s|\s\(|,\s*(?:đồng chí|ông|bà|các|với|nhằm|tại|do|có|đây|trong|qua|theo)\s/u;
const FUNCTION_WORDS = new Set(['tại', 'này', 'đã', 'của', 'và', 'dự', 'là', 'với', 'có', 'được', 'do', 'cũng', 'sẽ', 'thì', 'nhằm', 'đó', 'trên', 'vừa', 'lần', 'các', 'những', 'để', 'về', 'cho', 'như', 'khi', 'năm', 'nay', 'ấy']);

// the kinds held on a subject, named by it after "về"
const TOPICAL = new Set(['hội thảo', 'tọa đàm', 'họp báo', 'hội nghị']);

/** Finds event mentions (other than congresses): the kind word and the descriptor words after it. */
export function findEvents(s: ScanText): EventMention[] {
  const out: EventMention[] = [];
  for (const m of s.lower.matchAll(KINDS)) {
    // a briefing without "buổi" is one held: "tổ chức Giao ban báo chí …" (the event's words start after "tổ chức")
    const held = m[0] === 'tổ chức giao ban' ? 8 : 0;
    const start = m.index + held;
    if (isWordChar(s.text[m.index - 1]) || isWordChar(s.text[m.index + m[0].length])) continue;
    const kindEnd = m.index + m[0].length;
    const rest = s.text.slice(kindEnd, kindEnd + 240);
    const stop = STOP.exec(rest);
    let descriptor = (stop ? rest.slice(0, stop.index) : rest).trim().replace(/[,:\s]+$/u, '');
    const firstWord = descriptor.split(/\s+/u)[0]?.toLowerCase() ?? '';
    // "Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh": an ordinal then a body names the event
    const ordinalNamed = firstWord === 'lần' && /^lần thứ\s+\S+\s*,?\s+\p{Lu}/u.test(descriptor);
    // a meeting held about a subject is named by it: "hội thảo về phát triển …", "họp báo về Lễ hội …"
    const aboutNamed = firstWord === 'về' && TOPICAL.has(m[0].toLowerCase());
    if (!descriptor.startsWith(rest.trimStart().slice(0, 1)) || rest[0] !== ' ' || (FUNCTION_WORDS.has(firstWord) && !ordinalNamed && !aboutNamed) || /^[,:]/u.test(rest)) descriptor = '';
    if (descriptor.split(/\s+/u).length < 2) descriptor = '';
    const kind = m[0].slice(held).toLowerCase();
    const end = descriptor ? kindEnd + rest.indexOf(descriptor) + descriptor.length : kindEnd;
    const name = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}${descriptor ? ` ${descriptor}` : ''}`;
    out.push({ start, end, kind: eventKind(kind, rest.trimStart()), name, descriptor });
  }
  return out;
}

/** The kind of an event from its kind words: ceremonies are "lễ", except those handing over a decision. */
function eventKind(kind: string, after: string): string {
  if ((kind === 'lễ trao' || kind === 'lễ công bố') && DECISION.test(after)) return `${kind} quyết định`;
  if (kind === 'buổi trao') return 'lễ trao quyết định';
  if (kind === 'buổi đón tiếp') return 'buổi tiếp';
  if (kind === 'giao ban') return 'buổi giao ban';
  if (kind === 'buổi lễ' || kind.startsWith('lễ')) return 'lễ';
  return kind;
}

// the needle of a verb looked for only in the head of the text, where a lead reports its event
const LEAD_ONLY = '';
const LEAD_CHARS = 1500;

// verbs by which a lead reports an event without naming it ("Ngày 5/7, Đoàn … đã làm việc với Ban Thường vụ …")
const EVENT_VERBS: ReadonlyArray<[RegExp, string, string, string]> = [
  [/họp kỳ thứ|họp phiên thứ/gu, 'kỳ họp', 'Kỳ họp', 'họp'],
  [/(?:đã|đang|sẽ|vừa) họp(?!\s*(?:báo|kỳ|phiên|mặt|bàn|thường kỳ))/gu, 'cuộc họp', 'Cuộc họp', 'họp'],
  [/(?:đến |đã |đang |vừa )?làm việc (?:với|tại)/gu, 'buổi làm việc', 'Buổi làm việc', 'làm việc'],
  [/trao(?: các| những)? quyết định/gu, 'lễ trao quyết định', 'Lễ trao quyết định', 'quyết định'],
  [/công bố(?: các| những)? quyết định/gu, 'lễ công bố quyết định', 'Lễ công bố quyết định', 'quyết định'],
  // a reception: "Thủ tướng đã tiếp một số doanh nhân …", "Chủ tịch nước đã tiếp đồng chí …"
  // (a lead's verb: looked for in the first part of the text only)
  [/(?:đã|vừa) tiếp(?= (?:một số|đoàn|ông|bà|đồng chí|các|ngài|đại sứ|lãnh đạo|chủ tịch|thủ tướng|tổng thống|bộ trưởng|phó|thống đốc|bí thư|ủy viên|đại diện))/gu, 'buổi tiếp', 'Buổi tiếp', LEAD_ONLY],
  // deputies meeting their voters: "Sáng 13/5, … tiếp xúc cử tri quận …"
  [/tiếp xúc (?:với )?cử tri/gu, 'tiếp xúc cử tri', 'Tiếp xúc cử tri', 'cử tri'],
  [/tổ chức (?:sơ kết|tổng kết)/gu, 'hội nghị', 'Hội nghị', 'tổ chức'],
  [/tổ chức (?:buổi )?gặp mặt(?= (?:báo chí|các|đại biểu|đoàn|cán bộ|nhân dịp|nhân kỷ niệm|kỷ niệm))/gu, 'buổi gặp mặt', 'Buổi gặp mặt', 'tổ chức'],
  // an inspection or supervision team at work: "Đoàn kiểm tra … đang tiến hành kiểm tra công tác cán bộ"
  // also someone come to supervise: "đã đến giám sát tình hình bảo vệ môi trường tại …"
  [/(?:đã|đang|vừa|tiến hành) (?:tiến hành |đến |tới )?kiểm tra(?= (?:công tác|việc|tại|đối với|các|ban|tỉnh ủy|huyện ủy|thành ủy|đảng ủy|tình hình))/gu, 'kiểm tra', 'Kiểm tra', 'kiểm tra'],
  [/(?:đã|đang|vừa|tiến hành) (?:tiến hành |đến |tới )?giám sát(?= (?:công tác|việc|tại|đối với|các|ban|tỉnh ủy|huyện ủy|thành ủy|đảng ủy|tình hình))/gu, 'giám sát', 'Giám sát', 'giám sát'],
];

/** Finds verbs that report an event without naming it, in text order; each reads as a bare event of its kind. */
export function findEventVerbs(s: ScanText): EventMention[] {
  const out: EventMention[] = [];
  // verbs share their key words: each is looked for in the text once
  const has = new Map<string, boolean>();
  for (const [re, kind, name, needle] of EVENT_VERBS) {
    const text = needle === LEAD_ONLY ? s.lower.slice(0, LEAD_CHARS) : s.lower;
    let found = needle === LEAD_ONLY || has.get(needle);
    if (found === undefined) has.set(needle, (found = s.lower.includes(needle)));
    if (!found) continue;
    for (const m of text.matchAll(re)) {
      if (isWordChar(s.text[m.index - 1]) || isWordChar(s.text[m.index + m[0].length])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, kind, name, descriptor: '' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const CONGRESS = /Đại hội(?![\p{L}])/gu;
// the bodies other than the Party that hold congresses with an ordinal
const OTHER_BODY = /^\s*(?:Công đoàn|Đoàn|Hội|Mặt trận|MTTQ|Liên đoàn|LĐLĐ|Liên hiệp|Hiệp hội|Thi đua)(?![\p{L}])/u;

const RESOLUTION_BEFORE = /[Nn]ghị quyết\s+$/u;
const DELEGATES = /^\s*đại biểu(?: toàn quốc)?(?=\s)/u;

/** Finds congresses with an ordinal: national ("Đại hội XIII của Đảng") and provincial Party congresses. */
export function findCongresses(s: ScanText): CongressMention[] {
  const out: CongressMention[] = [];
  for (const m of s.text.includes('Đại hội') ? s.text.matchAll(CONGRESS) : []) {
    const start = m.index;
    const window = s.text.slice(start + m[0].length, start + m[0].length + 90);
    const ord = /^(.{0,70}?)(?:lần thứ\s+([XVIL]{1,6})|(?<![\p{L}])([XVIL]{2,6}|[XVIL](?=\s+của Đảng)))(?![\p{L}])/u.exec(window);
    if (!ord) continue;
    // "Nghị quyết Đại hội XII của Đảng" names the congress's resolution, not the congress as an event
    if (!ord[2] && RESOLUTION_BEFORE.test(s.text.slice(Math.max(0, start - 12), start))) continue;
    const between = ord[1]!;
    const lbetween = between.toLowerCase();
    if (/[.;:]/u.test(between)) continue;
    const ordinal = (ord[2] ?? ord[3])!;
    let end = start + m[0].length + ord[0].length;
    const tail = s.text.slice(end, end + 12);
    const ofParty = /^\s+của Đảng(?![\p{L}])/u.exec(tail);
    // the congress of a union, an association or the Youth Union: "Đại hội Công đoàn …", "Đại hội Đoàn toàn quốc"
    // also after the words of a congress of delegates: "Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ VIII"
    const body = OTHER_BODY.exec(between.replace(DELEGATES, ''));
    if (body && !ofParty) {
      out.push({ start, end, scope: 'body', ordinal, levelWord: null, placeText: null, bodyText: between.trim().replace(/\s+/gu, ' ').replace(/,$/u, '') });
      continue;
    }
    if (/toàn quốc/u.test(lbetween) || (ofParty && !/đảng bộ/u.test(lbetween)) || (between.trim() === '' && ofParty)) {
      if (ofParty) end += ofParty[0].length;
      out.push({ start, end, scope: 'national', ordinal, levelWord: null, placeText: null });
      continue;
    }
    const prov = /^\s*(?:đại biểu\s+)?đảng bộ\s+(tỉnh|thành phố)(?:\s+(.+?))?\s*$/u.exec(lbetween);
    if (prov) {
      const placeRaw = prov[2] ? between.trim().split(/\s+/u).slice(-prov[2].split(/\s+/u).length).join(' ') : null;
      out.push({ start, end, scope: 'province', ordinal, levelWord: prov[1]!, placeText: placeRaw });
    }
  }
  return out;
}
