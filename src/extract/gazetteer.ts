import placesJson from './data/places.json' with { type: 'json' };
import { getNameLexicon } from './name-lexicon.js';
import { isSyllableCode, placeKey, separatorAt, syllableEnd, type PlaceSeparator } from './place-key.js';
import { codeClass } from './code-class.js';
import { scanText } from './text-scan.js';

/**
 * The place gazetteer: Vietnam's 63 provinces before 2025-07-01 (34 of them keep their name after), their districts,
 * lookups by any surface form, and a one-pass scanner for place mentions. Data: src/extract/data/places.json, made by
 * scripts/build-gazetteer.mjs from the shared GSO lists.
 */

/** Words that state the level of the place named after them. */
export type PlaceTypeWord = 'tỉnh' | 'thành phố' | 'thủ đô' | 'huyện' | 'quận' | 'thị xã' | 'xã' | 'phường' | 'thị trấn';
export type ProvinceType = 'tỉnh' | 'thành phố';
export type DistrictType = 'huyện' | 'quận' | 'thị xã' | 'thành phố';
/** pre2025: one of the 63 only; both: also one of the 34 provinces from 2025-07-01 (same name). */
export type ProvincePeriod = 'pre2025' | 'both';

export interface Province {
  /** Canonical name: NFC, new-style tone placement ("Hòa Bình", "Thừa Thiên Huế", "Hồ Chí Minh"). */
  readonly name: string;
  readonly fullName: string;
  readonly type: ProvinceType;
  /** Type words that may introduce it ("tỉnh"; "thành phố"; Hà Nội also "thủ đô"). */
  readonly typeWords: readonly PlaceTypeWord[];
  readonly period: ProvincePeriod;
  /** GSO codes. Post-2025 codes reuse old ones (24 was Bắc Giang, is Bắc Ninh): key places by name. */
  readonly codes: { readonly pre2025: string; readonly post2025?: string };
  /** The post-2025 province it became part of (itself when it kept its name). */
  readonly mergedInto: string;
  /** For a post-2025 province: the pre-2025 provinces merged into it (itself included). */
  readonly mergedFrom: readonly string[];
  /** Every surface form known, both tone styles, short forms, full forms with the type word. */
  readonly aliases: readonly string[];
  /** Aliases that name it only after a type word ("Hồ Chí Minh", "HCM"). */
  readonly needsTypeWord: readonly string[];
  /** The name also reads as a person's middle + given name ("Hòa Bình"); see personScore. */
  readonly personLike: boolean;
  /** min(count as middle syllable, count as given name) in the 8,753-name sample; one syllable: given-name count. */
  readonly personScore: number;
}

export interface District {
  readonly name: string;
  readonly fullName: string;
  readonly type: DistrictType;
  /** Canonical name of its (pre-2025) province. */
  readonly province: string;
  /** GSO code; null for districts abolished before 2025. */
  readonly code: string | null;
  readonly aliases: readonly string[];
  /** Numbered districts ("1" → Quận 1) are only named after their type word. */
  readonly needsTypeWord: boolean;
  readonly personLike: boolean;
  readonly personScore: number;
  /** For districts abolished before 2025 (Quận 2, Quận 9, Hoành Bồ…): the date, and the districts that took them. */
  readonly abolished?: string;
  readonly mergedInto?: readonly string[];
}

/** A place mention found by scanPlaces. Offsets are UTF-16 indices into the scanned text, end exclusive. */
export interface PlaceHit {
  /** Start of the type word if there is one, else of the name. */
  readonly start: number;
  readonly end: number;
  readonly nameStart: number;
  readonly nameEnd: number;
  /** The name as written (text.slice(nameStart, nameEnd)). */
  readonly name: string;
  /** The type word before the name (normalized), or null. text.slice(start, nameStart) is its surface. */
  readonly typeWord: PlaceTypeWord | null;
  /** Province and district candidates, filtered by the type word when it agrees with some of them. */
  readonly provinces: readonly Province[];
  readonly districts: readonly District[];
  /** province / district: one level only; ambiguous: both (Thanh Hóa); commune: after xã, phường, thị trấn. */
  readonly level: 'province' | 'district' | 'ambiguous' | 'commune';
  /** False when a type word stands before the name but fits none of its places (candidates are then unfiltered). */
  readonly typeAgrees: boolean;
  /** Some candidate's name also reads as a person's name; check the context (precededBySurname…). */
  readonly personLike: boolean;
  /** The syllable just before is a capitalised surname ("Nguyễn Phú Lộc"): likely a person, not a place. */
  readonly precededBySurname: boolean;
  /** The syllable just after (one space away) is capitalised: the name may go on (a person, an organization). */
  readonly followedByCapitalized: boolean;
  /** The name is written in capitals (titles). */
  readonly allCaps: boolean;
}

