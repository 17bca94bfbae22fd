import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, normalizeKey, normalizeText, normalizeTonePlacement, toRawSpan } from '../../src/normalize/index.js';
import { needsNormalizing } from '../../src/normalize/normalize-text.js';

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

describe('needsNormalizing', () => {
  const NEEDS_WORK = /[\u0300-\u036f\u200b-\u200d\u2060\ufeff\u00ad\r\u00a0\t\u2000-\u200a\u202f\u205f\u3000\f\v]/;
  const reference = (raw: string): boolean => NEEDS_WORK.test(raw) || raw.normalize('NFC') !== raw;

  it('agrees with a pattern test and an NFC pass for every single code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (needsNormalizing(ch) !== reference(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with them on mixed texts (marks after letters, singletons, Hangul, astral characters)', () => {
    const pieces = fc.constantFrom('a', 'hoà', 'Thủy', 'Ω', '\u2126', 'Å', 'A\u030a', '\u1100\u1161', '가', '\u0301', '“', '–', '…', '₫', '№', '😀', '\u00a0', '\r\n', 'ﬁ', '\u0958', 'e\u0323\u0302');
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string(), fc.string({ unit: 'binary' })), { maxLength: 12 }), (parts) => {
      const raw = parts.join('');
      expect(needsNormalizing(raw)).toBe(reference(raw));
    }));
  });
});
