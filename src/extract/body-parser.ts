import { copyBody, copyPlace, placeAfter } from './body-copy.js';
import {
  COMMITTEES, LEVELED_BODIES, LEVEL_WORDS, MINISTRY_ABBREVIATIONS, MINISTRY_NAMES, NATIONAL_BODIES, PARTY_BOARDS, UNION_COMMITTEES,
} from './body-lexicon.js';
import { getNameLexicon } from './name-lexicon.js';
import { plausibleName } from './person-name.js';
import type { PlaceLookup } from './place-lookup.js';
import { firstWordAt, isUpper, isWordChar, longestPhraseAt, phraseList, skipSpaces, syllableEndAt, type ScanText } from './text-scan.js';

export type BodyLevel = 'central' | 'province' | 'district' | 'commune' | 'unknown';

export const OrgKind = Object.freeze({
  PartyCommittee: 'party-committee',
  PartyBoard: 'party-board',
  StandingCommittee: 'standing-committee',
  ExecutiveCommittee: 'executive-committee',
  InspectionCommittee: 'inspection-committee',
  PartyOrganization: 'party-organization',
  Office: 'office',
  PeopleCouncil: 'people-council',
  PeopleCommittee: 'people-committee',
  Front: 'front',
  AssemblyDelegation: 'assembly-delegation',
  Ministry: 'ministry',
  Department: 'department',
  MassOrganization: 'mass-organization',
  National: 'national',
  Security: 'security',
  Judiciary: 'judiciary',
  Mission: 'mission',
  Other: 'other',
} as const);
export type OrgKind = (typeof OrgKind)[keyof typeof OrgKind];

/** A place written right after a body ("tỉnh Long An", "Điện Biên", "huyện Nậm Pồ"). */
export interface PlaceAfter {
  start: number;
  end: number;
  /** Canonical place name, or the surface for communes. */
  name: string;
  level: 'province' | 'district' | 'commune';
  /** The province of a district, when known. */
  province?: string | undefined;
  /** Level word as written in canonical form ("tỉnh", "huyện"), if any. */
  levelWord?: string | undefined;
}

export interface ParsedBody {
  start: number;
  end: number;
  kind: OrgKind;
  /** Canonical name without the place: "Ban Tổ chức Tỉnh ủy", "Hội đồng nhân dân tỉnh", "Bộ Chính trị". */
  base: string;
  level: BodyLevel;
  place: PlaceAfter | null;
  /** A province- or district-level body written without its place. */
  needsScope: boolean;
  /** "Ban Thường vụ" or "Ban Tổ chức" written without the committee they belong to. */
  needsCommittee: boolean;
  /** The committee a board belongs to ("Tỉnh ủy" for "Ban Tổ chức Tỉnh ủy"), for PART_OF. */
  parent: { base: string; kind: OrgKind; level: BodyLevel } | null;
  /** The body this one belongs to, named inside its name ("Đảng bộ Y" in "Chi bộ X, thuộc Đảng bộ Y"): a mention too. */
  within?: ParsedBody | undefined;
}

const committeePhrases = phraseList(Object.keys(COMMITTEES));
const boardPhrases = phraseList(Object.keys(PARTY_BOARDS));
const nationalPhrases = phraseList(Object.keys(NATIONAL_BODIES));
const leveledPhrases = phraseList(Object.keys(LEVELED_BODIES));
const unionPhrases = phraseList(Object.keys(UNION_COMMITTEES));
const levelPhrases = phraseList(Object.keys(LEVEL_WORDS));
const ABBREVIATED_LEVELS: Readonly<Record<string, string>> = { 'tp.': 'thành phố', 'tx.': 'thị xã', 'tt.': 'thị trấn', 'h.': 'huyện', 'q.': 'quận' };
const DASHES = ['-', ' - ', '- ', ' -', '–', ' – '];
/** A ministry's name with its "và" or its dash written as any dash: "Khoa học- Công nghệ", "Lao động-Thương binh". */
function dashVariants(m: string): string[] {
  if (m.includes(',')) return [];
  if (m.includes(' - ')) return DASHES.map((d) => m.replace(/ - /gu, d));
  const and = m.split(' và ');
  return and.length === 2 ? DASHES.map((d) => and.join(d)) : [];
}
const ministryCanon = (m: string): string => m.replace(/ - /g, ', ').replace('Lao động, Thương binh', 'Lao động - Thương binh');
const ministryCanonical = new Map<string, string>([
  ...MINISTRY_NAMES.flatMap((m): Array<[string, string]> => dashVariants(m).map((v) => [v.toLowerCase(), ministryCanon(m)])),
  ...MINISTRY_NAMES.map((m): [string, string] => [m.toLowerCase(), ministryCanon(m)]),
  ...Object.entries(MINISTRY_ABBREVIATIONS).map(([k, v]): [string, string] => [k.toLowerCase(), v.replace('Lao động - Thương binh', 'Lao động - Thương binh')]),
]);
const ministryPhrases = phraseList([...ministryCanonical.keys()]);

