import { copyBody, copyPlace } from './body-copy.js';
import { capitalizedRun, type ParsedBody, type PlaceAfter } from './body-parser.js';
import type { PlaceLookup } from './place-lookup.js';
import type { ScanText } from './text-scan.js';

/**
 * Article-level clues that scope a body written without its place: the place a committee is named with elsewhere in
 * the article, the one district the article's bodies are in, the full name a short form stands for. Pure functions
 * over the bodies parsed from one article.
 */

/** A district, with the province it is in when known. */
export interface DistrictScope {
  name: string;
  province: string | null;
  /** "huyện", "quận", "thị xã", "thành phố". */
  typeWord: string;
}

/**
 * The place a Party committee ("Huyện ủy") is named with in the article, when it is named with exactly one:
 * "Huyện ủy Chư Sê … ban Tổ chức [Huyện ủy]" completes the board with Chư Sê.
 */
export function committeePlace(bodies: readonly ParsedBody[], committee: string): { place: PlaceAfter; level: ParsedBody['level'] } | null {
  let found: { place: PlaceAfter; level: ParsedBody['level'] } | null = null;
  for (const b of bodies) {
    const own = b.kind === 'party-committee' ? b.base : b.parent?.base;
    if (own !== committee || !b.place || b.place.level === 'commune') continue;
    if (found && found.place.name !== b.place.name) return null;
    found ??= { place: b.place, level: b.level };
  }
  return found;
}

/**
 * The one district the article's bodies are named in ("Quận ủy Thanh Khê", "UBND huyện Chư Sê"), or null when they
 * name none or several. Districts whose province is not the article's are not counted.
 */
export function articleDistrict(bodies: readonly ParsedBody[], places: PlaceLookup, province: string | null): DistrictScope | null {
  let found: DistrictScope | null = null;
  for (const b of bodies) {
    const p = b.place;
    if (p?.level !== 'district') continue;
    const refs = places.districts(p.name, p.province ?? province ?? undefined);
    const ref = refs.length === 1 ? refs[0] : refs.find((r) => r.typeWord === p.levelWord);
    if (!ref || (province && ref.province !== province && p.province !== province)) continue;
    if (found && found.name !== p.name) return null;
    found ??= { name: p.name, province: p.province ?? ref.province, typeWord: ref.typeWord };
  }
  return found;
}

/** Numbered communes ("Phường 5", "Xã 3") need their district to be told apart. */
export function isNumberedCommune(place: PlaceAfter): boolean {
  return place.level === 'commune' && /^(?:Phường|Xã|Thị trấn|phường|xã|thị trấn) \d+$/u.test(place.name);
}

const MINISTRY_AT_END = / (Bộ (?!Chính trị)\p{Lu}.*)$/u;

/**
 * The body a short form names, when the article writes it in full once: "Phòng Tổ chức cán bộ" after "Phòng Tổ chức
 * cán bộ Viện KSND tỉnh X"; "Đảng ủy Bộ" after "Bộ Y tế". Null when none or several bodies fit.
 */
export function fullFormOf(b: ParsedBody, bodies: readonly ParsedBody[]): ParsedBody | null {
  if (b.place || b.level !== 'unknown' || b.base.indexOf(' ') < 0) return null;
  let found: ParsedBody | null = null;
  // "X Bộ", "X Sở": the unit of the one ministry (department) the article names
  // (not a region: "Ban Chỉ đạo Tây Nam Bộ")
  const bare = / (Bộ|Sở)$/u.exec(b.base);
  if (bare && /(?:Nam|Bắc|Trung) Bộ$/u.test(b.base)) return null;
  if (bare) {
    const own = b.base.slice(0, bare.index);
    let name = '';
    for (const x of bodies) {
      if (x === b) continue;
      // the ministry itself, or one a central body's name ends on ("Ban cán sự đảng Bộ Y tế")
      const n = x.kind === (bare[1] === 'Bộ' ? 'ministry' : 'department') ? x.base
        : bare[1] === 'Bộ' && x.level === 'central' ? MINISTRY_AT_END.exec(x.base)?.[1] : undefined;
      if (!n) continue;
      if (found && (name !== n || found.place?.name !== x.place?.name)) return null;
      found ??= x;
      name = n;
    }
    return found ? copyBody(b, { base: `${own} ${name}`, level: found.level, place: found.place, needsScope: found.needsScope }) : null;
  }
  if (b.kind !== 'other') return null;
  const prefix = `${b.base} `;
  for (const x of bodies) {
    if (x === b || !x.base.startsWith(prefix) || !(x.place || x.level === 'central')) continue;
    if (found && (found.base !== x.base || found.place?.name !== x.place?.name)) return null;
    found ??= x;
  }
  return found ? copyBody(b, { base: found.base, kind: found.kind, level: found.level, place: found.place, needsScope: found.needsScope }) : null;
}

