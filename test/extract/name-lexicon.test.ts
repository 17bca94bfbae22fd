import { describe, expect, it } from 'vitest';
import { getNameLexicon } from '../../src/extract/name-lexicon.js';

const lex = getNameLexicon();

describe('getNameLexicon', () => {
  it.each(['Nguyễn', 'nguyễn', 'NGUYỄN', 'Huỳnh', 'Võ', 'Ksor', 'Điểu', 'Thạch', 'Nông', 'Lò', 'Rơ Mah', 'Âu Dương', 'Doãn', 'Bế'])(
    'knows %j as a surname',
    (s) => {
      expect(lex.isSurname(s)).toBe(true);
    },
  );

  it.each(['Văn hóa', 'Buøi', 'Ñinh', 'Hùynh', 'Le', 'Tỉnh', ''])('does not take %j for a surname', (s) => {
    expect(lex.isSurname(s)).toBe(false);
  });

  it('gives the reference share of the population where known, else the sample share', () => {
    expect(lex.surnameShare('Nguyễn')).toBeCloseTo(0.384, 6);
    expect(lex.surnameShare('Huỳnh')).toBeCloseTo(0.051, 6);
    expect(lex.surname('Huỳnh')?.referenceShareWith).toEqual(['Hoàng']);
    expect(lex.surnameShare('Trương')).toBeGreaterThan(0.01);
    expect(lex.surnameShare('Ksor')).toBe(0);
  });

  it('knows middle syllables and given names in either tone style', () => {
    expect(lex.isMiddle('Văn')).toBe(true);
    expect(lex.isMiddle('Thị')).toBe(true);
    expect(lex.middleCount('Văn')).toBeGreaterThan(500);
    expect(lex.isGiven('Anh')).toBe(true);
    expect(lex.isGiven('Hoà')).toBe(lex.isGiven('Hòa'));
    expect(lex.isGiven('Thuỷ')).toBe(true);
    expect(lex.givenCount('Huy')).toBeGreaterThan(100);
    expect(lex.isGiven('Hitachi')).toBe(false);
  });

  it('lists multi-syllable surnames', () => {
    expect(lex.multiSyllableSurnames).toContain('Rơ Mah');
    expect(lex.multiSyllableSurnames.every((s) => s.includes(' '))).toBe(true);
  });
});