// "Ban Thưởng vụ": a common misspelling of the standing committee
const STANDING = phraseList(['ban thường vụ', 'ban thưởng vụ', 'btv', 'thường trực', 'ban thường trực']);
/** The Party committee of each level, for bodies written with a level word ("Ủy ban kiểm tra huyện X"). */
const COMMITTEE_OF_LEVEL: Readonly<Record<string, string>> = { 'tỉnh': 'Tỉnh ủy', 'thành phố': 'Thành ủy', 'huyện': 'Huyện ủy', 'quận': 'Quận ủy', 'thị xã': 'Thị ủy' };
const LEVEL_OF_COMMITTEE: Readonly<Record<string, string>> = { 'Tỉnh ủy': 'tỉnh', 'Thành ủy': 'thành phố', 'Huyện ủy': 'huyện', 'Quận ủy': 'quận', 'Thị ủy': 'thị xã' };
const EXECUTIVE = phraseList(['ban chấp hành', 'bch']);
const INSPECTION = phraseList(['ủy ban kiểm tra', 'ubkt']);
const OFFICE = phraseList(['văn phòng']);
const PARTY_UNIT = phraseList(['đảng ủy', 'đảng đoàn', 'ban cán sự đảng', 'chi bộ']);

/** Reads up to `max` capitalized syllables at pos (joined by one space or " - "), returning their end offsets. */
export function capitalizedRun(s: ScanText, pos: number, max = 4): number[] {
  const ends: number[] = [];
  let i = pos;
  for (let n = 0; n < max; n++) {
    if (!isUpper(s.text[i])) break;
    const j = syllableEndAt(s.text, i);
    ends.push(j);
    // next syllable: one space, or " - " / "-" inside compound names (Bà Rịa - Vũng Tàu)
    if (s.text[j] === ' ' && isUpper(s.text[j + 1])) i = j + 1;
    else if (s.text.startsWith(' - ', j) && isUpper(s.text[j + 3])) i = j + 3;
    else if (s.text[j] === '-' && isUpper(s.text[j + 1])) i = j + 1;
    else break;
  }
  return ends;
}

/** Reads a province, district or commune written at pos (with or without a level word). */
export function parsePlaceAfter(s: ScanText, pos: number, places: PlaceLookup, allowBare: 'province' | 'district' | 'any' | 'none', provinceHint?: string): PlaceAfter | null {
  const p = skipSpaces(s.text, pos);
  // abbreviated level words glued to the name: "TP.HCM", "H.Nghĩa Hành", "TX.Sơn Tây", "TT.Chợ Chùa", "Q.3"
  const abbr = /^(tp|tx|tt|h|q)\.\s?/u.exec(s.lower.slice(p, p + 4));
  const abbrOk = abbr !== null && !isWordChar(s.text[p - 1]) && /[\p{Lu}\d]/u.test(s.text[p + abbr[0].length] ?? '');
  const lw = longestPhraseAt(s, p, levelPhrases) ?? (abbrOk ? `${abbr[1]}.` : undefined);
  if (lw) {
    const info = LEVEL_WORDS[lw] ?? LEVEL_WORDS[ABBREVIATED_LEVELS[lw] ?? '']!;
    let q = p + lw.length;
    // "TP.HCM", "TP. Vinh"; a full stop after a whole level word ends the sentence ("… Công an xã. Ngoài ra")
    if (s.text[q] === '.' && (lw === 'tp' || lw.endsWith('.'))) q++;
    q = skipSpaces(s.text, q);
    const ends = capitalizedRun(s, q, 5);
    for (let k = ends.length - 1; k >= 0; k--) {
      const surface = s.text.slice(q, ends[k]);
      if (info.level === 'province' || info.level === 'city') {
        const prov = places.province(surface, true);
        // "thành phố Huế", "TP Thanh Hóa": a province whose type is "tỉnh" is no "thành phố"; the city of that name
        const city = prov && info.level === 'city' && prov.typeWord === 'tỉnh' ? places.districts(surface, prov.name).find((x) => x.typeWord === 'thành phố') : undefined;
        if (city) return placeAfter(p, ends[k]!, city.name, 'district', city.province, info.canonical);
        if (prov) return placeAfter(p, ends[k]!, prov.name, 'province', undefined, info.canonical);
      }
      if (info.level === 'district' || info.level === 'city') {
        const ds = places.districts(surface, provinceHint);
        const d = ds.length === 1 ? ds[0] : ds.find((x) => x.typeWord === info.canonical);
        if (d) return placeAfter(p, ends[k]!, d.name, 'district', ds.length === 1 || provinceHint ? d.province : undefined, info.canonical);
      }
    }
    const num = /^\d{1,2}(?![\p{L}\p{N}])/u.exec(s.text.slice(q, q + 3));
    if (num && (info.level === 'district' || info.level === 'commune')) {
      const surface = `${info.canonical} ${num[0]}`;
      const ds = places.districts(surface.replace(/^./u, (c) => c.toUpperCase()), provinceHint);
      const d = ds.length === 1 ? ds[0] : undefined;
      return placeAfter(p, q + num[0].length, `${info.canonical.replace(/^./u, (c) => c.toUpperCase())} ${num[0]}`, info.level === 'district' ? 'district' : 'commune', d?.province, info.canonical);
    }
    const own = ends.length > 0 ? unlistedPlaceRun(s, q, ends, info.level === 'commune') : 0;
    if (info.level === 'commune' && own > 0) {
      const e = ends[Math.min(own, 3) - 1]!;
      return placeAfter(p, e, s.text.slice(q, e), 'commune', undefined, info.canonical);
    }
    if (info.level === 'district' && own > 0 && ends.length <= 3) {
      const e = ends[own - 1]!;
      return placeAfter(p, e, s.text.slice(q, e), 'district', undefined, info.canonical);
    }
    return null;
  }
  if (allowBare === 'none') return null;
  const ends = capitalizedRun(s, p, 5);
  for (let k = ends.length - 1; k >= 0; k--) {
    const surface = s.text.slice(p, ends[k]);
    if (allowBare !== 'district') {
      const prov = places.province(surface);
      if (prov) return placeAfter(p, ends[k]!, prov.name, 'province', undefined, undefined);
    }
    if (allowBare !== 'province') {
      const ds = places.districts(surface, provinceHint);
      if (ds.length >= 1) return placeAfter(p, ends[k]!, ds[0]!.name, 'district', ds.length === 1 || provinceHint ? ds[0]!.province : undefined, undefined);
    }
  }
  return null;
}