/**
 * The same kind of body for each further province listed after one: "UBND tỉnh Quảng Trị, Khánh Hòa", "Ban Thường vụ
 * Tỉnh ủy Nam Định, Quảng Nam và …", "các Sở LĐTB&XH Hà Tĩnh, Thanh Hóa". Each copy spans its province's name.
 */
export function listedProvinces(s: ScanText, b: ParsedBody, places: PlaceLookup): ParsedBody[] {
  if (b.place?.level !== 'province') return [];
  const out: ParsedBody[] = [];
  let end = b.end;
  for (;;) {
    const sep = /^(?:, ?| và | và các tỉnh | và tỉnh )(?=\p{Lu})/u.exec(s.text.slice(end, end + 16));
    if (!sep) return out;
    const at = end + sep[0].length;
    const run = capitalizedRun(s, at, 4);
    let found: { name: string; end: number } | null = null;
    for (let k = run.length - 1; k >= 0 && !found; k--) {
      const prov = places.province(s.text.slice(at, run[k]));
      if (prov) found = { name: prov.name, end: run[k]! };
    }
    // the name must end there: "Quảng Nam và …", "Khánh Hòa, …", not "Long An Nguyễn …"
    if (!found || found.end !== run[run.length - 1] || !/^(?:$|[\s,.;:)]| và )/u.test(s.text.slice(found.end, found.end + 4))) return out;
    out.push(copyBody(b, { start: at, end: found.end, place: copyPlace(b.place, { start: at, end: found.end, name: found.name }), parent: b.parent }));
    end = found.end;
  }
}

/** A province named in a text ("Tại Cao Bằng", "tỉnh Nghệ An"), as the place scanner finds it. */
export interface ProvinceHit {
  start: number;
  name: string;
  level: 'province' | 'district';
  personLike: boolean;
  withTypeWord: boolean;
}

/**
 * The province a body written without its place ("Công an tỉnh") is in, from where it is written: the last province
 * named before it in its sentence, else the one a paragraph opens on ("Tại Cao Bằng, …"). In an article about several
 * provinces this wins over the article's own province. Null when neither is named.
 */
export function provinceNear(hits: readonly ProvinceHit[], text: string, sentenceStart: number, pos: number, fits: (name: string) => boolean = () => true): string | null {
  const lineStart = text.lastIndexOf('\n', pos) + 1;
  let inSentence: string | null = null;
  let lead: string | null = null;
  for (const h of hits) {
    if (h.start >= pos) break;
    if (h.level !== 'province' || !fits(h.name)) continue;
    if (h.start >= sentenceStart) inSentence = h.name;
    else if (h.start >= lineStart && h.start - lineStart <= 20 && /^(?:Tại|Ở) (?:tỉnh |thành phố |TP\.? ?)?$/u.test(text.slice(lineStart, h.start))) lead = h.name;
  }
  return inSentence ?? lead;
}

/**
 * The province shared by a list of bodies whose last one names it: "Thành ủy, HĐND, UBND, Ủy ban MTTQ TP X" (each is
 * the city's). `bodies` are in text order; null when the body at `index` is not followed by such a list.
 */
export function sharedListProvince(text: string, bodies: readonly ParsedBody[], index: number): string | null {
  let cur = bodies[index]!;
  for (let k = index + 1; k < bodies.length && k <= index + 6; k++) {
    const next = bodies[k]!;
    if (!/^(?:, ?| và )$/u.test(text.slice(cur.end, next.start))) return null;
    if (next.place) return next.place.level === 'province' && !next.needsScope ? next.place.name : null;
    if (!next.needsScope) return null;
    cur = next;
  }
  return null;
}
