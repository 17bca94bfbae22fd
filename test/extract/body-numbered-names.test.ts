import { describe, expect, it } from 'vitest';
import { bodiesOf, extract } from '../resolve/extraction-views.js';

// Invented sentences: names numbered with "số N".
describe('numbered names', () => {
  it.each([
    ['Ông Lê Văn Tám, nguyên Giám đốc Trung tâm Giáo dục thường xuyên số 3 tỉnh Bắc Giang, được điều động.', 'Trung tâm Giáo dục thường xuyên số 3 tỉnh Bắc Giang'],
    ['Trường Tiểu học số 1 xã Gia Thanh đã khai giảng.', 'Trường Tiểu học số 1 xã Gia Thanh'],
    ['Phòng Công chứng số 4 thành phố Hà Nội đã tiếp nhận hồ sơ.', 'Phòng Công chứng số 4 thành phố Hà Nội'],
  ])('reads %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it('does not read "số" without a number into a name', () => {
    expect(bodiesOf(extract('Trung tâm Y tế số hóa hồ sơ bệnh án tại tỉnh Bắc Giang.')).filter((b) => b.includes('số'))).toEqual([]);
  });
});

describe('a province abbreviated at a name\'s end', () => {
  it.each([
    ['Ông Lê Văn Tám giảng dạy tại Trường ĐH Bách khoa TPHCM rồi trở thành Phó Bí thư.', 'Trường Đại học Bách khoa Thành phố Hồ Chí Minh'],
    ['Ông Lê Văn Tám trở lại công tác tại Viện Kinh tế TPHCM, trở thành Viện phó.', 'Viện Kinh tế Thành phố Hồ Chí Minh'],
  ])('reads %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it('keeps an abbreviation that names no province', () => {
    expect(bodiesOf(extract('Ông Lê Văn Tám công tác tại Tập đoàn Điện lực EVN, sau đó nghỉ hưu.'))).not.toContain('Tập đoàn Điện lực');
  });
});