export interface Gazetteer {
  readonly provinces: readonly Province[];
  readonly districts: readonly District[];
  /** The province named by a surface form ("TP.HCM", "tỉnh Hoà Bình", "Đăk Lăk"), case-insensitive. */
  findProvince(surface: string): Province | undefined;
  /** The district named by a surface form, if exactly one fits (in provinceHint, a pre- or post-2025 province). */
  findDistrict(surface: string, provinceHint?: string | Province): District | undefined;
  /** Every district with this name, in all provinces ("Châu Thành" → 10). A leading type word narrows the type;
   *  numbered districts need it ("Quận 1", not "1"). */
  districtsNamed(surface: string): readonly District[];
  /**
   * Every province and district mention in a (normalized) text, left to right, longest match. `lowerText` is the
   * text's lower-case twin (ScanText.lower) when the caller has it; it is made otherwise.
   */
  scanPlaces(text: string, lowerText?: string): PlaceHit[];
}

interface PlacesFile {
  readonly provinces: readonly Province[];
  readonly districts: readonly District[];
}

// ---------------------------------------------------------------------------------------------------------------
// Type words

type TypeLevel = 'province' | 'district' | 'both' | 'commune';
interface TypeWordForm {
  /** Lower-case syllables. */
  readonly syllables: readonly string[];
  readonly word: PlaceTypeWord;
  /** Separators allowed between the type word and the name. */
  readonly before: readonly PlaceSeparator[];
  /** Abbreviations must be written in capitals (Q.1, TX.), except TP which is also written Tp. */
  readonly capitals: boolean;
}
const LEVEL: Record<PlaceTypeWord, TypeLevel> = {
  'tỉnh': 'province',
  'thủ đô': 'province',
  'thành phố': 'both',
  'huyện': 'district',
  'quận': 'district',
  'thị xã': 'district',
  'xã': 'commune',
  'phường': 'commune',
  'thị trấn': 'commune',
};
const SPACE: readonly PlaceSeparator[] = [' '];
const SPACE_OR_DOT: readonly PlaceSeparator[] = [' ', '.'];
const DOT: readonly PlaceSeparator[] = ['.'];
const TYPE_WORD_FORMS: readonly TypeWordForm[] = [
  { syllables: ['tỉnh'], word: 'tỉnh', before: SPACE, capitals: false },
  { syllables: ['thành', 'phố'], word: 'thành phố', before: SPACE, capitals: false },
  { syllables: ['tp'], word: 'thành phố', before: SPACE_OR_DOT, capitals: false },
  { syllables: ['thủ', 'đô'], word: 'thủ đô', before: SPACE, capitals: false },
  { syllables: ['huyện'], word: 'huyện', before: SPACE, capitals: false },
  { syllables: ['huyện', 'đảo'], word: 'huyện', before: SPACE, capitals: false },
  { syllables: ['h'], word: 'huyện', before: DOT, capitals: true },
  { syllables: ['quận'], word: 'quận', before: SPACE, capitals: false },
  { syllables: ['q'], word: 'quận', before: DOT, capitals: true },
  { syllables: ['thị', 'xã'], word: 'thị xã', before: SPACE, capitals: false },
  { syllables: ['tx'], word: 'thị xã', before: SPACE_OR_DOT, capitals: true },
  { syllables: ['xã'], word: 'xã', before: SPACE, capitals: false },
  { syllables: ['phường'], word: 'phường', before: SPACE, capitals: false },
  { syllables: ['p'], word: 'phường', before: DOT, capitals: true },
  { syllables: ['thị', 'trấn'], word: 'thị trấn', before: SPACE, capitals: false },
  { syllables: ['tt'], word: 'thị trấn', before: DOT, capitals: true },
];
const TYPE_FIRST = new Map<string, TypeWordForm[]>();
for (const f of TYPE_WORD_FORMS) {
  const list = TYPE_FIRST.get(f.syllables[0]!) ?? [];
  list.push(f);
  // Longer forms first: "huyện đảo" before "huyện".
  list.sort((a, b) => b.syllables.length - a.syllables.length);
  TYPE_FIRST.set(f.syllables[0]!, list);
}