/** Words that are no place name's first syllable: a person ("xã Ông …"), a committee written in lower case ("huyện Ủy"). */
const NOT_PLACE_START = new Set(['ông', 'bà', 'ủy']);

/**
 * How many syllables of a capitalized run after a level word name a place the gazetteer does not list (a commune):
 * the run stops before a person's name ("Bí thư Đảng ủy phường Mễ Trì Đỗ Thị Xoan": a surname then a middle or
 * given name); a district's run that is itself a person's name is none ("UBND huyện Lê Văn Tám").
 */
function unlistedPlaceRun(s: ScanText, q: number, ends: readonly number[], commune: boolean): number {
  if (NOT_PLACE_START.has(s.lower.slice(q, ends[0]))) return 0;
  const names = getNameLexicon();
  const starts = ends.map((_, k) => (k === 0 ? q : skipDash(s, ends[k - 1]!)));
  for (let k = commune ? 1 : 0; k < ends.length - 1; k++) {
    const w = s.lower.slice(starts[k], ends[k]);
    const next = s.lower.slice(starts[k + 1], ends[k + 1]);
    // "Châu Nguyễn …": the surname more common than the one before it starts the name
    if (!names.isSurname(w) || !(names.isMiddle(next) || names.isGiven(next)) || names.surnameShare(next) > names.surnameShare(w)) continue;
    if (k > 0) return k;
    const syl = ends.slice(0, 4).map((e, i): [number, number] => [starts[i]!, e]);
    if (syl.length >= 3 && plausibleName(s, syl.slice(0, 3), names)) return 0;
  }
  return ends.length;
}

function skipDash(s: ScanText, end: number): number {
  let i = end;
  while (i < s.text.length && !isWordChar(s.text[i])) i++;
  return i;
}

interface CommitteeParse {
  end: number;
  base: string;
  level: BodyLevel;
  place: PlaceAfter | null;
}

/** A party committee: "Tỉnh ủy [X]", "Huyện ủy [X]", "Trung ương [Đảng]", "Đảng ủy Khối …". */
function parseCommittee(s: ScanText, pos: number, places: PlaceLookup, relaxCase = false): CommitteeParse | null {
  const c = longestPhraseAt(s, pos, committeePhrases);
  if (c && (isUpper(s.text[pos]) || c === 'tư' || c === 'tw' || (relaxCase && c.endsWith(' ủy')))) {
    const info = COMMITTEES[c]!;
    let end = pos + c.length;
    if (info.level === 'central') {
      // "Trung ương Đảng" and "TW Đảng" both mean the Central Committee; "Trung ương Đoàn" is the Youth Union's
      const q = skipSpaces(s.text, end);
      if (s.lower.startsWith('đoàn', q) && !isWordChar(s.text[q + 4])) return null;
      if (s.lower.startsWith('đảng', q) && !isWordChar(s.text[q + 4])) end = q + 4;
      return { end, base: 'Trung ương', level: 'central', place: null };
    }
    const bare = info.level === 'province' ? 'province' : info.level === 'district' ? 'district' : 'any';
    const place = parsePlaceAfter(s, end, places, bare);
    let level: BodyLevel = info.level === 'city' ? (place?.level === 'district' ? 'district' : 'province') : info.level;
    if (place?.level === 'commune') level = 'commune';
    return { end: place ? place.end : end, base: info.canonical, level, place };
  }
  const u = longestPhraseAt(s, pos, PARTY_UNIT);
  if (u && isUpper(s.text[pos])) {
    return parsePartyUnit(s, pos, u, places);
  }
  return null;
}

const KHOI_WORDS = new Set(['các', 'cơ', 'quan', 'doanh', 'nghiệp', 'tỉnh', 'thành', 'phố', 'trung', 'ương', 'dân', 'chính', 'đảng']);

