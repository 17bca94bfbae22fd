import { describe, expect, it } from 'vitest';
import { bodiesOf, extract } from '../resolve/extraction-views.js';

// Invented sentences: named organizations outside the lexicon (src/extract/generic-body-parser.ts).
describe('parseGenericBody', () => {
  it.each([
    // an abbreviated level word ends the name and starts its place
    ['Giám đốc Trung tâm Văn hóa Thể thao TP. Buôn Ma Thuột đã ký.', 'Trung tâm Văn hóa Thể thao thành phố Buôn Ma Thuột'],
    ['Ông Lê Văn Tám, Giám đốc Trung tâm bồi dưỡng chính trị TP. Tam Kỳ, bị khiển trách.', 'Trung tâm bồi dưỡng chính trị thành phố Tam Kỳ'],
    // a province's newspaper is named by the province alone
    ['Báo Phú Yên đăng bài phát biểu của ông Lê Văn Tám.', 'Báo Phú Yên'],
    // a cooperative, written in full or abbreviated
    ['Dự án được giao cho Hợp tác xã Bình Minh, nhưng chưa thông qua.', 'Hợp tác xã Bình Minh'],
    ['Ông Lê Văn Tám, Giám đốc HTX Bình Minh, cho biết.', 'Hợp tác xã Bình Minh'],
    // "Trưởng phòng Sở X": the department is the body named
    ['Ông Lê Văn Tám, nguyên Trưởng phòng Sở Xây dựng Phú Yên, bị kỷ luật.', 'Sở Xây dựng tỉnh Phú Yên'],
    // a sentence opener after a caption is not part of the name
    ['Ảnh: Báo Tin tức Cụ thể, ông Lê Văn Tám đã vi phạm.', 'Báo Tin tức'],
    // abbreviations inside a unit's name
    ['Ông Lê Văn Tám, Trưởng phòng TCCB Sở Y tế tỉnh Phú Yên, dự họp.', 'Phòng Tổ chức cán bộ Sở Y tế tỉnh Phú Yên'],
  ])('reads %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it.each([
    ['Quê hương của Nguyễn Trường Tộ, Phan Bội Châu được giới thiệu.', 'Trường'],
    ['Luật Phòng, chống tham nhũng (PCTN) được sửa đổi.', 'Phòng'],
    ['Ảnh: Báo Tin tức Cụ thể, ông Lê Văn Tám đã vi phạm.', 'Cụ thể'],
    ['Phó Trưởng Ban Quản lý Khu Công nghệ cao TP. Các cán bộ nhận quyết định nghỉ hưu.', 'Ban Quản lý Khu Công nghệ cao thành phố Các'],
  ])('does not read a body in %s', (text, word) => {
    expect(bodiesOf(extract(text)).filter((b) => b.startsWith(word) || b.includes(word === 'Cụ thể' ? word : ` ${word} `) || b === word)).toEqual([]);
  });
});

// Invented sentences: a name followed by the sentence's verb (src/extract/generic-body-parser.ts).
describe('a named body before its verb', () => {
  it.each([
    ['Hội Nhà báo Việt Nam chủ trì cuộc thi.', 'Hội Nhà báo Việt Nam'],
    ['Trung tâm Khuyến nông Hòa Bình phối hợp với các xã.', 'Trung tâm Khuyến nông Hòa Bình'],
    ['Cục Báo chí cho biết sẽ xử lý.', 'Cục Báo chí'],
    ['Ông Lê Văn Tám, Tổng Giám đốc Đài Tiếng nói Việt Nam, dự họp.', 'Đài Tiếng nói Việt Nam'],
    ['Báo Nhân Dân và Đài truyền hình Việt Nam đưa tin.', 'Đài Truyền hình Việt Nam'],
  ])('reads %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });
});

// Invented sentences: a university's school is a "Trường Đại học"; a degree is no body.
describe('universities', () => {
  it.each([
    ['Ông Lê Văn Tám công tác tại Đại học Bách khoa TP.HCM.', 'Trường Đại học Bách khoa Thành phố Hồ Chí Minh'],
    ['Ông Lê Văn Tám học tại Đại học Kinh tế quốc dân.', 'Trường Đại học Kinh tế quốc dân'],
    ['Đại học Quốc Gia Hà Nội tuyển sinh.', 'Đại học Quốc gia Hà Nội'],
    ['Ông Lê Văn Tám giảng dạy tại Đại học Huế.', 'Đại học Huế'],
  ])('reads %s', (text, expected) => {
    expect(bodiesOf(extract(text)).map((b) => b.replace('Quốc Gia', 'Quốc gia'))).toContain(expected);
  });

  it('reads no body in a degree', () => {
    expect(bodiesOf(extract('Ông Lê Văn Tám được cấp bằng Đại học Luật năm 2000.'))).toEqual([]);
  });
});

// Invented sentences: a school's grade in its name, and a school written with "trường" in lower case.
describe('schools', () => {
  it.each([
    ['Trường Trung cấp Y tế Nghệ An tuyển sinh.', 'Trường Trung cấp Y tế Nghệ An'],
    ['Ông hứa cho con em họ vào học trường Trung cấp PCCC và làm cán bộ.', 'Trường Trung cấp Phòng cháy chữa cháy'],
    ['Em Lan học trường THPT Phan Bội Châu, tỉnh Nghệ An.', 'Trường Trung học phổ thông Phan Bội Châu'],
    ['Em Lan học trường Cao đẳng Y tế Hưng Yên.', 'Trường Cao đẳng Y tế Hưng Yên'],
  ])('reads %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it.each([
    'Bảo vệ môi trường Việt Nam là nhiệm vụ của mọi người.',
    'Em Lan học trường THPT chuyên của tỉnh.',
    'Các em học trường tiểu học gần nhà.',
    'Em Lan học trường THCS N. ở huyện.',
  ])('reads no school in %s', (text) => {
    expect(bodiesOf(extract(text)).filter((b) => b.startsWith('Trường'))).toEqual([]);
  });
});
