import { describe, expect, it } from 'vitest';
import { bodiesOf, extract } from '../resolve/extraction-views.js';

// Invented sentences: central bodies as the gold names them.
describe('central bodies of the Youth Union and the Front', () => {
  it.each([
    // "Trung ương Đoàn" is the Youth Union's central organization; its executive is written as such
    ['Ông Lê Văn Tám, Bí thư Trung ương Đoàn TNCS Hồ Chí Minh, phát biểu.', 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
    ['Ông Lê Văn Tám, Bí thư thứ nhất Trung ương Đoàn, phát biểu.', 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
    ['Hội nghị Ban Chấp hành Trung ương Đoàn lần thứ 5 khai mạc.', 'Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
    ['Ông Lê Văn Tám, Ủy viên BCH Trung ương Đoàn, phát biểu.', 'Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
    // the Front's Party group is named after the Front, however its committee is written
    ['Ông Lê Văn Tám, Phó Bí thư Đảng đoàn MTTQ Việt Nam, phát biểu.', 'Đảng đoàn Mặt trận Tổ quốc Việt Nam'],
    ['Ông Lê Văn Tám, Ủy viên Đảng đoàn, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, phát biểu.', 'Đảng đoàn Mặt trận Tổ quốc Việt Nam'],
  ])('reads %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it('keeps a province\'s Front Party group its own', () => {
    expect(bodiesOf(extract('Ông Lê Văn Tám, Bí thư Đảng đoàn MTTQ tỉnh Nghệ An, phát biểu.'))).not.toContain('Đảng đoàn Mặt trận Tổ quốc Việt Nam');
  });
});

// Invented sentences: "T.Ư" written for "Trung ương" in central bodies' names.
describe('central bodies written with "T.Ư"', () => {
  it.each([
    ['Ông Lê Văn Tám, Chủ tịch Ủy ban T.Ư MTTQ Việt Nam, dự họp.', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'],
    ['Ông Lê Văn Tám, Phó Chủ tịch UB T.Ư MTTQ, dự họp.', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'],
    ['Ông Lê Văn Tám, Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy Nghệ An, dự họp.', 'Ban Chấp hành Trung ương Đảng'],
  ])('reads %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it('reads no body cut at the dot', () => {
    expect(bodiesOf(extract('Ông Lê Văn Tám, Chủ tịch Ủy ban T.Ư MTTQ Việt Nam, dự họp.'))).not.toContain('Ủy ban T');
  });
});

// Invented sentences: the Party's military commission and the army's central bodies.
describe('central military bodies', () => {
  it.each([
    ['Thượng tướng Lê Văn Tám, Ủy viên Ban Thường vụ Quân ủy Trung ương, dự họp tại tỉnh Nghệ An.', 'Ban Thường vụ Quân ủy Trung ương'],
    ['Đại tướng Lê Văn Tám, Ủy viên Quân ủy Trung ương, phát biểu.', 'Quân ủy Trung ương'],
    ['Ông Lê Văn Tám, Chủ nhiệm Tổng Cục Chính trị Quân đội nhân dân Việt Nam, phát biểu.', 'Tổng cục Chính trị Quân đội nhân dân Việt Nam'],
    ['Ông Lê Văn Tám, Phó Chủ nhiệm Tổng cục Chính trị QĐND Việt Nam, phát biểu.', 'Tổng cục Chính trị Quân đội nhân dân Việt Nam'],
  ])('reads %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it('scopes no central standing committee to the province of the text', () => {
    expect(bodiesOf(extract('Thượng tướng Lê Văn Tám, Ủy viên Ban Thường vụ Quân ủy Trung ương, làm việc với Tỉnh ủy Nghệ An.'))).not.toContain('Ban Thường vụ Tỉnh ủy Nghệ An');
  });
});

// Invented sentences: "Trung ương" alone names the Central Committee only with its term.
describe('the Central Committee named by "Trung ương" and its term', () => {
  it('reads the Central Committee of a term', () => {
    expect(bodiesOf(extract('Tỉnh ủy triển khai các Nghị quyết, kết luận Hội nghị của Trung ương khóa XIII về công tác tổ chức.'))).toContain('Ban Chấp hành Trung ương Đảng');
  });

  it.each([
    'Tỉnh ủy thực hiện yêu cầu lãnh đạo của Trung ương, bảo đảm sự kế thừa.',
    'Tỉnh ủy quán triệt Nghị quyết Trung ương 4 (khóa XII) tới cán bộ.',
  ])('reads no body in %s', (text) => {
    expect(bodiesOf(extract(text))).not.toContain('Ban Chấp hành Trung ương Đảng');
  });
});

// Invented sentences: the national news agency by its abbreviation, but not in a credit line.
describe('the news agency written "TTXVN"', () => {
  it('reads the agency named in the story', () => {
    expect(bodiesOf(extract('Ông Lê Văn Tám đã thăm các phóng viên TTXVN tại Hà Nội.'))).toContain('Thông tấn xã Việt Nam');
  });
  it.each([
    ['Quang cảnh hội nghị. Ảnh: Văn Tám/TTXVN. Hội nghị đã bàn nhiều việc.'],
    ['Hội nghị đã bàn nhiều việc khác. (TTXVN)'],
    ['TTXVN/Hà Nội - Hội nghị đã bàn nhiều việc khác.'],
    ['Quang cảnh hội nghị. Ảnh: Văn Tám - TTXVN Hội nghị đã bàn nhiều việc.'],
    ['Quang cảnh hội nghị. Ảnh minh họa: TTXVN Hội nghị đã bàn nhiều việc.'],
  ])('reads no agency in the credit of %s', (text) => {
    expect(bodiesOf(extract(text))).not.toContain('Thông tấn xã Việt Nam');
  });
});
