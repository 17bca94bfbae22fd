import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, normalizeKey, normalizeText, normalizeTonePlacement, toRawSpan } from '../../src/normalize/index.js';

describe('normalizeTonePlacement', () => {
  it.each([
    ['Hoà Bình', 'Hòa Bình'],
    ['Tỉnh uỷ', 'Tỉnh ủy'],
    ['thuý', 'thúy'],
    ['khoẻ', 'khỏe'],
    ['HOÀ', 'HÒA'],
    ['quý', 'quý'],
    ['hoàng', 'hoàng'],
    ['Quỳnh', 'Quỳnh'],
    ['Thuỵ', 'Thụy'],
  ])('rewrites %s as %s', (input, expected) => {
    expect(normalizeTonePlacement(input)).toBe(expected);
  });
});

describe('normalizeText', () => {
  it('composes NFD, drops zero-width characters and CR, and maps spans back to the raw text', () => {
    const raw = 'Nguye\u0302\u0303n\u200b Va\u0306n Hoà\r\n';
    const n = normalizeText(raw);
    expect(n.text).toBe('Nguyễn Văn Hòa\n');
    const at = n.text.indexOf('Văn');
    const span = toRawSpan(n, at, at + 3);
    expect(raw.slice(span.start, span.end).normalize('NFC')).toBe('Văn');
  });

  it('is idempotent on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const once = normalizeText(s).text;
        expect(normalizeText(once).text).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('maps every normalized span inside the raw text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalizeText(s);
        const x = n.text.length ? a % (n.text.length + 1) : 0;
        const y = n.text.length ? b % (n.text.length + 1) : 0;
        const span = toRawSpan(n, Math.min(x, y), Math.max(x, y));
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(s.length);
        expect(span.start).toBeLessThanOrEqual(span.end);
      }),
      { numRuns: 500 },
    );
  });
});

describe('normalizeKey and foldForSearch', () => {
  it('gives old and new tone placement, NFC and NFD, the same key', () => {
    expect(normalizeKey('Phạm Tấn Hoà')).toBe(normalizeKey('Phạm Tấn Hòa'.normalize('NFD')));
  });
  it('folds diacritics and case for search', () => {
    expect(foldForSearch('Nguyễn Văn Được')).toBe('nguyen van duoc');
  });
});
