import { describe, expect, it } from 'vitest';
import { aheadOf } from '../../src/resolve/event-dates.js';

describe('aheadOf', () => {
  it.each([
    ['Sáng 13/5, Bí thư tiếp xúc cử tri hai quận trước kỳ họp thứ 3 của Quốc hội.', 'kỳ họp', true],
    ['Ngày 8/2, Ban Tuyên giáo họp chuẩn bị cho Lễ kỷ niệm 110 năm ngày sinh.', 'Lễ kỷ niệm', true],
    ['Ngày 8/2, tỉnh rà soát công tác phục vụ Đại hội Đoàn toàn quốc.', 'Đại hội', true],
    ['Sáng 30/6, Thường trực HĐND thành phố họp báo giới thiệu về kỳ họp thứ 4.', 'kỳ họp', true],
    ['Nhiều chuyên đề sẽ được HĐND thành phố quyết nghị tại kỳ họp thứ 4', 'kỳ họp', true],
    ['Thủ tướng sẽ dự Hội nghị Thượng đỉnh của nhóm', 'Hội nghị', true],
    ['Chiều 3/7, các đại biểu đã thảo luận tại kỳ họp thứ 4.', 'kỳ họp', false],
    ['Sáng 22/5, kỳ họp thứ 3 của Quốc hội khai mạc tại Hà Nội.', 'kỳ họp', false],
    ['Sáng 3/4, Tỉnh ủy tổ chức Hội nghị sơ kết quý I.', 'Hội nghị', false],
    // the letters of "trước" ending another word are no look-ahead
    ['Ngày 4/4, đoàn đến tỉnh Phước Hội nghị sự.', 'Hội nghị', false],
  ])('in %s the %s is ahead: %s', (text, name, ahead) => {
    expect(aheadOf(text, text.indexOf(name))).toBe(ahead);
  });
});
