import { copyBody, copyPlace } from '../extract/body-copy.js';
import { parseBody, parsePlaceAfter, type ParsedBody } from '../extract/body-parser.js';
import type { PlaceLookup } from '../extract/place-lookup.js';
import { IMPLIED_BODY, JOINING_ROLES, ROLES_NEEDING_BODY } from '../extract/role-lexicon.js';
import { matchRole, type RoleMatch } from '../extract/role-matcher.js';
import { isUpper, skipSpaces, type ScanText } from '../extract/text-scan.js';

/** One title of a chain: role words plus the body they are held in (if written). */
export interface ChainElement {
  start: number;
  end: number;
  role: RoleMatch;
  body: ParsedBody | null;
  /** The title as users read it: "Bí thư", "Trưởng Ban", "Ủy viên Ban Thường vụ". */
  title: string;
  /** A body implied by the role alone ("Tổng Bí thư" → BCH Trung ương Đảng). */
  impliedBody: string | null;
  /** A body named by its head noun alone, as named elsewhere in the text: "Hiệu trưởng trường này" → "Trường". */
  headRef?: string;
}

export interface TitleChain {
  start: number;
  end: number;
  elements: ChainElement[];
}

const COMMITTEE_MEMBERS: Readonly<Record<string, { levelWord: string; level: 'province' | 'district' }>> = {
  'tỉnh ủy viên': { levelWord: 'tỉnh', level: 'province' },
  'thành ủy viên': { levelWord: 'thành phố', level: 'province' },
  'huyện ủy viên': { levelWord: 'huyện', level: 'district' },
  'quận ủy viên': { levelWord: 'quận', level: 'district' },
  'thị ủy viên': { levelWord: 'thị xã', level: 'district' },
};
const FRONT = 'Mặt trận Tổ quốc Việt Nam';
// the chairs of a company's boards, read as the title and the board
const BOARD_ROLES: Readonly<Record<string, { title: string; board: string }>> = {
  'chủ tịch hội đồng quản trị': { title: 'Chủ tịch', board: 'Hội đồng quản trị' },
  'chủ tịch hội đồng thành viên': { title: 'Chủ tịch', board: 'Hội đồng thành viên' },
  'phó chủ tịch hội đồng quản trị': { title: 'Phó Chủ tịch', board: 'Hội đồng quản trị' },
  'phó chủ tịch hội đồng thành viên': { title: 'Phó Chủ tịch', board: 'Hội đồng thành viên' },
};
// the Front's officers are those of its central committee
const FRONT_COMMITTEE_ROLES = new Set(['chủ tịch', 'phó chủ tịch', 'phó chủ tịch thường trực', 'tổng thư ký', 'phó tổng thư ký']);
const PEOPLES_COMMITTEE_HEADS = new Set(['chủ tịch', 'phó chủ tịch', 'phó chủ tịch thường trực']);
const SEPARATOR = /^\s*(?:,|;|và|kiêm|-|–)\s*/u;
// a Party committee written in lower case ("quận ủy", "tỉnh ủy"), not its member ("tỉnh ủy viên")
const LOWER_COMMITTEE = /^(?:tỉnh|thành|huyện|quận|thị) ủy(?![\p{L}])(?! viên)/u;
// a Party organization named without its host, which the next title of the chain names
const BARE_PARTY_UNIT = /^(?:đảng ủy|ban cán sự đảng|đảng đoàn|chi bộ)(?=\s*[,;)])/u;
const PARTY_UNIT_NAMES: Readonly<Record<string, string>> = { 'đảng ủy': 'Đảng ủy', 'ban cán sự đảng': 'Ban cán sự đảng', 'đảng đoàn': 'Đảng đoàn', 'chi bộ': 'Chi bộ' };
const CENTRAL = /^(?:ban chấp hành |bch )?(?:trung ương|tw|tư|t\.ư)(?: đảng)?(?![\p{L}])(?! đoàn(?![\p{L}]))/u;

const PARTY_UNIT_WORDS = /^(?:đảng ủy|ban cán sự đảng|đảng đoàn) /u;

// a body's head noun standing alone after a title, or with "này" ("trường này", "Trung tâm", "Sở")
const HEAD_NOUN = /^(trung tâm|trường|bệnh viện|công ty|học viện|viện|sở|nhà máy|tổng công ty)(?: (?:này|nói trên)(?![\p{L}])|(?=\s*[,.;:()]|\s+(?:và|của|thuộc)\s|$))/u;