/** "Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy xã X", "Đảng ủy Công an tỉnh", "Chi bộ …". */
function parsePartyUnit(s: ScanText, pos: number, head: string, places: PlaceLookup): CommitteeParse | null {
  const headCanon = head === 'đảng ủy' ? 'Đảng ủy' : head === 'đảng đoàn' ? 'Đảng đoàn' : head === 'chi bộ' ? 'Chi bộ' : 'Ban cán sự đảng';
  let end = pos + head.length;
  const q = skipSpaces(s.text, end);
  if (s.lower.startsWith('khối', q) && !isWordChar(s.text[q + 4])) {
    // "Khối" + lower-case words of a bloc name, or capitalized words
    let e = q + 4;
    for (;;) {
      const w = skipSpaces(s.text, e);
      let we = w;
      while (we < s.text.length && isWordChar(s.text[we])) we++;
      if (we === w) break;
      const word = s.lower.slice(w, we);
      if (!KHOI_WORDS.has(word) && !isUpper(s.text[w])) break;
      if (word === 'tỉnh' || word === 'ương' || (word === 'phố' && s.lower.slice(w - 6, w - 1) === 'thành')) {
        e = we;
        break;
      }
      e = we;
    }
    const base = `${headCanon} ${s.text.slice(q, e).replace(/\s+/g, ' ')}`;
    // a cell's bloc ("Chi bộ Khối Đảng") is a district's unless the bloc names its province
    const level: BodyLevel = /trung ương$/iu.test(base) ? 'central' : head === 'chi bộ' && !/(?:tỉnh|thành phố)$/iu.test(base) ? 'district' : 'province';
    return { end: e, base: capitalizeKhoi(base), level, place: null };
  }
  const lb = longestPhraseAt(s, q, leveledPhrases);
  if (lb && isUpper(s.text[q])) {
    // "Đảng ủy Công an tỉnh", "Đảng ủy Quân sự tỉnh"
    const inner = LEVELED_BODIES[lb]!;
    // "Đảng ủy Công an Trung ương", "Đảng ủy Quân sự Trung ương": the central Party committee of that force
    const tw = skipSpaces(s.text, q + lb.length);
    if (s.lower.startsWith('trung ương', tw) && isUpper(s.text[tw]) && !isWordChar(s.text[tw + 10])) {
      return { end: tw + 10, base: `${headCanon} ${inner} Trung ương`, level: 'central', place: null };
    }
    const place = parsePlaceAfter(s, q + lb.length, places, 'none');
    const lw = place?.levelWord ?? (s.lower.startsWith('tỉnh', skipSpaces(s.text, q + lb.length)) ? 'tỉnh' : undefined);
    // "Đảng đoàn MTTQ Việt Nam": the Front's Party group, named after the Front
    if (head === 'đảng đoàn' && inner.startsWith('Ủy ban Mặt trận') && !place && !lw) {
      const vn = /^ Việt Nam(?![\p{L}\p{N}])/u.exec(s.text.slice(q + lb.length, q + lb.length + 10));
      if (vn || /việt nam$|vn$/u.test(lb)) return { end: q + lb.length + (vn ? vn[0].length : 0), base: 'Đảng đoàn Mặt trận Tổ quốc Việt Nam', level: 'central', place: null };
    }
    const lwEnd = lw && !place ? skipSpaces(s.text, q + lb.length) + lw.length : undefined;
    return { end: place?.end ?? lwEnd ?? q + lb.length, base: `${headCanon} ${inner}${lw ? ` ${lw}` : ''}`, level: lw === 'tỉnh' || lw === 'thành phố' ? 'province' : 'unknown', place };
  }
  if (s.lower.startsWith('quân sự', q) && isUpper(s.text[q])) {
    const e = q + 'quân sự'.length;
    const tw = skipSpaces(s.text, e);
    if (s.lower.startsWith('trung ương', tw) && isUpper(s.text[tw]) && !isWordChar(s.text[tw + 10])) {
      return { end: tw + 10, base: `${headCanon} Quân sự Trung ương`, level: 'central', place: null };
    }
    const place = parsePlaceAfter(s, e, places, 'none');
    return { end: place?.end ?? e, base: `${headCanon} Quân sự${place?.levelWord ? ` ${place.levelWord}` : ''}`, level: 'province', place };
  }
  const place = parsePlaceAfter(s, end, places, 'none');
  // numbered places carry their type word in their name: "Đảng ủy Phường 5"
  const lw = place?.levelWord && !place.name.toLowerCase().startsWith(place.levelWord) ? place.levelWord : '';
  if (place) return { end: place.end, base: `${headCanon} ${lw}`.trim(), level: place.level, place };
  // the Party group or committee of a state body: "Đảng đoàn Quốc hội", "Ban cán sự đảng Bộ Giao thông vận tải"
  const nat = longestPhraseAt(s, q, nationalPhrases);
  if (nat && isUpper(s.text[q])) return { end: q + nat.length, base: `${headCanon} ${NATIONAL_BODIES[nat]!}`, level: 'central', place: null };
  // "Ban cán sự Đảng bộ Y tế": a ministry's Party board ("Ban cán sự đảng" belongs to no "Đảng bộ")
  if (s.lower.startsWith('bộ ', q) && (isUpper(s.text[q]) || head === 'ban cán sự đảng')) {
    const m = longestPhraseAt(s, q + 3, ministryPhrases);
    if (m) return { end: q + 3 + m.length, base: `${headCanon} Bộ ${ministryCanonical.get(m) ?? m}`, level: 'central', place: null };
  }
  return null;
}

/**
 * A ministry's inspectorate: "Thanh tra Bộ Xây dựng", or "Thanh tra Bộ" (the ministry the article names, found when
 * scoping).
 */
