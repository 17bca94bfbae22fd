import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../src/core/index.js';
import { articleId, extractArticle } from '../../src/pipeline/index.js';

function extract(raw: string): ArticleExtraction {
  return extractArticle({ id: articleId(raw), source: 'test.txt', raw });
}

function positions(ex: ArticleExtraction): string[] {
  const names = new Map(ex.entities.map((e) => [e.id, e.name]));
  return ex.relations
    .filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${names.get(r.source)} | ${String(r.props['title'])} | ${names.get(r.target)}`)
    .sort();
}

describe('extractArticle: title chains', () => {
  it.each([
    [
      'Đồng chí Trần Văn Minh, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nghệ An dự hội nghị.',
      ['Trần Văn Minh | Bí thư | Tỉnh ủy Nghệ An', 'Trần Văn Minh | Chủ tịch | Hội đồng nhân dân tỉnh Nghệ An', 'Trần Văn Minh | Ủy viên | Ban Chấp hành Trung ương Đảng'],
    ],
    [
      'Phát biểu của Bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh Cà Mau - Lê Hoàng Sơn tại buổi lễ.',
      ['Lê Hoàng Sơn | Bí thư | Tỉnh ủy Cà Mau', 'Lê Hoàng Sơn | Chủ tịch | Hội đồng nhân dân tỉnh Cà Mau'],
    ],
    ['Hội nghị do Trưởng Ban Tổ chức Tỉnh ủy Bắc Giang Đỗ Thị Hạnh chủ trì.', ['Đỗ Thị Hạnh | Trưởng Ban | Ban Tổ chức Tỉnh ủy Bắc Giang']],
    ['Cùng dự có ông Hoàng Minh Tuấn, Phó Chủ tịch UBND tỉnh Thái Bình.', ['Hoàng Minh Tuấn | Phó Chủ tịch | Ủy ban nhân dân tỉnh Thái Bình']],
    ['Ông Vũ Quang Hải, nguyên Phó Bí thư Thường trực Tỉnh ủy Hà Giang, đã nghỉ hưu.', ['Vũ Quang Hải | Phó Bí thư Thường trực | Tỉnh ủy Hà Giang']],
  ])('reads %s', (text, expected) => {
    expect(positions(extract(text))).toEqual(expected);
  });

  it('marks "nguyên" titles as former', () => {
    const ex = extract('Ông Vũ Quang Hải, nguyên Phó Bí thư Thường trực Tỉnh ủy Hà Giang, đã nghỉ hưu.');
    expect(ex.relations.find((r) => r.type === 'HOLDS_POSITION')?.props['former']).toBe(true);
  });

  it('keeps a body unscoped when nothing says which province', () => {
    const ex = extract('Đồng chí Trưởng Ban Tổ chức Tỉnh ủy phát biểu tại hội nghị.');
    const org = ex.entities.find((e) => e.type === 'Organization');
    expect(org?.name).toBe('Ban Tổ chức Tỉnh ủy');
    expect(org?.props['province']).toBeUndefined();
  });

  it('keeps homonyms in different provinces apart', () => {
    const a = extract('Đồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy Quảng Nam phát biểu.');
    const b = extract('Đồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy Sóc Trăng phát biểu.');
    const pa = a.entities.find((e) => e.type === 'Person')!;
    const pb = b.entities.find((e) => e.type === 'Person')!;
    expect(pa.name).toBe(pb.name);
    expect(pa.id).not.toBe(pb.id);
  });
});

describe('extractArticle: documents', () => {
  it.each([
    ['Thực hiện Nghị quyết số 19-NQ-TW của Trung ương.', '19-NQ/TW'],
    ['Quán triệt Chỉ thị 35- CT/TW của Bộ Chính trị.', '35-CT/TW'],
    ['Theo Chỉ thị số 36 - CT/TW về đại hội.', '36-CT/TW'],
    ['Thực hiện Quy định 205-QĐ/TW về kiểm soát quyền lực.', '205-QĐ/TW'],
    ['Học tập Chỉ thị 05 của Bộ Chính trị về tư tưởng.', '05-CT/TW'],
    ['Theo Nghị định số 108/2014/NĐ-CP của Chính phủ.', '108/2014/NĐ-CP'],
  ])('finds the code in %s', (text, code) => {
    const ex = extract(text);
    expect(ex.entities.filter((e) => e.type === 'Document').map((e) => e.props['code'])).toContain(code);
  });

  it('tells the same code apart by issue year', () => {
    const a = extract('Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị về đại hội.');
    const b = extract('Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội.');
    const da = a.entities.find((e) => e.type === 'Document')!;
    const db = b.entities.find((e) => e.type === 'Document')!;
    expect(da.id).not.toBe(db.id);
    expect(da.props['date']).toBe('2019-05-30');
  });
});

describe('extractArticle: invariants', () => {
  it('never throws on arbitrary Unicode, and every span reproduces its mention text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const ex = extract(raw);
        for (const e of ex.entities)
          for (const m of e.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(raw.length);
            expect(raw.slice(m.start, m.end)).toBe(m.text);
          }
        for (const r of ex.relations) for (const s of r.evidence) expect(s.end).toBeLessThanOrEqual(raw.length);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps spans exact on Vietnamese-like text with odd spacing and marks', () => {
    const pieces = ['Bí thư Tỉnh uỷ', ' ', 'Nguyễn Văn A', ', ', 'Chủ tịch HĐND tỉnh Long An', '\u200b', '\r\n', 'Nghị quyết 22-NQ/TW', 'ngày 2/2/2008', 'Hoà', 'Nguye\u0302\u0303n', '\u00a0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const raw = parts.join('');
        const ex = extract(raw);
        for (const e of ex.entities) for (const m of e.mentions) expect(raw.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 300 },
    );
  });
});