/** A bare Party unit followed at once by a capitalised title: "Đảng ủy Giám đốc …". */
function unitBeforeTitle(s: ScanText, q: number): [string] | null {
  const u = PARTY_UNIT_WORDS.exec(s.lower.slice(q, q + 20));
  if (!u || !isUpper(s.text[q + u[0].length])) return null;
  return matchRole(s, q + u[0].length) ? [u[0].trimEnd()] : null;
}

/** The standing board of a Party committee read after "Thường vụ" ("Thường vụ Huyện ủy X"), starting at `start`. */
function standingBoardOf(committee: ParsedBody | null, start: number): ParsedBody | null {
  if (committee?.kind !== 'party-committee' || !/^(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy)/u.test(committee.base)) return null;
  return copyBody(committee, {
    start,
    kind: 'standing-committee',
    base: `Ban Thường vụ ${committee.base}`,
    parent: { base: committee.base, kind: committee.kind, level: committee.level },
  });
}

/** Parses a body at a position (the lexicon first, then named organizations); `relaxCase` admits "ban Tổ chức". */
export type BodyAt = (pos: number, relaxCase: boolean) => ParsedBody | null;

function element(s: ScanText, pos: number, places: PlaceLookup, bodyAt: BodyAt, allowLower: boolean): ChainElement | null {
  const role = matchRole(s, pos, allowLower);
  if (!role) return null;
  const lowerRole = !isUpper(s.text[role.end - role.role.length]);
  let q = skipSpaces(s.text, role.end);
  const joining = JOINING_ROLES.has(role.key);
  // the head written twice, once in the title and once in the name: "Trưởng phòng Phòng Khoáng sản"
  const dup = joining ? /^(phòng|ban|đoàn|cục|vụ) (?=\p{Lu})/u.exec(s.text.slice(q, q + 8)) : null;
  if (dup && s.lower.startsWith(`${dup[1]!} ${dup[1]!} `, q)) q += dup[0].length;
  let body = bodyAt(q, joining);
  // "Ủy viên Thường vụ Tỉnh ủy": a member of the committee's standing board, "Ban" left out
  if (!body && role.key === 'ủy viên' && s.lower.startsWith('thường vụ ', q) && isUpper(s.text[q + 10])) body = standingBoardOf(bodyAt(q + 10, false), q);
  if (!body) {
    const c = CENTRAL.exec(s.lower.slice(q, q + 40));
    if (c && /\p{Lu}/u.test(s.text[q] ?? '')) {
      body = { start: q, end: q + c[0].length, kind: 'executive-committee', base: 'Ban Chấp hành Trung ương Đảng', level: 'central', place: null, needsScope: false, needsCommittee: false, parent: null };
    }
  }
  if (!body && PEOPLES_COMMITTEE_HEADS.has(role.key)) {
    // "Chủ tịch TP. Hà Nội", "Phó Chủ tịch huyện X": the head of the people's committee of that place
    const place = parsePlaceAfter(s, q, places, 'none');
    if (place && place.level !== 'commune') {
      body = { start: place.start, end: place.end, kind: 'people-committee', base: `Ủy ban nhân dân ${place.levelWord ?? 'tỉnh'}`, level: place.level, place, needsScope: false, needsCommittee: false, parent: null };
    }
  }
  // "Tỉnh ủy viên", "Huyện ủy viên": a member of that committee's executive; its place comes from the chain
  const memberOf = COMMITTEE_MEMBERS[role.key];
  if (!body && memberOf) {
    body = { start: role.start, end: role.end, kind: 'executive-committee', base: `Ban Chấp hành Đảng bộ ${memberOf.levelWord}`, level: memberOf.level, place: null, needsScope: true, needsCommittee: false, parent: null };
    return { start: pos, end: role.end, role, body, title: 'Ủy viên', impliedBody: null };
  }
  // "Đảng ủy viên, Phó Giám đốc Sở X": a member of the Party committee of the body named beside it in the chain
  if (!body && role.key === 'đảng ủy viên') {
    body = { start: role.start, end: role.end, kind: 'party-committee', base: 'Đảng ủy', level: 'unknown', place: null, needsScope: false, needsCommittee: true, parent: null };
    return { start: pos, end: role.end, role, body, title: 'Ủy viên', impliedBody: null };
  }
  // "nguyên phó bí thư quận ủy": the committee written in lower case after a title
  if (!body && LOWER_COMMITTEE.test(s.lower.slice(q, q + 12))) body = parseBody(s, q, places, true);
  // "Bí thư Đảng ủy, Giám đốc Bệnh viện X": the Party committee of the body named next in the chain
  // "Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh X", "Ủy viên Đảng đoàn, Phó Chủ tịch HĐND tỉnh Y" likewise
  // "Bí thư Đảng ủy Giám đốc Học viện X" (no comma): the next title starts right after the unit
  const bareUnit = !body ? BARE_PARTY_UNIT.exec(s.lower.slice(q, q + 20)) ?? unitBeforeTitle(s, q) : null;
  if (bareUnit) {
    const end = q + bareUnit[0].length;
    body = { start: q, end, kind: 'party-committee', base: PARTY_UNIT_NAMES[bareUnit[0]]!, level: 'unknown', place: null, needsScope: false, needsCommittee: true, parent: null };
    return { start: pos, end, role, body, title: role.role, impliedBody: null };
  }
  // "Chủ tịch Hội đồng quản trị Công ty X" is the chair of that company's board: a body of its own, in the company
  const board = body ? BOARD_ROLES[role.key] : undefined;
  if (board && body) {
    // the board is written in the title's words ("Chủ tịch HĐQT"): its mention starts there; the company's is its own
    const boardStart = s.lower.lastIndexOf('tịch ', role.end) + 'tịch '.length;
    body = copyBody(body, { start: boardStart, base: `${board.board} ${body.base}`, parent: { base: body.base, kind: body.kind, level: body.level }, within: body });
    return { start: pos, end: body.end, role, body, title: board.title, impliedBody: null };
  }
  // "Chủ tịch Mặt trận Tổ quốc Việt Nam" heads the Front's central committee
  if (body?.base === FRONT && body.level === 'central' && FRONT_COMMITTEE_ROLES.has(role.key)) body = copyBody(body, { base: `Ủy ban Trung ương ${FRONT}` });
  if (body && (body.base === 'Quốc hội' || body.base.startsWith('Đoàn đại biểu Quốc hội'))) body = withTermAndConstituency(s, body, places);
  // "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam": the Party's full name is part of the body
  if (body?.base === 'Ban Chấp hành Trung ương Đảng' && s.lower.startsWith(' cộng sản việt nam', body.end)) body = copyBody(body, { end: body.end + 18 });
  if (!body && !joining) {
    // "Phó Hiệu trưởng trường này", "Giám đốc Trung tâm": the body named before (or after) by the same head noun
    const back = HEAD_NOUN.exec(s.lower.slice(q, q + 20));
    // not the head of a name written after it ("Viện Nghiên cứu …", "trường Đại học …")
    if (back && !(s.text[q + back[0].length] === ' ' && isUpper(s.text[q + back[0].length + 1]))) {
      const head = back[1]!.charAt(0).toUpperCase() + back[1]!.slice(1);
      return { start: pos, end: q + back[0].length, role, body: null, title: role.role, impliedBody: null, headRef: head };
    }
  }
  const implied = IMPLIED_BODY[role.key] ?? null;
  // a national title is held in its own body, not in a named institution read after it: "Tổng Bí thư Trường Chinh"
  if (implied && body?.kind === 'other') body = null;
  if (!body && (ROLES_NEEDING_BODY.has(role.key) || lowerRole)) return null;
  let title = role.role;
  // "Thường trực Ban Bí thư" reads as the role "Thường trực" of the Secretariat
  if (role.key === 'thường trực ban bí thư') title = 'Thường trực';
  if (joining && body) {
    const head = /^(Văn phòng|Thanh tra|Tòa án|Ban|Đoàn|Phòng|Công an)/u.exec(body.base)?.[1] ?? body.base.split(' ')[0]!;
    // "phó Ban Dân vận" is the deputy head: "Phó Trưởng Ban"
    title = role.key === 'phó' ? (/^(Ban|Đoàn|Phòng|Khoa)$/u.test(head) ? `Phó Trưởng ${head}` : `Phó ${head}`) : `${role.role} ${head}`;
  }
  if (role.key === 'ủy viên' && body?.kind === 'standing-committee' && body.base.startsWith('Ban Thường vụ')) title = 'Ủy viên Ban Thường vụ';
  if (role.key === 'ủy viên' && body?.kind === 'standing-committee' && body.base.startsWith('Thường trực')) title = 'Ủy viên Thường trực';
  return { start: pos, end: body ? body.end : role.end, role, body, title, impliedBody: body ? null : implied };
}