function ministryInspectorate(s: ScanText, pos: number, afterHead: number): ParsedBody | null {
  const q = skipSpaces(s.text, afterHead);
  if (!s.text.startsWith('Bộ', q) || isWordChar(s.text[q + 2])) return null;
  const m = s.text[q + 2] === ' ' && isUpper(s.text[q + 3]) ? longestPhraseAt(s, q + 3, ministryPhrases) : undefined;
  // "Thanh tra Bộ Tư lệnh …" is no ministry's
  if (!m && /^ \p{Lu}/u.test(s.text.slice(q + 2, q + 4))) return null;
  const name = m ? `Bộ ${ministryCanonical.get(m) ?? m}` : 'Bộ';
  return { start: pos, end: m ? q + 3 + m.length : q + 2, kind: OrgKind.Judiciary, base: `Thanh tra ${name}`, level: m ? 'central' : 'unknown', place: null, needsScope: false, needsCommittee: false, parent: null };
}

function capitalizeKhoi(base: string): string {
  return base.replace(/\bkhối\b/u, 'Khối');
}

function standardBodyAfterLevel(s: ScanText, start: number, afterHead: number, base: string, kind: OrgKind, places: PlaceLookup): ParsedBody {
  const place = parsePlaceAfter(s, afterHead, places, 'none');
  if (place) {
    // numbered districts carry their type word in their name ("Quận 2")
    const lw = place.levelWord && !place.name.toLowerCase().startsWith(place.levelWord) ? place.levelWord : '';
    return { start, end: place.end, kind, base: `${base} ${lw}`.trim(), level: place.level, place, needsScope: false, needsCommittee: false, parent: null };
  }
  // a level word alone: "HĐND tỉnh" — the place comes from context
  const q = skipSpaces(s.text, afterHead);
  const lw = longestPhraseAt(s, q, levelPhrases);
  if (lw) {
    const info = LEVEL_WORDS[lw]!;
    const level: BodyLevel = info.level === 'city' ? 'province' : info.level;
    return { start, end: q + lw.length, kind, base: `${base} ${info.canonical}`, level, place: null, needsScope: true, needsCommittee: false, parent: null };
  }
  // a bare province after the body ("UBND Long An")
  const bare = parsePlaceAfter(s, afterHead, places, 'province');
  if (bare) {
    const prov = places.province(bare.name);
    return { start, end: bare.end, kind, base: `${base} ${prov?.typeWord ?? 'tỉnh'}`, level: 'province', place: bare, needsScope: false, needsCommittee: false, parent: null };
  }
  return { start, end: afterHead, kind, base, level: 'unknown', place: null, needsScope: true, needsCommittee: false, parent: null };
}

/**
 * A mass organization or the Front written with "Việt Nam" and no place is the national one: "Hội Nông dân Việt
 * Nam", "Liên minh HTX Việt Nam", "Mặt trận Tổ quốc Việt Nam" ("Ủy ban MTTQ Việt Nam" alone stays a province's).
 */
function nationalOfLeveled(s: ScanText, pos: number, written: string, canonical: string): ParsedBody | null {
  const kind = kindOfLeveled(canonical);
  if (kind !== OrgKind.MassOrganization && kind !== OrgKind.Front) return null;
  let end = pos + written.length;
  if (!written.endsWith('việt nam')) {
    const q = skipSpaces(s.text, end);
    if (!(s.text.startsWith('Việt Nam', q) && !isWordChar(s.text[q + 8]))) return null;
    end = q + 8;
  }
  if (kind === OrgKind.Front && /^(?:ủy ban|ub)/u.test(written)) return null;
  // "Tổng Liên đoàn Lao động Việt Nam" is read from its second word
  const confederation = canonical === 'Liên đoàn Lao động' && s.text.slice(pos - 5, pos) === 'Tổng ';
  const base = kind === OrgKind.Front ? 'Mặt trận Tổ quốc Việt Nam' : `${confederation ? 'Tổng ' : ''}${canonical} Việt Nam`;
  return { start: confederation ? pos - 5 : pos, end, kind: OrgKind.National, base, level: 'central', place: null, needsScope: false, needsCommittee: false, parent: null };
}

function kindOfLeveled(canonical: string): OrgKind {
  if (canonical === 'Hội đồng nhân dân') return OrgKind.PeopleCouncil;
  if (canonical === 'Ủy ban nhân dân') return OrgKind.PeopleCommittee;
  if (canonical.startsWith('Ủy ban Mặt trận')) return OrgKind.Front;
  if (canonical === 'Đoàn đại biểu Quốc hội') return OrgKind.AssemblyDelegation;
  if (canonical === 'Công an' || canonical.startsWith('Bộ Chỉ huy')) return OrgKind.Security;
  if (canonical.startsWith('Tòa án') || canonical.startsWith('Viện kiểm sát') || canonical === 'Thanh tra') return OrgKind.Judiciary;
  if (canonical === 'Đảng bộ') return OrgKind.PartyOrganization;
  if (canonical === 'Ban Chấp hành Đảng bộ') return OrgKind.ExecutiveCommittee;
  if (canonical === 'Ban Thường vụ Đảng bộ') return OrgKind.StandingCommittee;
  return OrgKind.MassOrganization;
}

// "Trung ương khóa XIII": the Central Committee of a term
const OF_TERM = /^ khóa [IVXL]+(?![\p{L}\p{N}])/u;
function centralCommitteeOfTerm(s: ScanText, c: CommitteeParse): boolean {
  return OF_TERM.test(s.text.slice(c.end, c.end + 12));
}

function committeeBody(start: number, c: CommitteeParse): ParsedBody {
  return {
    start, end: c.end, kind: c.base === 'Trung ương' ? OrgKind.ExecutiveCommittee : OrgKind.PartyCommittee,
    base: c.base === 'Trung ương' ? 'Ban Chấp hành Trung ương Đảng' : c.base,
    level: c.level, place: c.place, needsScope: c.level !== 'central' && !c.place, needsCommittee: false, parent: null,
  };
}

