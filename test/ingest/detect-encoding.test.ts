import { describe, expect, it } from 'vitest';
import { detectBinary, guessLegacyEncoding } from '../../src/ingest/index.js';

/** Builds bytes from text where `{xx}` is a hex byte: the legacy encodings below are written byte by byte. */
const bytes = (s: string): Uint8Array => Buffer.from(s.split(/(\{[0-9a-f]{2}\})/i).flatMap((p) => (/^\{..\}$/.test(p) ? [parseInt(p.slice(1, 3), 16)] : [...Buffer.from(p, 'latin1')])));

// "Đảng Cộng sản Việt Nam lãnh đạo Nhà nước, Hà Nội tổ chức hội nghị" in each encoding.
const SAMPLES = {
  TCVN3: '{a7}{b6}ng C{e9}ng s{b6}n Vi{d6}t Nam l{b7}nh {ae}{b9}o Nh{b5} n{ad}{ee}c, H{b5} N{e9}i t{e6} ch{f8}c h{e9}i ngh{de}',
  VNI: '{d1}a{fb}ng Co{e4}ng sa{fb}n Vie{e4}t Nam la{f5}nh {f1}a{ef}o Nha{f8} n{f6}{f4}{f9}c, Ha{f8} No{e4}i to{e5} ch{f6}{f9}c ho{e4}i ngh{f2}',
  'Windows-1258': '{d0}a{d2}ng C{f4}{f2}ng sa{d2}n Vi{ea}{f2}t Nam la{de}nh {f0}a{f2}o Nha{cc} n{fd}{f5}{ec}c, Ha{cc} N{f4}{f2}i t{f4}{d2} ch{fd}{ec}c h{f4}{f2}i nghi{f2}',
} as const;

describe('guessLegacyEncoding', () => {
  it.each(Object.entries(SAMPLES))('names %s from a sentence in it', (name, sample) => {
    expect(guessLegacyEncoding(bytes(sample))).toBe(name);
  });

  it('names nothing in plain ASCII or in Latin-1 prose without Vietnamese patterns', () => {
    expect(guessLegacyEncoding(bytes('plain ascii text'))).toBeNull();
    expect(guessLegacyEncoding(bytes('Gr{fc}{df}e aus M{fc}nchen, 5{b0}C'))).toBeNull();
  });
});

describe('detectBinary', () => {
  it.each([
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'a PDF document'],
    [[0x1f, 0x8b, 0x08, 0x00], 'a gzip archive'],
    [[0x41, 0x00, 0x42], 'binary data (it holds NUL bytes)'],
    [[1, 2, 3, 4, 5, 6, 0x41], 'binary data (many control characters)'],
  ])('recognizes %j as %s', (b, name) => {
    expect(detectBinary(Uint8Array.from(b))).toBe(name);
  });

  it('takes text with tabs, CRLF and form feeds for text', () => {
    expect(detectBinary(Buffer.from('a\tb\r\nc\fd Việt Nam'))).toBeNull();
  });
});
