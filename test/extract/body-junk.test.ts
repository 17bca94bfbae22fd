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
