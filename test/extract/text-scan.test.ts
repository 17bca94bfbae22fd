import { describe, expect, it } from 'vitest';
import { isUpper, isUpperCode, isWordChar, isWordCode } from '../../src/extract/text-scan.js';

describe('character classes', () => {
  const LETTER = /[\p{L}\p{M}\p{N}]/u;
  const UPPER = /\p{Lu}/u;

  it('read every code unit as the Unicode classes say (surrogates are neither for the code-unit versions)', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const surrogate = c >= 0xd800 && c <= 0xdfff;
      if (isWordChar(ch) !== LETTER.test(ch)) wrong.push(`isWordChar ${c.toString(16)}`);
      if (isUpper(ch) !== UPPER.test(ch)) wrong.push(`isUpper ${c.toString(16)}`);
      if (isWordCode(c) !== (!surrogate && c < 0xd800 && LETTER.test(ch))) wrong.push(`isWordCode ${c.toString(16)}`);
      if (isUpperCode(c) !== (!surrogate && UPPER.test(ch))) wrong.push(`isUpperCode ${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['Đ', true, true],
    ['ư', true, false],
    ['Ử', true, true],
    ['\u0301', true, false],
    ['“', false, false],
    ['–', false, false],
    ['7', true, false],
  ])('%j: word %s, upper %s', (ch, word, upper) => {
    expect(isWordChar(ch)).toBe(word);
    expect(isUpper(ch)).toBe(upper);
    expect(isWordCode(ch.charCodeAt(0))).toBe(word);
    expect(isUpperCode(ch.charCodeAt(0))).toBe(upper);
  });

  it('takes a whole astral character and nothing for undefined or NaN', () => {
    expect(isWordChar('𝐀')).toBe(true);
    expect(isUpper('𝐀')).toBe(true);
    expect(isWordChar(undefined)).toBe(false);
    expect(isUpper(undefined)).toBe(false);
    expect(isWordCode(Number.NaN)).toBe(false);
    expect(isUpperCode(Number.NaN)).toBe(false);
  });
});