// ---------------------------------------------------------------------------------------------------------------
// The name trie: one node per syllable, edges keyed by separator + lower-case syllable (both tone styles are aliases)

interface Candidate {
  readonly province?: Province;
  readonly district?: District;
  readonly needsTypeWord: boolean;
}
interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  candidates: Candidate[] | undefined;
}
const newNode = (): TrieNode => ({ next: undefined, candidates: undefined });

const CURLY = /[\u2019\u02bc]/g;
/** Typographic apostrophes made straight (Cư M’gar keys like Cư M'gar). */
const straightApostrophes = (l: string): string => (l.includes('\u2019') || l.includes('\u02bc') ? l.replace(CURLY, "'") : l);
/** The key of a syllable: lower case, straight apostrophes. */
const syllableLower = (s: string): string => straightApostrophes(s.toLowerCase());
/**
 * The key of the syllable at i..e of a text, read from the text's lower-case twin (see scanText). It equals
 * syllableLower(text.slice(i, e)) except around the few letters that lower-case by context or into two code units
 * (Σ, İ), which no place name has: either way such a syllable matches no key.
 */
const lowerSyllable = (lower: string, i: number, e: number): string => straightApostrophes(lower.slice(i, e));
/** First letters of the type words in lower case (t, h, q, x, p): other lower-case syllables cannot start a hit. */
const isTypeInitial = (c: number): boolean => c === 0x74 || c === 0x68 || c === 0x70 || c === 0x71 || c === 0x78;
/** The lower-case first syllables of type words, as written in running text, by first letter and length. */
const LOWER_TYPE_SYLLABLES = new Map<number, string[]>();
for (const k of TYPE_FIRST.keys()) {
  if (k !== k.toLowerCase()) continue;
  const key = syllableSignature(k.charCodeAt(0), 0, k.length);
  LOWER_TYPE_SYLLABLES.set(key, [...(LOWER_TYPE_SYLLABLES.get(key) ?? []), k]);
}
const LONGEST_LOWER_TYPE_SYLLABLE = Math.max(...[...LOWER_TYPE_SYLLABLES.values()].flat().map((w) => w.length));
/** The syllable at i..e is written exactly as the first syllable of a type word ("tỉnh", not "tỈnh"). */
function isLowerTypeSyllable(text: string, i: number, e: number): boolean {
  if (e - i > LONGEST_LOWER_TYPE_SYLLABLE) return false;
  const words = LOWER_TYPE_SYLLABLES.get(syllableSignature(text.charCodeAt(i), 0, e - i));
  if (words === undefined) return false;
  for (const w of words) if (text.startsWith(w, i)) return true;
  return false;
}
/** The syllable at i..e (read in the lower-case twin) may be the first syllable of a type word, in any case. */
function mayStartTypeWord(lower: string, i: number, e: number): boolean {
  return LOWER_TYPE_SYLLABLES.has(syllableSignature(lower.charCodeAt(i), 0, e - i));
}
/** A 16-bit signature of a lower-case syllable's first and last code units and length, for cheap pre-checks. */
function syllableSignature(first: number, last: number, length: number): number {
  return (Math.imul(first, 0x9e3b) ^ Math.imul(last, 0x85eb) ^ Math.imul(length, 0x2c1b)) & 0xffff;
}

/** Cuts a surface into [syllable, separator-before] pairs as the scanner sees it; undefined if it cannot be scanned. */
function scanUnits(surface: string): { syllables: string[]; seps: PlaceSeparator[] } | undefined {
  const text = surface.normalize('NFC');
  const syllables: string[] = [];
  const seps: PlaceSeparator[] = [];
  let i = 0;
  while (i < text.length && !isSyllableCode(text.charCodeAt(i))) i++;
  if (i >= text.length) return undefined;
  for (;;) {
    const e = syllableEnd(text, i);
    syllables.push(text.slice(i, e));
    if (e >= text.length) return { syllables, seps };
    const s = separatorAt(text, e);
    if (!s) return undefined;
    seps.push(s.sep);
    i = s.next;
  }
}

