import { describe, expect, it } from 'vitest';
import { nationalMassOrganization } from '../../src/extract/national-mass-organizations.js';
import { bodiesOf, extract } from '../resolve/extraction-views.js';

// Invented sentences: a mass organization written bare is the national one when the article is about no province.
describe('nationalMassOrganization', () => {
  it.each([
    ['Hội Liên hiệp Phụ nữ', 'Hội Liên hiệp Phụ nữ Việt Nam'],
    ['Hội Nông dân', 'Hội Nông dân Việt Nam'],
    ['Ủy ban nhân dân', undefined],
  ])('names %s', (base, expected) => {
    expect(nationalMassOrganization(base)).toBe(expected);
  });

  it.each([
    ['Hội thảo bàn về vai trò của Hội Liên hiệp Phụ nữ, Ủy ban Dân tộc trong công tác cán bộ nữ.', 'Hội Liên hiệp Phụ nữ Việt Nam'],
    ['Tại Phú Yên, Hội Liên hiệp Phụ nữ tỉnh đã tổ chức hội nghị. Hội Liên hiệp Phụ nữ cũng trao quà.', 'Hội Liên hiệp Phụ nữ tỉnh Phú Yên'],
  ])('reads %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it('keeps a province\'s organization its own', () => {
    expect(bodiesOf(extract('Tại Phú Yên, Hội Liên hiệp Phụ nữ tỉnh đã tổ chức hội nghị. Hội Liên hiệp Phụ nữ cũng trao quà.'))).not.toContain('Hội Liên hiệp Phụ nữ Việt Nam');
  });
});
