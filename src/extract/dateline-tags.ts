import tagsJson from './data/dateline-tags.json' with { type: 'json' };
import { getGazetteer } from './gazetteer.js';

/**
 * Outlet tags before the dateline: "LSO-" (Báo Lạng Sơn), "(QT) -" (Báo Quảng Trị), "(Baonghean) -", "BGĐT-",
 * "Hà Nội (TTXVN) -", "(Báo Ấp Bắc) -", "ĐÀ NẴNG -". They tell which province a provincial paper writes about.
 * The lexicon is src/extract/data/dateline-tags.json; Bao<province> tags and province aliases are read by rule.
 */
export interface DatelineTag {
  /** The tag as written, without parentheses ("LSO", "TTXVN", "Baonghean"; "ĐÀ NẴNG" for a capitalised dateline). */
  readonly tag: string;
  /** Canonical province: the dateline place when one is written, else the outlet's home; null for national outlets. */
  readonly province: string | null;
  /** The whole prefix: place, tag, parentheses and the dash. UTF-16 offsets into the text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The outlet, when the tag is known. */
  readonly outlet: string | null;
  /** The dateline place written before the tag ("Hà Nội" in "Hà Nội (TTXVN) -"), or null. */
  readonly place: string | null;
  /** The tag is in the lexicon or recognized by rule; false: it only has the shape of a tag ("(PV) -"). */
  readonly known: boolean;
}

interface TagEntry {
  readonly tag: string;
  readonly outlet: string;
  readonly province: string | null;
  readonly bare: boolean;
}
interface TagsFile {
  readonly tags: readonly TagEntry[];
  readonly outletNames: readonly { readonly name: string; readonly province: string | null }[];
}

/** How far into the text a dateline tag is looked for (title and lead lines). */
export const DATELINE_WINDOW = 600;

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9&+]/g, '');

interface Lexicon {
  readonly byKey: Map<string, TagEntry>;
  readonly bare: Map<string, TagEntry>;
  readonly provinceByFold: Map<string, string>;
  readonly outletByFold: Map<string, { name: string; province: string | null }>;
}
let lexicon: Lexicon | undefined;
function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const data = tagsJson as unknown as TagsFile;
  const gazetteer = getGazetteer();
  const byKey = new Map<string, TagEntry>();
  const bare = new Map<string, TagEntry>();
  for (const t of data.tags) {
    if (t.province !== null && !gazetteer.findProvince(t.province)) throw new Error(`dateline tag ${t.tag}: unknown province ${t.province}`);
    byKey.set(t.tag.normalize('NFC').toLowerCase(), t);
    if (t.bare) bare.set(t.tag.normalize('NFC'), t);
  }
  const provinceByFold = new Map<string, string>();
  for (const p of gazetteer.provinces) {
    for (const a of [p.name, ...p.aliases]) {
      if (!p.needsTypeWord.includes(a)) provinceByFold.set(fold(a), p.name);
    }
  }
  const outletByFold = new Map(data.outletNames.map((o) => [fold(o.name), o] as const));
  lexicon = { byKey, bare, provinceByFold, outletByFold };
  return lexicon;
}

/** Resolves a tag written in parentheses (or bare): the lexicon, then Bao<province>, Báo <name>, a province alias. */
function resolveTag(tag: string): { outlet: string | null; province: string | null } | undefined {
  const lex = getLexicon();
  const entry = lex.byKey.get(tag.normalize('NFC').toLowerCase());
  if (entry) return { outlet: entry.outlet, province: entry.province };
  const f = fold(tag.replace(/\.(com\.vn|org\.vn|net\.vn|vn|com|net)$/i, ''));
  const body = f.startsWith('bao') ? f.slice(3) : undefined;
  if (body) {
    const province = lex.provinceByFold.get(body);
    if (province) return { outlet: `Báo ${province}`, province };
    const outlet = lex.outletByFold.get(body);
    if (outlet) return { outlet: `Báo ${outlet.name}`, province: outlet.province };
  }
  const province = lex.provinceByFold.get(f);
  if (province && /[A-ZĐ]/.test(tag)) return { outlet: null, province };
  return undefined;
}

