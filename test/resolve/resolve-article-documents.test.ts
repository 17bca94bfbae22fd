import { describe, expect, it } from 'vitest';
import { extract } from './extraction-views.js';

function documents(raw: string): Array<[string, unknown]> {
  return extract(raw).entities.filter((e) => e.type === 'Document').map((e) => [e.name, e.props['issuer']]);
}

describe('extractArticle: documents named by issuer and subject', () => {
  it.each([
    [
      'Tỉnh ủy Hòa Bình họp. Có 12 cá nhân vi phạm Quy định của Ban Thường vụ Tỉnh ủy về trách nhiệm người đứng đầu; các cá nhân đã kiểm điểm.',
      'Quy định của Ban Thường vụ Tỉnh ủy Hòa Bình về trách nhiệm người đứng đầu',
    ],
    [
      'Tỉnh ủy Hòa Bình họp. Các ngành triển khai Nghị quyết của Tỉnh ủy về phát triển du lịch giai đoạn 2016 - 2020. Hội nghị kết thúc.',
      'Nghị quyết của Tỉnh ủy Hòa Bình về phát triển du lịch giai đoạn 2016 - 2020',
    ],
  ])('names the paper in %s', (raw, name) => {
    expect(documents(raw).map(([n]) => n)).toContain(name);
  });

  it('reads the government as the issuer of a resolution cited by number', () => {
    expect(documents('Doanh nghiệp hưởng lợi từ Nghị quyết 41 của Chính phủ về hỗ trợ doanh nghiệp.')).toEqual([['Nghị quyết 41/NQ-CP', 'Chính phủ']]);
  });
});
