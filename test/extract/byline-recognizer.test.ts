import { describe, expect, it } from 'vitest';
import { findByline } from '../../src/extract/byline-recognizer.js';

const body = 'Hội nghị đã thống nhất các nội dung quan trọng về công tác tổ chức, cán bộ trong thời gian tới của tỉnh nhà';

describe('findByline', () => {
  it.each([
    [`${body}./. Khải Tâm/VOV miền Trung \n`, ['Khải Tâm']],
    [`${body}./. PV Khải Tâm/VOV miền Trung\n`, ['Khải Tâm']],
    [`${body}. Khải Tâm/KD&PL \n`, ['Khải Tâm']],
    [`${body}... Khải Tâm - \n`, ['Khải Tâm']],
    [`${body}. NT Vũ Khải Tâm - \n`, ['Vũ Khải Tâm']],
    [`${body}./. Huỳnh Phong – Hùng Anh\n`, ['Huỳnh Phong', 'Hùng Anh']],
  ])('reads the byline at the end of %s', (text, expected) => {
    const b = findByline(text);
    expect(b?.names.map((n) => n.name)).toEqual(expected);
    for (const n of b!.names) expect(text.slice(n.start, n.end)).toBe(n.name);
  });

  it.each([[`${body}. Theo Khải Tâm/VOV\n`], [`${body}. Ảnh: Khải Tâm\n`]])('reads no byline in %s', (text) => {
    expect(findByline(text)?.names ?? []).toEqual([]);
  });
});
