import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BARE_SOURCE, bareCitations } from '../../src/extract/document-recognizer.js';

// bareCitations finds a type word only before digits; it must give exactly what a scan at every offset gives
const everyOffset = (text: string): string[] => [...text.matchAll(new RegExp(BARE_SOURCE, 'gu'))].map((m) => `${m.index}:${m[0]}`);
const fromDigits = (text: string): string[] => [...bareCitations(text)].map((m) => `${m.index}:${m[0]}`);

describe('bareCitations', () => {
  it.each([
    ['chỉ thị 05 của bộ chính trị', ['0:chỉ thị 05']],
    ['theo nghị quyết số 18 và 19 của trung ương, kế hoạch 12', ['5:nghị quyết số 18 và 19', '44:kế hoạch 12']],
    ['nghị quyết liên tịch 09/2017 và quyết định số05', ['0:nghị quyết liên tịch 09/2017', '32:quyết định số05']],
    ['năm 2017, 12 đại biểu; luật  3', ['23:luật  3']],
    ['quyết định 12-qđ/tw', []],
  ])('%s', (text, expected) => {
    expect(fromDigits(text)).toEqual(expected);
    expect(everyOffset(text)).toEqual(expected);
  });

  it('gives the matches a scan at every offset gives, on arbitrary mixes of type words, numbers and noise', () => {
    const piece = fc.constantFrom('chỉ thị', 'nghị quyết', 'nghị quyết liên tịch', 'luật', 'số', ' ', '  ', ',', 'và', '05', '2017', '/', '-', 'a', 'quyết định', '\n', 'kế hoạch');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        expect(fromDigits(text)).toEqual(everyOffset(text));
      }),
      { numRuns: 2000 },
    );
  });
});
