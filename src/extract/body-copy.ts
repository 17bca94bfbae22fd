import type { ParsedBody, PlaceAfter } from './body-parser.js';

// Bodies and their places are read by many hot functions. V8 compiles property reads for the object shapes it has
// seen; a spread ({ ...b, base }) makes a new shape at each place it is written, and a literal without an optional
// field makes another, so the compiled code kept meeting new shapes and being thrown away. These helpers build every
// copy with the same fields in the same order.

/** A copy of a body with some fields changed (what `{ ...b, ...changes }` gives, in the one shape bodies have). */
export function copyBody(b: ParsedBody, changes: Partial<ParsedBody>): ParsedBody {
  const out: ParsedBody = {
    start: 'start' in changes ? changes.start! : b.start,
    end: 'end' in changes ? changes.end! : b.end,
    kind: 'kind' in changes ? changes.kind! : b.kind,
    base: 'base' in changes ? changes.base! : b.base,
    level: 'level' in changes ? changes.level! : b.level,
    place: 'place' in changes ? changes.place! : b.place,
    needsScope: 'needsScope' in changes ? changes.needsScope! : b.needsScope,
    needsCommittee: 'needsCommittee' in changes ? changes.needsCommittee! : b.needsCommittee,
    parent: 'parent' in changes ? changes.parent! : b.parent,
  };
  const within = 'within' in changes ? changes.within : b.within;
  if (within !== undefined) out.within = within;
  return out;
}

/** A place after a body, with its optional fields always present (undefined when unknown). */
export function placeAfter(start: number, end: number, name: string, level: PlaceAfter['level'], province: string | undefined, levelWord: string | undefined): PlaceAfter {
  return { start, end, name, level, province, levelWord };
}

/** A copy of a place with some fields changed (what `{ ...p, ...changes }` gives, in the one shape places have). */
export function copyPlace(p: PlaceAfter, changes: Partial<PlaceAfter>): PlaceAfter {
  return placeAfter(
    'start' in changes ? changes.start! : p.start,
    'end' in changes ? changes.end! : p.end,
    'name' in changes ? changes.name! : p.name,
    'level' in changes ? changes.level! : p.level,
    'province' in changes ? changes.province : p.province,
    'levelWord' in changes ? changes.levelWord : p.levelWord,
  );
}