// after a deputy's body: the legislature's term and the constituency ("Quốc hội khóa XIV, đơn vị tỉnh Bắc Ninh")
const TERM = /^,?\s*khóa\s+[ivxlc]+(?![\p{L}\p{N}])/u;
const CONSTITUENCY = /^,?\s*(?:đơn vị(?: bầu cử)?|tại)\s+/u;

/**
 * "Trưởng đoàn ĐBQH khóa XIV đơn vị tỉnh X": the term and the constituency belong to the title; a delegation named
 * without its province takes the constituency's ("Đoàn đại biểu Quốc hội tỉnh X"), a deputy stays a deputy of Quốc hội.
 */
function withTermAndConstituency(s: ScanText, body: ParsedBody, places: PlaceLookup): ParsedBody {
  let end = body.end;
  const term = TERM.exec(s.lower.slice(end, end + 16));
  if (term) end += term[0].length;
  const unit = CONSTITUENCY.exec(s.lower.slice(end, end + 20));
  // without "đơn vị", only a place with its level word: "khóa XIV tỉnh Bắc Ninh"
  const place = unit ? parsePlaceAfter(s, end + unit[0].length, places, 'province') : term ? parsePlaceAfter(s, end, places, 'none') : null;
  if (place?.level === 'province') {
    end = place.end;
    if (body.base === 'Đoàn đại biểu Quốc hội' && !body.place) {
      const levelWord = place.levelWord ?? places.province(place.name, true)?.typeWord ?? 'tỉnh';
      return copyBody(body, { end, base: `Đoàn đại biểu Quốc hội ${levelWord}`, place: copyPlace(place, { levelWord }), needsScope: false });
    }
  }
  return end === body.end ? body : copyBody(body, { end });
}

