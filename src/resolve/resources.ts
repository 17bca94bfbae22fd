import type { NameLexicon } from '../extract/person-name.js';
import type { PlaceLookup } from '../extract/place-lookup.js';

/** A dateline tag of a provincial paper ("LSO-", "(QT) -") and the province it implies. */
export interface DatelineTag {
  tag: string;
  province: string | null;
  start: number;
  end: number;
}

/** The lexicons and gazetteers the resolver needs, injected so the stage stays testable and pure. */
/** A province or district mention found by one scan of the text. */
export interface PlaceScanHit {
  start: number;
  end: number;
  name: string;
  level: 'province' | 'district';
  province: string | null;
  /** The name as written may also be part of a person's name ("Nguyễn Phú Lộc"). */
  personLike: boolean;
  precededBySurname: boolean;
  withTypeWord: boolean;
}

export interface Resources {
  places: PlaceLookup;
  /** Every province and district named in a normalized text, left to right. */
  scanPlaces(text: string, lowerText?: string): PlaceScanHit[];
  names: NameLexicon;
  findDatelineTag(text: string): DatelineTag | undefined;
}
