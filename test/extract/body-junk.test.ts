import { describe, expect, it } from 'vitest';
import { bodiesOf, extract } from '../resolve/extraction-views.js';

// Invented sentences: names that must not run into the sentence around them.
describe('body names end where the name ends', () => {
  it.each([
    // a full stop after a level word ends the sentence: the next sentence's first word is no commune
    ['Ông Lê Văn Tám làm Trưởng công an xã. Ngoài ra, ông Lê Văn Tư làm Phó chủ tịch UBND xã.', 'xã Ngoài'],
    ['Bà Lê Thị Na là Chánh văn phòng Đảng ủy xã. Ông Hà Văn Tư làm Chủ tịch xã.', 'xã Ông'],
    ['Sự việc đã được báo cáo UBND huyện. Đối với các hộ dân, UBND xã sẽ xử lý.', 'huyện Đối'],
    // a person's name after a commune's is not part of it
    ['Bí thư Đảng ủy phường Mỹ Lộc Trần Thị Hoa phát biểu.', 'Mỹ Lộc Trần'],
    ['Chủ tịch UBND xã Tân Phú Nguyễn Văn Tám cho biết.', 'Tân Phú Nguyễn'],
    // a person's name where a district's should be
    ['Ông Đặng Văn Hòa, Chủ tịch UBND huyện Lê Văn Tám, cho biết.', 'huyện Lê Văn Tám'],
  ])('does not read a body out of %s', (text, wrong) => {
    expect(bodiesOf(extract(text)).filter((b) => b.includes(wrong))).toEqual([]);
  });

  it.each([
    ['Bí thư Đảng ủy phường Mỹ Lộc Trần Thị Hoa phát biểu tại tỉnh Nam Định.', 'Đảng ủy phường Mỹ Lộc'],
    ['Chủ tịch UBND xã Tân Phú Nguyễn Văn Tám cho biết.', 'Ủy ban nhân dân xã Tân Phú'],
    ['UBND TP. Vinh đã họp.', 'Ủy ban nhân dân thành phố Vinh'],
  ])('keeps the commune of %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });
});

describe('numbered districts', () => {
  it.each([
    // the district's type word is in its name
    ['Tại Quận 9, TP HCM, ông Lê Văn Tám, Chủ tịch UBND quận, cho biết.', 'Ủy ban nhân dân Quận 9', 'quận Quận 9'],
    ['Quận ủy Quận 4 họp. Phó chủ tịch quận 4 cho biết quận sẽ mở đường.', 'Quận ủy Quận 4', 'quận Quận 4'],
  ])('reads %s', (text, expected, wrong) => {
    const bodies = bodiesOf(extract(text));
    expect(bodies).toContain(expected);
    expect(bodies.filter((b) => b.includes(wrong))).toEqual([]);
  });

  it('does not scope a rural district\'s body to a numbered urban district', () => {
    const bodies = bodiesOf(extract('Ông Lê Văn Tám ở Quận 1. Chủ tịch UBND huyện đã ký quyết định.'));
    expect(bodies.filter((b) => b.includes('huyện Quận'))).toEqual([]);
  });
});

describe('names that run into the sentence', () => {
  it.each([
    // a verb after the name starts the predicate
    ['Viện Nghiên cứu Biển Việt Nam chia sẻ kinh nghiệm.', 'Viện Nghiên cứu Biển Việt Nam'],
    ['Sở Xây dựng Hà Nội đề nghị UBND huyện Gia Lâm xử lý.', 'Sở Xây dựng thành phố Hà Nội'],
    ['Ngân hàng Nhà nước Việt Nam sớm báo cáo Thủ tướng Chính phủ.', 'Ngân hàng Nhà nước Việt Nam'],
    ['Tại Đà Nẵng, Hội Chữ thập đỏ TP tặng 50 vé xe cho sinh viên.', 'Hội Chữ thập đỏ thành phố Đà Nẵng'],
    // lower-case words after a place or a person's full name are the sentence's
    ['Theo Ủy ban An toàn giao thông Quốc gia Lê Văn Tám sốt ruột vì tiến độ.', 'Ủy ban An toàn giao thông Quốc gia'],
    ['Công ty Cơ khí Hà Nam mở bán cổ phiếu.', 'Công ty Cơ khí Hà Nam'],
    // a capitalized "Ông" opens a person's name
    ['Văn phòng Bộ VHTTDL Ông Lê Văn Tám cho biết.', 'Văn phòng Bộ VHTTDL'],
    // an abbreviated level word without its full stop
    ['Công an TX Ninh Hòa điều tra vụ việc.', 'Công an thị xã Ninh Hòa'],
  ])('reads %s', (text, expected) => {
    const bodies = bodiesOf(extract(text));
    expect(bodies).toContain(expected);
    expect(bodies.filter((b) => b.startsWith(`${expected} `) && !/ (?:tỉnh|thành phố|huyện|thị xã) /u.test(b.slice(expected.length)))).toEqual([]);
  });

  it.each([
    // a head word that begins a person's or a place's name
    ['Đồng chí Trường Chinh đọc báo cáo chính trị.', 'Trường Chinh'],
    ['Tổng Bí thư Trường Chinh - Tổng Bí thư của Đảng, phát biểu.', 'Trường Chinh'],
    ['Đoàn khách thăm phố cổ Hội An và Mỹ Sơn.', 'Hội An'],
    ['Đội tuyển Tây Ban Nha giành chiến thắng.', 'Ban Nha'],
    ['Khu vực Bắc Bộ Nhiều mây, có mưa.', 'Bộ Nhiều'],
    ['Hàng hóa từ Đài Loan nhập về.', 'Đài Loan'],
    ['Chủ tịch Hội đồng Nhà nước Trường Chinh ký lệnh.', 'Trường Chinh'],
  ])('does not read a body out of %s', (text, wrong) => {
    expect(bodiesOf(extract(text)).filter((b) => b.includes(wrong))).toEqual([]);
  });

  it.each([
    ['Ông Lê Văn Tám, Hiệu trưởng Trường Chính trị Trường Chinh, phát biểu.', 'Trường Chính trị Trường Chinh'],
    ['Ông Lê Văn Tám, Giám đốc Tập đoàn Trường Hải, cho biết.', 'Tập đoàn Trường Hải'],
    ['Bác sĩ Lê Văn Tám, Trưởng Khoa Tai - Mũi - Họng, cho biết.', 'Khoa Tai - Mũi - Họng'],
    ['Ông Lê Văn Tám, Giám đốc Công ty Bia - Rượu - Nước giải khát Hà Nội cho biết.', 'Công ty Bia - Rượu - Nước giải khát Hà Nội'],
    ['Ông Lê Văn Tám, Trưởng ban Ban Quản lý Khu Di tích Đền Hùng, cho biết.', 'Ban Quản lý Khu Di tích Đền Hùng'],
    ['Ông Lê Văn Tám, Chủ tịch Hội đồng Nhà nước, ký lệnh.', 'Hội đồng Nhà nước'],
    ['Ông Lê Văn Tám, Trưởng phòng Phòng Tổ chức cán bộ, cho biết.', 'Phòng Tổ chức cán bộ'],
  ])('keeps %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });
});

describe('misspelled heads', () => {
  it('reads "Ban Thưởng vụ" as the standing committee', () => {
    expect(bodiesOf(extract('Ban Thưởng vụ Huyện ủy Chư Sê đã họp.'))).toContain('Ban Thường vụ Huyện ủy Chư Sê');
  });
});
