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
export interface Resources {
  places: PlaceLookup;
  names: NameLexicon;
  findDatelineTag(text: string): DatelineTag | undefined;
}