function parentOf(c: CommitteeParse): ParsedBody['parent'] {
  if (c.base === 'Trung ương') return { base: 'Ban Chấp hành Trung ương Đảng', kind: OrgKind.ExecutiveCommittee, level: 'central' };
  return { base: c.base, kind: OrgKind.PartyCommittee, level: c.level };
}

/**
 * Parses a body name starting at `pos` of a normalized text. The first letter must be a capital (or the
 * name an abbreviation); the rest matches case-insensitively. Returns null when no body starts there.
 */
/** First words of every body head: a cheap gate before the full parse. */
export const BODY_FIRST_WORDS: ReadonlySet<string> = new Set(
  [
    ...committeePhrases, ...nationalPhrases, ...leveledPhrases, ...unionPhrases, ...STANDING, ...EXECUTIVE, ...INSPECTION, ...OFFICE, ...PARTY_UNIT,
    'ban', 'bộ', 'sở',
  ].map((p) => p.split(/[ .]/u)[0]!),
);

/**
 * An all-capitals tag glued to a slash, inside parentheses, after a dash or in a photo's credit ("Ảnh: Văn Tám - TTXVN",
 * "Ảnh: TTXVN"): a credit line, not a mention.
 */
function isCreditTag(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before === '/' || before === '(' || after === '/' || after === ')') return true;
  return /[-–/]\s*$|[Ảả]nh(?: minh họa)?\s*:[^.:;!?\n]{0,40}$/u.test(text.slice(Math.max(0, start - 48), start));
}