/** The type word a surface starts with, and where the rest starts ("Thành phố Huế" → thành phố, 10). */
function leadingTypeWord(surface: string): { word: PlaceTypeWord; rest: string } | undefined {
  const u = scanUnits(surface);
  if (!u) return undefined;
  const forms = TYPE_FIRST.get(syllableLower(u.syllables[0]!));
  for (const f of forms ?? []) {
    const n = f.syllables.length;
    if (u.syllables.length <= n) continue;
    if (!f.syllables.every((s, k) => syllableLower(u.syllables[k]!) === s && (k === 0 || u.seps[k - 1] === ' '))) continue;
    if (!f.before.includes(u.seps[n - 1]!)) continue;
    let rest = u.syllables[n]!;
    for (let k = n + 1; k < u.syllables.length; k++) rest += u.seps[k - 1]! + u.syllables[k]!;
    return { word: f.word, rest };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------

class GazetteerImpl implements Gazetteer {
  readonly provinces: readonly Province[];
  readonly districts: readonly District[];
  private readonly provinceByKey = new Map<string, Province>();
  private readonly districtsByKey = new Map<string, District[]>();
  private readonly root = newNode();
  /** Signatures (syllableSignature) of the names' first syllables. */
  private readonly firstSyllables = new Uint8Array(0x10000);

  constructor(data: PlacesFile) {
    this.provinces = data.provinces.map((p) => Object.freeze(p));
    this.districts = data.districts.map((d) => Object.freeze(d));
    for (const p of this.provinces) {
      for (const a of p.aliases) {
        const tw = leadingTypeWord(a);
        const bare = tw && p.typeWords.includes(tw.word) ? tw.rest : a;
        this.provinceByKey.set(placeKey(bare), p);
        // Forms with a type word are found as type word + name by the scanner; only bare forms go in the trie.
        if (bare === a) this.insert(a, { province: p, needsTypeWord: p.needsTypeWord.includes(a) });
      }
    }
    for (const d of this.districts) {
      for (const a of d.aliases) {
        const key = placeKey(a);
        const list = this.districtsByKey.get(key) ?? [];
        if (!list.includes(d)) list.push(d);
        this.districtsByKey.set(key, list);
        this.insert(a, { district: d, needsTypeWord: d.needsTypeWord });
      }
    }
  }

  private insert(surface: string, candidate: Candidate): void {
    const u = scanUnits(surface);
    if (!u) throw new Error(`gazetteer: alias ${JSON.stringify(surface)} cannot be scanned`);
    let node = this.root;
    u.syllables.forEach((s, k) => {
      const lowered = syllableLower(s);
      if (k === 0) this.firstSyllables[syllableSignature(lowered.charCodeAt(0), lowered.charCodeAt(lowered.length - 1), lowered.length)] = 1;
      const key = k === 0 ? lowered : u.seps[k - 1]! + lowered;
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = newNode();
        node.next.set(key, child);
      }
      node = child;
    });
    node.candidates ??= [];
    const same = (c: Candidate): boolean => c.province === candidate.province && c.district === candidate.district;
    if (!node.candidates.some(same)) node.candidates.push(candidate);
  }

  findProvince(surface: string): Province | undefined {
    const direct = this.provinceByKey.get(placeKey(surface));
    if (direct) return direct;
    const tw = leadingTypeWord(surface);
    if (!tw) return undefined;
    const p = this.provinceByKey.get(placeKey(tw.rest));
    return p && p.typeWords.includes(tw.word) ? p : undefined;
  }

  districtsNamed(surface: string): readonly District[] {
    const tw = leadingTypeWord(surface);
    const direct = this.districtsByKey.get(placeKey(surface))?.filter((d) => !d.needsTypeWord);
    if ((direct && direct.length > 0) || !tw) return direct ?? [];
    const list = this.districtsByKey.get(placeKey(tw.rest)) ?? [];
    const exact = list.filter((d) => d.type === tw.word);
    return exact.length > 0 ? exact : list;
  }

  findDistrict(surface: string, provinceHint?: string | Province): District | undefined {
    let list = this.districtsNamed(surface);
    if (provinceHint !== undefined) {
      const hint = typeof provinceHint === 'string' ? this.findProvince(provinceHint) : provinceHint;
      if (!hint) return undefined;
      list = list.filter((d) => {
        if (d.province === hint.name) return true;
        // A post-2025 province covers the districts of every province merged into it.
        return hint.mergedFrom.includes(d.province);
      });
    }
    if (list.length === 1) return list[0];
    // "Kỳ Anh" is both a huyện and a thị xã of Hà Tĩnh: without a type word, prefer neither.
    return undefined;
  }

  scanPlaces(text: string, lowerText?: string): PlaceHit[] {
    const lower = lowerText !== undefined && lowerText.length === text.length ? lowerText : scanText(text).lower;
    const hits: PlaceHit[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      // i is always at a syllable start or outside a syllable: it moves by whole syllables and hits.
      if (!isSyllableCode(c)) {
        i++;
        continue;
      }
      const upper = isUpperOrDigitCode(c);
      const e = syllableEnd(text, i);
      if (!upper && !isTypeInitial(c)) {
        i = e;
        continue;
      }
      // a lower-case syllable matters only as a type word ("tỉnh", "huyện"…): check without slicing
      if (!upper && !isLowerTypeSyllable(text, i, e)) {
        i = e;
        continue;
      }
      let hit: PlaceHit | undefined;
      // only syllables that may be a type word or the first syllable of a name are sliced and looked up
      const mayBeType = mayStartTypeWord(lower, i, e);
      const mayBeName = upper && this.mayStartName(lower, i, e);
      if (mayBeType || mayBeName) {
        const first = lowerSyllable(lower, i, e);
        const forms = mayBeType ? TYPE_FIRST.get(first) : undefined;
        if (forms) hit = this.afterTypeWord(text, lower, i, e, first, forms);
        if (mayBeName) {
          const m = this.matchName(text, lower, i, e, first);
          if (m && (!hit || m.end >= hit.nameEnd)) {
            const bare = this.makeHit(text, i, i, m.end, null, m.candidates);
            if (bare) hit = bare;
          }
        }
      }
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else {
        i = e;
      }
    }
    return hits;
  }

  private afterTypeWord(text: string, lower: string, i: number, e: number, first: string, forms: readonly TypeWordForm[]): PlaceHit | undefined {
    for (const f of forms) {
      let end = e;
      let ok = true;
      if (f.capitals && !isUpperOrDigit(text, i)) continue;
      for (let k = 1; k < f.syllables.length && ok; k++) {
        const s = separatorAt(text, end);
        if (!s || s.sep !== ' ') {
          ok = false;
          break;
        }
        const e2 = syllableEnd(text, s.next);
        if (lowerSyllable(lower, s.next, e2) !== f.syllables[k]) ok = false;
        end = e2;
      }
      if (!ok || first !== f.syllables[0]) continue;
      const s = separatorAt(text, end);
      if (!s || !f.before.includes(s.sep)) continue;
      if (!isUpperOrDigit(text, s.next)) continue;
      const e3 = syllableEnd(text, s.next);
      if (!this.mayStartName(lower, s.next, e3)) continue;
      const m = this.matchName(text, lower, s.next, e3, lowerSyllable(lower, s.next, e3));
      if (!m) continue;
      const hit = this.makeHit(text, i, s.next, m.end, f.word, m.candidates);
      if (hit) return hit;
    }
    return undefined;
  }

  /**
   * False when no name's first syllable has this syllable's first and last letters and length: most capitalised
   * syllables are ruled out without slicing them.
   */
  private mayStartName(lower: string, i: number, e: number): boolean {
    return this.firstSyllables[syllableSignature(lower.charCodeAt(i), lower.charCodeAt(e - 1), e - i)] === 1;
  }

  /** Longest alias from the syllable at i..e (its lower-case key is `first`), every syllable capitalised (or a digit). */
  private matchName(text: string, lower: string, i: number, e: number, first: string): { end: number; candidates: Candidate[] } | undefined {
    let node = this.root.next?.get(first);
    if (!node) return undefined;
    let best: { end: number; candidates: Candidate[] } | undefined;
    let end = e;
    for (;;) {
      if (node.candidates) best = { end, candidates: node.candidates };
      if (!node.next) break;
      const s = separatorAt(text, end);
      if (!s || !isUpperOrDigit(text, s.next)) break;
      const e2 = syllableEnd(text, s.next);
      const child: TrieNode | undefined = node.next.get(s.sep + lowerSyllable(lower, s.next, e2));
      if (!child) break;
      node = child;
      end = e2;
    }
    return best;
  }

  private makeHit(
    text: string,
    start: number,
    nameStart: number,
    nameEnd: number,
    typeWord: PlaceTypeWord | null,
    candidates: readonly Candidate[],
  ): PlaceHit | undefined {
    const usable = typeWord === null ? candidates.filter((c) => !c.needsTypeWord) : candidates;
    if (usable.length === 0) return undefined;
    let provinces = usable.flatMap((c) => (c.province ? [c.province] : []));
    let districts = usable.flatMap((c) => (c.district ? [c.district] : []));
    let typeAgrees = true;
    let level: PlaceHit['level'];
    if (typeWord !== null && LEVEL[typeWord] === 'commune') {
      level = 'commune';
    } else {
      if (typeWord !== null) {
        const lv = LEVEL[typeWord];
        const ps = lv === 'district' ? [] : provinces.filter((p) => p.typeWords.includes(typeWord));
        let ds = lv === 'province' ? [] : districts;
        if (typeWord === 'thành phố') ds = ds.filter((d) => d.type === 'thành phố' || d.type === 'thị xã');
        // Types changed over the years (thị xã → thành phố, quận Thủ Đức → thành phố): exact type first.
        ds = [...ds].sort((a, b) => Number(b.type === typeWord) - Number(a.type === typeWord));
        if (ps.length + ds.length > 0) {
          provinces = ps;
          districts = ds;
        } else {
          typeAgrees = false;
        }
      }
      level = provinces.length > 0 && districts.length > 0 ? 'ambiguous' : provinces.length > 0 ? 'province' : 'district';
    }
    const name = text.slice(nameStart, nameEnd);
    return {
      start,
      end: nameEnd,
      nameStart,
      nameEnd,
      name,
      typeWord,
      provinces,
      districts,
      level,
      typeAgrees,
      personLike: provinces.some((p) => p.personLike) || districts.some((d) => d.personLike),
      precededBySurname: precededBySurname(text, start),
      followedByCapitalized: followedByCapitalized(text, nameEnd),
      allCaps: /\p{Lu}/u.test(name) && name === name.toUpperCase(),
    };
  }
}

/** Upper-case code units beyond ASCII: those that lower-casing changes. */
const isUpperBeyondAscii = codeClass((c) => {
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
});

function isUpperOrDigit(text: string, i: number): boolean {
  return isUpperOrDigitCode(text.charCodeAt(i));
}

function isUpperOrDigitCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return isUpperBeyondAscii(c);
}

function precededBySurname(text: string, start: number): boolean {
  let j = start - 1;
  if (j < 1 || text.charCodeAt(j) !== 0x20 || !isSyllableCode(text.charCodeAt(j - 1))) return false;
  let b = j - 1;
  while (b > 0 && isSyllableCode(text.charCodeAt(b - 1))) b--;
  if (!isUpperOrDigit(text, b)) return false;
  return getNameLexicon().isSurname(text.slice(b, j));
}

function followedByCapitalized(text: string, end: number): boolean {
  return end + 1 < text.length && text.charCodeAt(end) === 0x20 && isSyllableCode(text.charCodeAt(end + 1)) && isUpperOrDigit(text, end + 1);
}

let instance: Gazetteer | undefined;

/** The gazetteer, built once on first use (about 10 ms). */
export function getGazetteer(): Gazetteer {
  instance ??= new GazetteerImpl(placesJson as unknown as PlacesFile);
  return instance;
}

/** Every province and district mention in a text; see Gazetteer.scanPlaces. */
export function scanPlaces(text: string): PlaceHit[] {
  return getGazetteer().scanPlaces(text);
}
