import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyBody, copyPlace, placeAfter } from '../../src/extract/body-copy.js';
import type { ParsedBody, PlaceAfter } from '../../src/extract/body-parser.js';

const place: fc.Arbitrary<PlaceAfter> = fc.record(
  {
    start: fc.nat(),
    end: fc.nat(),
    name: fc.string(),
    level: fc.constantFrom('province' as const, 'district' as const, 'commune' as const),
    province: fc.option(fc.string(), { nil: undefined }),
    levelWord: fc.option(fc.string(), { nil: undefined }),
  },
  { requiredKeys: ['start', 'end', 'name', 'level'] },
);
const body: fc.Arbitrary<ParsedBody> = fc.record(
  {
    start: fc.nat(),
    end: fc.nat(),
    kind: fc.constantFrom('party-committee' as const, 'department' as const, 'other' as const),
    base: fc.string(),
    level: fc.constantFrom('province' as const, 'district' as const, 'unknown' as const),
    place: fc.option(place, { nil: null }),
    needsScope: fc.boolean(),
    needsCommittee: fc.boolean(),
    parent: fc.constant(null),
    within: fc.constant(undefined),
  },
  { requiredKeys: ['start', 'end', 'kind', 'base', 'level', 'place', 'needsScope', 'needsCommittee', 'parent'] },
);
const BODY_KEYS = ['start', 'end', 'kind', 'base', 'level', 'place', 'needsScope', 'needsCommittee', 'parent'];

describe('copyBody', () => {
  it('gives what a spread gives, with the fields always in one order', () => {
    fc.assert(
      fc.property(body, fc.record({ start: fc.nat(), base: fc.string(), place: fc.option(place, { nil: null }), needsScope: fc.boolean() }, { requiredKeys: [] }), (b, changes) => {
        const copy = copyBody(b, changes);
        expect(copy).toEqual({ ...b, ...changes });
        expect(JSON.stringify(copy)).toBe(JSON.stringify({ ...b, ...changes }));
        expect(Object.keys(copy).slice(0, BODY_KEYS.length)).toEqual(BODY_KEYS);
      }),
    );
  });

  it('keeps the body a body is within', () => {
    const inner = copyBody({ start: 0, end: 1, kind: 'other', base: 'A', level: 'unknown', place: null, needsScope: false, needsCommittee: false, parent: null }, {});
    expect(copyBody({ ...inner, within: inner }, { base: 'B' }).within).toBe(inner);
    expect('within' in copyBody(inner, {})).toBe(false);
  });
});

describe('copyPlace', () => {
  it('gives what a spread gives, optional fields present as undefined', () => {
    fc.assert(
      fc.property(place, fc.record({ end: fc.nat(), name: fc.string(), levelWord: fc.option(fc.string(), { nil: undefined }) }, { requiredKeys: [] }), (p, changes) => {
        const copy = copyPlace(p, changes);
        expect(copy).toEqual({ ...p, ...changes });
        expect(Object.keys(copy)).toEqual(['start', 'end', 'name', 'level', 'province', 'levelWord']);
      }),
    );
    expect(placeAfter(1, 5, 'Long An', 'province', undefined, 'tỉnh')).toEqual({ start: 1, end: 5, name: 'Long An', level: 'province', levelWord: 'tỉnh' });
  });
});