export function parseBody(s: ScanText, pos: number, places: PlaceLookup, relaxCase = false): ParsedBody | null {
  if ((!relaxCase && !isUpper(s.text[pos])) || isWordChar(s.text[pos - 1])) return null;
  if (!BODY_FIRST_WORDS.has(firstWordAt(s, pos))) return null;
  // Party committees: Tỉnh ủy X, Đảng ủy Khối …
  const c = parseCommittee(s, pos, places, relaxCase);
  if (c) {
    // "Trung ương" alone is too vague to be a body mention, but for the Party's Central Committee of a term
    // ("Hội nghị của Trung ương khóa XIII")
    if (c.base === 'Trung ương') return centralCommitteeOfTerm(s, c) ? committeeBody(pos, c) : null;
    return committeeBody(pos, c);
  }
  // Standing committee: Ban Thường vụ [Tỉnh ủy X]; Thường trực [Tỉnh ủy | HĐND tỉnh]
  const st = longestPhraseAt(s, pos, STANDING);
  if (st) {
    const q = skipSpaces(s.text, pos + st.length);
    // the committee may be written in lower case: "Ban Thường vụ huyện ủy X"
    const inner = parseCommittee(s, q, places, true);
    const prefix = st === 'thường trực' || st === 'ban thường trực' ? 'Thường trực' : 'Ban Thường vụ';
    if (inner) {
      const ib = inner.base === 'Trung ương' ? 'Trung ương Đảng' : inner.base;
      return { start: pos, end: inner.end, kind: OrgKind.StandingCommittee, base: `${prefix} ${ib}`, level: inner.level, place: inner.place, needsScope: inner.level !== 'central' && !inner.place, needsCommittee: false, parent: parentOf(inner) };
    }
    const lb = longestPhraseAt(s, q, leveledPhrases);
    if (lb && prefix === 'Thường trực') {
      const b = standardBodyAfterLevel(s, pos, q + lb.length, `Thường trực ${LEVELED_BODIES[lb]!}`, OrgKind.StandingCommittee, places);
      return b;
    }
    if (prefix === 'Thường trực') return null;
    // "Ban Thường vụ Quân ủy Trung ương": the standing committee of the Party's central military commission
    const central = isUpper(s.text[q]) ? longestPhraseAt(s, q, nationalPhrases) : undefined;
    if (central && NATIONAL_BODIES[central] === 'Quân ủy Trung ương') {
      return { start: pos, end: q + central.length, kind: OrgKind.StandingCommittee, base: 'Ban Thường vụ Quân ủy Trung ương', level: 'central', place: null, needsScope: false, needsCommittee: false, parent: { base: 'Quân ủy Trung ương', kind: OrgKind.PartyCommittee, level: 'central' } };
    }
    // "Ban Thường vụ Đảng ủy Tập đoàn X": of a named body's Party committee (read by the generic parser)
    if (/^đảng ủy \p{Lu}/u.test(s.lower.slice(q, q + 8) + s.text.slice(q + 8, q + 9))) return null;
    return { start: pos, end: pos + st.length, kind: OrgKind.StandingCommittee, base: 'Ban Thường vụ', level: 'unknown', place: null, needsScope: false, needsCommittee: true, parent: null };
  }
  // Executive committee: Ban Chấp hành Trung ương Đảng; Ban Chấp hành Đảng bộ tỉnh X; BCH Tỉnh ủy
  const ex = longestPhraseAt(s, pos, EXECUTIVE);
  if (ex) {
    const q = skipSpaces(s.text, pos + ex.length);
    const inner = parseCommittee(s, q, places);
    if (inner?.base === 'Trung ương') return { start: pos, end: inner.end, kind: OrgKind.ExecutiveCommittee, base: 'Ban Chấp hành Trung ương Đảng', level: 'central', place: null, needsScope: false, needsCommittee: false, parent: null };
    // "Ban Chấp hành Trung ương Đoàn": the Youth Union's executive
    const union = inner ? undefined : longestPhraseAt(s, q, nationalPhrases);
    if (union?.startsWith('trung ương đoàn')) return { start: pos, end: q + union.length, kind: OrgKind.ExecutiveCommittee, base: `Ban Chấp hành ${NATIONAL_BODIES[union]!}`, level: 'central', place: null, needsScope: false, needsCommittee: false, parent: null };
    if (s.lower.startsWith('đảng bộ', q)) {
      const b = standardBodyAfterLevel(s, pos, q + 'đảng bộ'.length, 'Ban Chấp hành Đảng bộ', OrgKind.ExecutiveCommittee, places);
      // "Ban Chấp hành Đảng bộ Viện …": the executive of a named body's Party organization (read by the generic parser)
      if (b.level === 'unknown' && /^ \p{Lu}/u.test(s.text.slice(b.end, b.end + 2))) return null;
      return b;
    }
    if (inner) {
      // the executive of a Party committee is that Party organization's: "BCH Huyện ủy X" reads "Ban Chấp hành Đảng bộ huyện X"
      const level = LEVEL_OF_COMMITTEE[inner.base];
      const base = level ? `Ban Chấp hành Đảng bộ ${inner.place?.level === 'district' && inner.place.levelWord ? inner.place.levelWord : level}` : `Ban Chấp hành ${inner.base}`;
      return { start: pos, end: inner.end, kind: OrgKind.ExecutiveCommittee, base, level: inner.level, place: inner.place, needsScope: !inner.place, needsCommittee: false, parent: parentOf(inner) };
    }
    // the executive committee of a mass organization: "BCH Liên minh Hợp tác xã tỉnh", "Ban Chấp hành Hội Nông dân huyện X"
    const mass = isUpper(s.text[q]) ? longestPhraseAt(s, q, leveledPhrases) : undefined;
    if (mass && kindOfLeveled(LEVELED_BODIES[mass]!) === OrgKind.MassOrganization && !mass.startsWith('ban chấp hành')) {
      const b = standardBodyAfterLevel(s, pos, q + mass.length, `Ban Chấp hành ${LEVELED_BODIES[mass]!}`, OrgKind.ExecutiveCommittee, places);
      if (b.level !== 'unknown') return b;
      const national = nationalOfLeveled(s, q, mass, LEVELED_BODIES[mass]!);
      if (national) return copyBody(national, { start: pos, kind: OrgKind.ExecutiveCommittee, base: `Ban Chấp hành ${national.base}` });
    }
    return null;
  }
  // National bodies
  const nat = longestPhraseAt(s, pos, nationalPhrases);
  // the Youth Union's secretariat: "Ban Bí thư Trung ương Đoàn"
  if (nat === 'ban bí thư trung ương' || nat === 'ban bí thư') {
    const union = /^(?: (?:Trung ương|TW|TƯ|T\.Ư))? Đoàn(?: (?:Thanh niên Cộng sản|TNCS) Hồ Chí Minh)?(?![\p{L}\p{N}])/u.exec(s.text.slice(pos + nat.length, pos + nat.length + 40));
    if (union) return { start: pos, end: pos + nat.length + union[0].length, kind: OrgKind.National, base: 'Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', level: 'central', place: null, needsScope: false, needsCommittee: false, parent: null };
  }
  // an agency's tag crediting a photo or a story ("Ảnh: X/TTXVN", "(TTXVN)", "TTXVN/Hà Nội") names no body of the story
  if (nat && /^[a-z]+$/u.test(nat) && isCreditTag(s.text, pos, pos + nat.length)) return null;
  if (nat) return { start: pos, end: pos + nat.length, kind: OrgKind.National, base: NATIONAL_BODIES[nat]!, level: 'central', place: null, needsScope: false, needsCommittee: false, parent: null };
  // Party boards: Ban Tổ chức Tỉnh ủy X, Ban Tuyên giáo Trung ương
  if (s.lower.startsWith('ban ', pos)) {
    const b = longestPhraseAt(s, pos + 4, boardPhrases);
    if (b) {
      const base = PARTY_BOARDS[b]!;
      const q = skipSpaces(s.text, pos + 4 + b.length);
      // the committee may be written in lower case: "Ban Tổ chức huyện ủy X"
      const inner = parseCommittee(s, q, places, true);
      if (inner) {
        const ib = inner.base === 'Trung ương' ? 'Trung ương' : inner.base;
        return { start: pos, end: inner.end, kind: OrgKind.PartyBoard, base: `${base} ${ib}`, level: inner.level, place: inner.place, needsScope: inner.level !== 'central' && !inner.place, needsCommittee: false, parent: parentOf(inner) };
      }
      if (isUpper(s.text[pos + 4]) || relaxCase) return { start: pos, end: pos + 4 + b.length, kind: OrgKind.PartyBoard, base, level: 'unknown', place: null, needsScope: false, needsCommittee: true, parent: null };
    }
  }
  // Inspection committee: Ủy ban Kiểm tra Tỉnh ủy
  const ins = longestPhraseAt(s, pos, INSPECTION);
  if (ins) {
    const q = skipSpaces(s.text, pos + ins.length);
    const inner = parseCommittee(s, q, places, true);
    if (inner) return { start: pos, end: inner.end, kind: OrgKind.InspectionCommittee, base: `Ủy ban Kiểm tra ${inner.base}`, level: inner.level, place: inner.place, needsScope: inner.level !== 'central' && !inner.place, needsCommittee: false, parent: parentOf(inner) };
    // "Ủy ban kiểm tra huyện Gia Viễn": the inspection committee of that level's Party committee
    const place = parsePlaceAfter(s, q, places, 'none');
    const committee = place?.levelWord ? COMMITTEE_OF_LEVEL[place.levelWord] : undefined;
    if (place && committee && place.level !== 'commune') {
      return { start: pos, end: place.end, kind: OrgKind.InspectionCommittee, base: `Ủy ban Kiểm tra ${committee}`, level: place.level, place: copyPlace(place, { levelWord: undefined }), needsScope: false, needsCommittee: false, parent: { base: committee, kind: OrgKind.PartyCommittee, level: place.level } };
    }
    return { start: pos, end: pos + ins.length, kind: OrgKind.InspectionCommittee, base: 'Ủy ban Kiểm tra', level: 'unknown', place: null, needsScope: false, needsCommittee: true, parent: null };
  }
  // Offices: Văn phòng Tỉnh ủy, Văn phòng Chính phủ, Văn phòng UBND tỉnh
  const off = longestPhraseAt(s, pos, OFFICE);
  if (off) {
    const q = skipSpaces(s.text, pos + off.length);
    const inner = parseCommittee(s, q, places);
    if (inner) return { start: pos, end: inner.end, kind: OrgKind.Office, base: `Văn phòng ${inner.base === 'Trung ương' ? 'Trung ương Đảng' : inner.base}`, level: inner.level, place: inner.place, needsScope: inner.level !== 'central' && !inner.place, needsCommittee: false, parent: parentOf(inner) };
    const nat2 = longestPhraseAt(s, q, nationalPhrases);
    if (nat2) return { start: pos, end: q + nat2.length, kind: OrgKind.Office, base: `Văn phòng ${NATIONAL_BODIES[nat2]!}`, level: 'central', place: null, needsScope: false, needsCommittee: false, parent: null };
    const lb = longestPhraseAt(s, q, leveledPhrases);
    if (lb) return standardBodyAfterLevel(s, pos, q + lb.length, `Văn phòng ${LEVELED_BODIES[lb]!}`, OrgKind.Office, places);
    return null;
  }
  // Youth-union committees
  const un = longestPhraseAt(s, pos, unionPhrases);
  if (un) {
    const info = UNION_COMMITTEES[un]!;
    const place = parsePlaceAfter(s, pos + un.length, places, info.level === 'district' ? 'district' : 'province');
    return { start: pos, end: place?.end ?? pos + un.length, kind: OrgKind.MassOrganization, base: info.canonical, level: info.level === 'city' ? 'province' : info.level, place, needsScope: !place, needsCommittee: false, parent: null };
  }
  // Ministries and departments
  if (s.lower.startsWith('bộ ', pos) || s.lower.startsWith('sở ', pos)) {
    const m = longestPhraseAt(s, pos + 3, ministryPhrases);
    if (m && isUpper(s.text[pos + 3])) {
      const name = ministryCanonical.get(m) ?? m;
      if (s.lower.startsWith('bộ ', pos)) return { start: pos, end: pos + 3 + m.length, kind: OrgKind.Ministry, base: `Bộ ${name}`, level: 'central', place: null, needsScope: false, needsCommittee: false, parent: null };
      return standardBodyAfterLevel(s, pos, pos + 3 + m.length, `Sở ${name}`, OrgKind.Department, places);
    }
  }
  // Bodies named by level: HĐND tỉnh X, UBND huyện Y, Đảng bộ tỉnh Z, Công an tỉnh …
  const lb = longestPhraseAt(s, pos, leveledPhrases);
  if (lb) {
    const canonical = LEVELED_BODIES[lb]!;
    if (lb === 'mttq' || lb === 'công an' || lb === 'thanh tra' || lb === 'công đoàn') {
      // too common alone: only with a level word or place
      const b = standardBodyAfterLevel(s, pos, pos + lb.length, canonical, kindOfLeveled(canonical), places);
      if (b.level === 'unknown' && lb === 'thanh tra' && isUpper(s.text[pos])) return ministryInspectorate(s, pos, pos + lb.length);
      return b.level === 'unknown' ? null : b;
    }
    if (canonical === 'Đảng bộ') {
      const q = skipSpaces(s.text, pos + lb.length);
      if (s.lower.startsWith('khối', q)) {
        const u = parsePartyUnit(s, pos - 0, 'đảng ủy', places);
        if (u) return { start: pos, end: u.end, kind: OrgKind.PartyOrganization, base: u.base.replace(/^Đảng ủy/u, 'Đảng bộ'), level: u.level, place: null, needsScope: true, needsCommittee: false, parent: null };
      }
    }
    const b = standardBodyAfterLevel(s, pos, pos + lb.length, canonical, kindOfLeveled(canonical), places);
    if (canonical === 'Đảng bộ' && b.level === 'unknown') return null;
    if (b.level === 'unknown') return nationalOfLeveled(s, pos, lb, canonical) ?? b;
    return b;
  }
  return null;
}
