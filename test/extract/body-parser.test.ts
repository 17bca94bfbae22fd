import { describe, expect, it } from 'vitest';
import { bodiesOf, extract } from '../resolve/extraction-views.js';

// Invented sentences: the lexicon bodies of src/extract/body-parser.ts, read in context.
describe('parseBody', () => {
  it.each([
    // a mass organization or the Front with "Việt Nam" and no place is the national one
    ['Ông Lê Văn Tám, Chủ tịch Hội Nông dân Việt Nam, phát biểu.', 'Hội Nông dân Việt Nam'],
    ['Đại diện Liên minh HTX Việt Nam đã dự.', 'Liên minh Hợp tác xã Việt Nam'],
    ['Ông Lê Văn Tám, Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam, phát biểu.', 'Hội Liên hiệp Phụ nữ Việt Nam'],
    ['Đảng đoàn Mặt trận Tổ quốc Việt Nam đã họp, Mặt trận Tổ quốc Việt Nam ra thông báo.', 'Mặt trận Tổ quốc Việt Nam'],
    // the executive committee of a mass organization
    ['Tỉnh Phú Yên: BCH Liên minh hợp tác xã tỉnh đã bầu ông Lê Văn Tám.', 'Ban Chấp hành Liên minh Hợp tác xã tỉnh Phú Yên'],
    ['Ban Chấp hành Hội Nông dân huyện Krông Pa đã họp.', 'Ban Chấp hành Hội Nông dân huyện Krông Pa'],
    // the Youth Union's secretariat is not the Party's
    ['Ban Bí thư Trung ương Đoàn đã họp phiên thường kỳ.', 'Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
    // a ministry's name with a dash for its "và", however spaced
    ['Ban cán sự đảng Bộ Khoa học- Công nghệ đã họp.', 'Ban cán sự đảng Bộ Khoa học và Công nghệ'],
    ['Sở Tài nguyên - Môi trường tỉnh Phú Yên đã họp.', 'Sở Tài nguyên và Môi trường tỉnh Phú Yên'],
    ['Bộ Lao động-Thương binh và Xã hội công bố.', 'Bộ Lao động - Thương binh và Xã hội'],
    // a standing committee's Party committee written in lower case
    ['Quyết định sẽ được Ban Thường vụ huyện ủy Krông Pa công bố.', 'Ban Thường vụ Huyện ủy Krông Pa'],
    ['Ban Thường vụ tỉnh ủy Phú Yên đã họp.', 'Ban Thường vụ Tỉnh ủy Phú Yên'],
  ])('reads %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it.each([
    ['Ông Lê Văn Tám, Chủ tịch Hội Nông dân Việt Nam, phát biểu.', 'Hội Nông dân'],
    ['Ban Bí thư Trung ương Đoàn đã họp phiên thường kỳ.', 'Ban Bí thư Trung ương Đảng'],
  ])('does not read %s as %s', (text, wrong) => {
    expect(bodiesOf(extract(text))).not.toContain(wrong);
  });

  it('keeps the Front committee of a province a province\'s', () => {
    expect(bodiesOf(extract('Ủy ban MTTQ Việt Nam tỉnh Phú Yên đã họp.'))).toContain('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Yên');
  });
});
