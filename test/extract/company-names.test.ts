import { describe, expect, it } from 'vitest';
import { bodiesOf, extract } from '../resolve/extraction-views.js';

// Invented sentences: a company's trade name after its legal form (src/extract/generic-body-parser.ts).
describe('company names after a legal form', () => {
  it.each([
    // a trade name that reads like a person's name or a place's is the company's
    ['Ông Lê Văn Tám, Giám đốc Công ty TNHH Minh Hòa, cho biết.', 'Công ty TNHH Minh Hòa'],
    ['Ông Lê Văn Tám, Giám đốc Công ty TNHH Đức Thành Phát cho biết.', 'Công ty TNHH Đức Thành Phát'],
    // the legal form written in words, in lower case
    ['Ông Lê Văn Tám, Giám đốc Công ty cổ phần Hưng Phú cho biết.', 'Công ty cổ phần Hưng Phú'],
    ['Ông Lê Văn Tám, Giám đốc Công ty TNHH Một thành viên Cơ khí Hòa Bình nói.', 'Công ty TNHH Một thành viên Cơ khí Hòa Bình'],
    // a person named right after the company ends its name: three syllables tried before four
    ['Giám đốc Công ty TNHH Thái Hoàng Nguyễn Văn Tám cho biết.', 'Công ty TNHH Thái Hoàng'],
    ['Phó Giám đốc Công ty TNHH Sao Mai Lê Thị Thu Hằng cho biết.', 'Công ty TNHH Sao Mai'],
    // a name ending on capitalized syllables is whole before the sentence's verb
    ['Công ty Cổ phần Dệt Hòa Phong đóng cửa nhà máy.', 'Công ty Cổ phần Dệt Hòa Phong'],
    // a province at the end stays the company's place
    ['Số tiền do Công ty TNHH Gang Thép Hưng Phát Hà Tĩnh bồi thường để hỗ trợ.', 'Công ty TNHH Gang Thép Hưng Phát Hà Tĩnh'],
  ])('reads %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it.each([
    ['Giám đốc Công ty TNHH Thái Hoàng Nguyễn Văn Tám cho biết.', 'Nguyễn Văn Tám'],
    ['Phó Giám đốc Công ty TNHH Sao Mai Lê Thị Thu Hằng cho biết.', 'Thu Hằng'],
  ])('leaves the person out of %s', (text, person) => {
    expect(bodiesOf(extract(text)).filter((b) => b.includes(person))).toEqual([]);
  });
});
