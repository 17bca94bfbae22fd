import { describe, expect, it } from 'vitest';
import { findAbbreviationDefinitions } from '../../src/extract/abbreviation-definitions.js';

describe('findAbbreviationDefinitions', () => {
  it.each([
    ['xây dựng tổ chức cơ sở đảng (TCCSĐ) vững mạnh', 'TCCSĐ', 'tổ chức cơ sở đảng'],
    ['thành lập Ban Chỉ đạo phòng, chống tham nhũng (BCĐ) của tỉnh', 'BCĐ', 'Ban Chỉ đạo phòng, chống tham nhũng'],
    ['kỳ họp Hội đồng nhân dân (HĐND) tỉnh', 'HĐND', 'Hội đồng nhân dân'],
  ])('reads the definition in %s', (text, abbreviation, expansion) => {
    const defs = findAbbreviationDefinitions(text);
    expect(defs).toHaveLength(1);
    expect(defs[0]).toMatchObject({ abbreviation, expansion });
    expect(text.slice(defs[0]!.start, defs[0]!.end)).toBe(expansion);
  });

  it('ignores parentheses whose letters do not spell the words before', () => {
    expect(findAbbreviationDefinitions('giá trị sản xuất (GDP) tăng và (ABC) giảm')).toEqual([]);
  });
});