/** Parses a chain of titles starting at pos: "Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh". */
export function parseTitleChain(s: ScanText, pos: number, places: PlaceLookup, bodyAt: BodyAt = (p, relax) => parseBody(s, p, places, relax), allowLower = false): TitleChain | null {
  const elements: ChainElement[] = [];
  let p = pos;
  for (;;) {
    const el = element(s, p, places, bodyAt, allowLower);
    if (!el) break;
    elements.push(el);
    const rest = s.lower.slice(el.end, el.end + 12);
    // a bare Party unit may run straight into the title that names its host ("Bí thư Đảng ủy Giám đốc …")
    const sep = SEPARATOR.exec(rest) ?? (el.body?.kind === 'party-committee' && el.body.needsCommittee ? /^\s+/u.exec(rest) : null);
    if (!sep) break;
    const next = el.end + sep[0].length;
    if (!matchRole(s, next, allowLower)) break;
    p = next;
  }
  if (elements.length === 0) return null;
  completeFromSiblings(s, elements);
  return { start: elements[0]!.start, end: elements[elements.length - 1]!.end, elements };
}

/**
 * Fills in what one title of a chain leaves to the others: the place of "Huyện ủy viên" (the district of a sibling
 * body), and the body of a bare "Đảng ủy" (the Đảng ủy of the body named next: "Bí thư Đảng ủy, Giám đốc Bệnh viện X").
 */
function completeFromSiblings(s: ScanText, elements: ChainElement[]): void {
  for (const [i, el] of elements.entries()) {
    const b = el.body;
    if (!b) {
      el.body = bodyOfNextPrincipal(el, elements[i + 1]) ?? bodyOfConcurrentPost(s, el, elements[i + 1]) ?? committeeOfNextCouncil(el, elements[i + 1]);
      continue;
    }
    if (b.kind === 'executive-committee' && b.needsScope && b.level === 'district' && !b.place) {
      const district = elements.map((e) => e.body?.place).find((p) => p?.level === 'district');
      if (district) el.body = copyBody(b, { base: district.levelWord ? `Ban Chấp hành Đảng bộ ${district.levelWord}` : b.base, place: district, needsScope: false });
      else el.body = null;
    }
    if (b.kind === 'party-committee' && b.needsCommittee) {
      const beside = (e: ChainElement): boolean => !!e.body && e.body.kind !== 'party-committee' && !e.body.needsCommittee;
      // a member ("Đảng ủy viên") may also follow the title that names the body
      const next = elements.slice(i + 1).find(beside) ?? (el.role.key === 'đảng ủy viên' ? elements.slice(0, i).reverse().find(beside) : undefined);
      const host = next?.body ? partyHost(next.body.base) : null;
      el.body = next?.body && host ? copyBody(next.body, { start: b.start, end: b.end, kind: 'party-committee', base: `${b.base} ${host}`, parent: null }) : null;
    }
  }
}

