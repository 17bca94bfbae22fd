import namesJson from './data/names.json' with { type: 'json' };
import { normalizeKey } from '../normalize/index.js';

/**
 * Vietnamese personal-name lexicons: surnames (with shares where known), middle syllables and given names, keyed on
 * normalizeKey (NFC, new-style tone placement, lower case). Data: src/extract/data/names.json, made by
 * scripts/build-gazetteer.mjs from the shared name lists plus well-known surnames (ethnic minorities included).
 */
export interface SurnameInfo {
  /** Spelling with new-style tone placement ("Huỳnh", "Rơ Mah"). */
  readonly name: string;
  /** Where it is attested: uit-namedb (sample), reference-shares, known (general knowledge). */
  readonly sources: readonly string[];
  readonly sampleCount?: number;
  /** Share in the 8,753-name sample (skewed young and southern). */
  readonly sampleShare?: number;
  /** National share (Lê Trung Hoa 2005), a fraction: Nguyễn 0.384. */
  readonly referenceShare?: number;
  /** Surnames quoted together with this one in the reference share (Hoàng/Huỳnh, Vũ/Võ). */
  readonly referenceShareWith?: readonly string[];
}
export interface NameSyllableInfo {
  readonly name: string;
  /** Count in the 8,753-name sample (0: added as common among older public figures). */
  readonly count: number;
}

export interface NameLexicon {
  /** A syllable or a whole multi-syllable surname ("Nguyễn", "nguyễn", "Rơ Mah"). */
  isSurname(surname: string): boolean;
  surname(surname: string): SurnameInfo | undefined;
  /** Best known share of the population: the reference share, else the sample share; 0 when unknown. */
  surnameShare(surname: string): number;
  /** Surnames of two syllables or more ("Rơ Mah", "Tôn Thất"), for matching before single syllables. */
  readonly multiSyllableSurnames: readonly string[];
  isMiddle(syllable: string): boolean;
  middleCount(syllable: string): number;
  isGiven(syllable: string): boolean;
  givenCount(syllable: string): number;
}

interface NamesFile {
  readonly surnames: Readonly<Record<string, SurnameInfo>>;
  readonly middles: Readonly<Record<string, NameSyllableInfo>>;
  readonly givens: Readonly<Record<string, NameSyllableInfo>>;
}

class NameLexiconImpl implements NameLexicon {
  private readonly surnames: Map<string, SurnameInfo>;
  private readonly middles: Map<string, NameSyllableInfo>;
  private readonly givens: Map<string, NameSyllableInfo>;
  readonly multiSyllableSurnames: readonly string[];

  constructor(data: NamesFile) {
    this.surnames = new Map(Object.entries(data.surnames));
    this.middles = new Map(Object.entries(data.middles));
    this.givens = new Map(Object.entries(data.givens));
    this.multiSyllableSurnames = Object.freeze([...this.surnames.values()].map((s) => s.name).filter((s) => s.includes(' ')));
  }

  isSurname(surname: string): boolean {
    return this.surnames.has(key(surname));
  }
  surname(surname: string): SurnameInfo | undefined {
    return this.surnames.get(key(surname));
  }
  surnameShare(surname: string): number {
    const s = this.surnames.get(key(surname));
    return s?.referenceShare ?? s?.sampleShare ?? 0;
  }
  isMiddle(syllable: string): boolean {
    return this.middles.has(key(syllable));
  }
  middleCount(syllable: string): number {
    return this.middles.get(key(syllable))?.count ?? 0;
  }
  isGiven(syllable: string): boolean {
    return this.givens.has(key(syllable));
  }
  givenCount(syllable: string): number {
    return this.givens.get(key(syllable))?.count ?? 0;
  }
}

// Cheap path for the common case (one lower-case or capitalised syllable already NFC and new-style).
const keyCache = new Map<string, string>();
function key(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = normalizeKey(s);
    if (keyCache.size < 50_000) keyCache.set(s, k);
  }
  return k;
}

let instance: NameLexicon | undefined;

/** The name lexicon, built once on first use. */
export function getNameLexicon(): NameLexicon {
  instance ??= new NameLexiconImpl(namesJson as unknown as NamesFile);
  return instance;
}