const DASH = /^\s*[-–—]/;
const ANY_DASH = /[-–—]/;
const PAREN = /^\(([^()\n]{1,40})\)\s*[-–—]/;
const PLACE_PAREN = /^([^()\n\-–—,:;!?"“”]{2,40}?)\s*\(([^()\n]{1,30})\)\s*[-–—]/;
const BARE = /^([\p{Lu}][\p{L}\d.&+]{1,14})\s*[-–—]/u;
/** The shape of an unknown outlet tag: one capitalised word of 2-16 characters ("PV", "Baohaiduong.vn"). */
const TAG_SHAPE = /^[\p{Lu}][\p{L}\d.&+/]{1,15}$/u;
const CAPITALISED_WORDS = /^[\p{Lu}\d][\p{L}\d.'’]*(?:[ -][\p{Lu}\d][\p{L}\d.'’]*){0,5}$/u;

function provinceOfPlace(place: string): string | null {
  const g = getGazetteer();
  const p = g.findProvince(place);
  if (p) return p.name;
  const hits = g.scanPlaces(place);
  const hit = hits.length === 1 ? hits[0] : undefined;
  if (!hit || hit.nameEnd !== place.length) return null;
  if (hit.provinces.length === 1) return hit.provinces[0]!.name;
  const ps = new Set(hit.districts.map((d) => d.province));
  return ps.size === 1 ? [...ps][0]! : null;
}

function matchAt(text: string, at: number, stop: number): DatelineTag | undefined {
  const s = text.slice(at, Math.min(stop, at + 80));
  // (TAG) -
  let m = PAREN.exec(s);
  if (m) {
    const tag = m[1]!.trim();
    const r = resolveTag(tag);
    if (r || TAG_SHAPE.test(tag)) {
      return { tag, province: r?.province ?? null, start: at, end: at + m[0].length, outlet: r?.outlet ?? null, place: null, known: !!r };
    }
  }
  // Place (TAG) -
  m = PLACE_PAREN.exec(s);
  if (m) {
    const place = m[1]!.trim();
    const tag = m[2]!.trim();
    const r = resolveTag(tag);
    // "ĐB Nguyễn Văn A (Hà Nội) -" is a person and a constituency: the tag must name an outlet, not a place.
    const outletTag = r ? r.outlet !== null : TAG_SHAPE.test(tag) && !getGazetteer().findProvince(tag);
    if (CAPITALISED_WORDS.test(place) && outletTag) {
      const fromPlace = provinceOfPlace(place);
      return {
        tag,
        // An unknown place under a provincial paper's tag is most likely in its province (a commune, a border gate).
        province: fromPlace ?? r?.province ?? null,
        start: at,
        end: at + m[0].length,
        outlet: r?.outlet ?? null,
        place,
        known: !!r,
      };
    }
  }
  // TAG -   (only tags the lexicon knows to be written bare, case-sensitive)
  m = BARE.exec(s);
  if (m) {
    const entry = getLexicon().bare.get(m[1]!);
    if (entry) {
      return { tag: m[1]!, province: entry.province, start: at, end: at + m[0].length, outlet: entry.outlet, place: null, known: true };
    }
  }
  // ĐÀ NẴNG -   (a capitalised place as the dateline; most lines have no dash to end it)
  if (!ANY_DASH.test(s)) return undefined;
  const hits = getGazetteer().scanPlaces(s.slice(0, 40));
  const h = hits[0];
  if (h && h.start === 0 && h.allCaps) {
    const d = DASH.exec(s.slice(h.end));
    if (d) {
      const province = h.provinces.length > 0 ? h.provinces[0]!.name : new Set(h.districts.map((x) => x.province)).size === 1 ? h.districts[0]!.province : null;
      const written = s.slice(h.start, h.nameEnd);
      return { tag: written, province, start: at, end: at + h.end + d[0].length, outlet: null, place: written, known: true };
    }
  }
  return undefined;
}

/**
 * The outlet tag at the start of a line in the first DATELINE_WINDOW characters (title, lead, first body line), or
 * undefined. Only line starts are tried, so a "(Đồng Nai) -" inside a sentence is not a tag.
 */
export function findDatelineTag(text: string): DatelineTag | undefined {
  const stop = Math.min(text.length, DATELINE_WINDOW);
  let lineStart = 0;
  while (lineStart < stop) {
    let at = lineStart;
    while (at < stop && (text[at] === ' ' || text[at] === '\t' || text[at] === '\ufeff')) at++;
    const found = matchAt(text, at, text.length);
    if (found) return found;
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return undefined;
}