/**
 * A deputy's title named without a body before the principal's title of a body ("Phó Chủ tịch, Chủ tịch UBND huyện X",
 * "Phó Giám đốc, Giám đốc Sở Y"): a career in that body, the deputy's post first.
 */
function bodyOfNextPrincipal(el: ChainElement, next: ChainElement | undefined): ParsedBody | null {
  const nb = next?.body;
  if (el.impliedBody || !nb || !el.role.key.startsWith('phó ') || el.role.key.slice(4) !== next!.role.key || JOINING_ROLES.has(next!.role.key)) return null;
  return copyBody(nb, { start: el.role.start, end: el.role.end });
}

/**
 * A title with no body joined by "kiêm" to one with a body ("Phó Chủ tịch kiêm Tổng Thư ký Ủy ban X"): both posts are in
 * that body (a secretary's is its Party committee's, read below).
 */
function bodyOfConcurrentPost(s: ScanText, el: ChainElement, next: ChainElement | undefined): ParsedBody | null {
  const nb = next?.body;
  if (el.impliedBody || !nb || SECRETARIES.has(el.role.key) || JOINING_ROLES.has(next!.role.key) || next!.impliedBody) return null;
  if (!/^\s+kiêm\s+$/u.test(s.text.slice(el.end, next!.start))) return null;
  return copyBody(nb, { start: el.role.start, end: el.role.end });
}

const SECRETARIES = new Set(['bí thư', 'phó bí thư', 'phó bí thư thường trực']);
const COUNCIL_LEVEL = /^(?:Ủy ban nhân dân|Hội đồng nhân dân) (tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$/u;
const COMMITTEE_OF_LEVEL_WORD: Readonly<Record<string, string>> = {
  'tỉnh': 'Tỉnh ủy', 'thành phố': 'Thành ủy', 'huyện': 'Huyện ủy', 'quận': 'Huyện ủy', 'thị xã': 'Thị ủy',
  'xã': 'Đảng ủy xã', 'phường': 'Đảng ủy phường', 'thị trấn': 'Đảng ủy thị trấn',
};

/**
 * A secretary named without a committee before the head of a people's council or committee ("Phó bí thư, Chủ tịch
 * UBND xã X") is the secretary of that place's Party committee.
 */
function committeeOfNextCouncil(el: ChainElement, next: ChainElement | undefined): ParsedBody | null {
  const nb = next?.body;
  if (el.impliedBody || !SECRETARIES.has(el.role.key) || !nb || (nb.kind !== 'people-committee' && nb.kind !== 'people-council')) return null;
  const lw = COUNCIL_LEVEL.exec(nb.base)?.[1];
  if (!lw) return null;
  const base = lw === 'quận' ? 'Quận ủy' : COMMITTEE_OF_LEVEL_WORD[lw]!;
  return copyBody(nb, { start: el.role.start, end: el.role.end, kind: 'party-committee', base, parent: null });
}

// a unit inside an agency ("Phòng Tổ chức cán bộ Viện Kiểm sát…") has no Party committee of its own: the agency has
const UNIT_HEAD = /^(?:Phòng|Văn phòng|Chi bộ|Tổ|Đội|Khoa) /u;
const AGENCY_IN_NAME = / ((?:Sở|Viện|Bệnh viện|Công an|Bộ|Tòa án|Trường|Trung tâm|Tổng cục|Cục|Chi cục|Ban|Ủy ban|Học viện|Báo|Đài) .*)$/u;

/** The body whose Party committee a member of a unit or of the body itself sits in; null for a unit of no known agency. */
function partyHost(base: string): string | null {
  // a company's board sits in the company, whose Party committee it is
  const board = /^Hội đồng (?:quản trị|thành viên) /u.exec(base);
  if (board) return base.slice(board[0].length);
  if (!UNIT_HEAD.test(base)) return base;
  return AGENCY_IN_NAME.exec(base)?.[1] ?? null;
}
