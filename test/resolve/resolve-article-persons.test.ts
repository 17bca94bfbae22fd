import { describe, expect, it } from 'vitest';
import { extract, personsOf } from './extraction-views.js';

const persons = (raw: string): string[] => personsOf(extract(raw));

describe('extractArticle: persons without a title or cue', () => {
  it.each([
    ['Tại buổi làm việc, Trần Quang Vinh cho biết đơn vị đã hoàn thành kế hoạch.', ['Trần Quang Vinh']],
    ['Theo lời khai, Phạm Thị Ngọc Lan đã nhận tiền của nhiều người.', ['Phạm Thị Ngọc Lan']],
    ['Kỷ luật khiển trách các ông: Lương Văn Tâm (Phó Bí thư Đảng ủy, Phó Giám đốc Bệnh viện đa khoa huyện), Đỗ Minh Khoa (Đảng viên Chi bộ Phòng khám, Bệnh viện đa khoa huyện) và Hà Quốc Bảo.', ['Hà Quốc Bảo', 'Lương Văn Tâm', 'Đỗ Minh Khoa']],
    ['Chiều qua, ông Lý Văn Hội, Bí thư Huyện ủy Chư Sê, đã đến dự.', ['Lý Văn Hội']],
    // a score or a date before a name is no house number
    ['Kết quả: 1-0 Trần Thị Ngân (29’), 2-0 Lê Thị Hiên (57’).', ['Lê Thị Hiên', 'Trần Thị Ngân']],
    ['Sáng 12 Đỗ Văn Quyết đã đến trụ sở.', ['Đỗ Văn Quyết']],
    // a list item is the whole run of capitals: two names without their comma are neither
    ['Đội gồm Lê Minh Khoa, Trần Hải Yến Vũ Thanh Nhàn và Đỗ Văn Quyết.', ['Lê Minh Khoa', 'Đỗ Văn Quyết']],
    // a name after a one-word nickname of a city is no street
    ['Tiền vệ trẻ của đội bóng phố Núi, Châu Văn Khang bị phạm lỗi.', ['Châu Văn Khang']],
    // a caption that runs into the next sentence's time of day: the time is no part of the name
    ['Nguyên Bí thư Tỉnh ủy Hà Nam Lương Văn Tâm Chiều nay 25-5, Ban Bí thư đã họp.', ['Lương Văn Tâm']],
    // a caption that runs into the next sentence's opening function word: the word is no part of the name
    ['Ông Lương Văn Tâm Tại buổi làm việc, đoàn đã nghe báo cáo.', ['Lương Văn Tâm']],
    ['Bà Trần Thị Ngân Theo kế hoạch, đoàn sẽ đến thăm.', ['Trần Thị Ngân']],
    ['Tin tức\nHội nghị đã yêu cầu ông Đoàn Văn Khải nghiêm túc kiểm điểm, rút kinh nghiệm sâu sắc./. Minh Thư/VOV.VN Minh Thư/VOV.VN\n', ['Minh Thư', 'Đoàn Văn Khải']],
  ])('finds the person in %s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    ['Đoàn đã đến thăm Trường Tiểu học Lê Văn Tám của huyện.'],
    ['Sở Y tế Ninh Bình đã tiến hành xác minh.'],
    ['Khu di tích Kim Liên thu hút nhiều du khách.'],
    ['NGUYỄN VĂN AN PHÁT BIỂU TẠI HỘI NGHỊ'],
    // places opening with a province or a foreign country
    ['Tàu sẽ tham gia diễn tập ở Thái Bình Dương trong tháng tới.'],
    ['Một bãi biển ở Phuket, Thái Lan Du khách đã bị thương.'],
    // streets: a house number, a list opened by a street word, a numbered district after it
    ['Cơ sở mở tại 155 Trần Văn Khiêm (TP Quy Nhơn) từ năm ngoái.'],
    ['Khách sạn trên đường Hoàng Sa, Trường Sa, Lê Quang Thụy đều kín phòng.'],
    ['Nam thanh niên chặn xe ở ngã tư Phạm Hữu Lộc - Đỗ Minh Khang, thuộc quận Hà Đông.'],
    ['Anh ra phòng giao dịch ở Bùi Văn Tường, quận 12 để chuyển tiền.'],
    ['Kẹt xe ở vòng xoay Phan Hữu Định - Lê Văn Khoa hướng về cầu.'],
    // a name the article writes as a street elsewhere names the street wherever it stands alone
    ['Khách sạn trên đường Võ Quang Khải rất đông. Dọc Võ Quang Khải là bãi biển.'],
    ['Cổ phiếu CTCP Hoàng Minh Gia Lai tăng. Quốc Hòa và Hoàng Minh Gia Lai đều lỗ.'],
  ])('finds no person in %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('extractArticle: role-only mentions', () => {
  const mentionsOf = (raw: string, name: string): string[] =>
    extract(raw).entities.find((e) => e.type === 'Person' && e.name === name)?.mentions.map((m) => m.text) ?? [];

  it.each([
    // the title written next to the holder's name, repeated alone
    ['Bí thư Tỉnh ủy Long An Trần Văn Khiêm dự hội nghị. Tại hội nghị, đồng chí Bí thư Tỉnh ủy Long An đề nghị các cấp thực hiện tốt.', ['Trần Văn Khiêm', 'Bí thư Tỉnh ủy Long An']],
    // a title of the chain away from the name is not the one the name stands by
    ['Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Long An Trần Văn Khiêm dự hội nghị. Tại hội nghị, đồng chí Ủy viên Trung ương Đảng phát biểu.', ['Trần Văn Khiêm']],
    // a post given by a distant 'là' is no named post
    ['Vị khách đầu tiên Thủ tướng Trần Văn Khiêm tiếp là Phó Chủ tịch Công ty Kim Sơn. Ông tiếp Phó Chủ tịch Công ty Kim Sơn tại trụ sở.', ['Trần Văn Khiêm']],
    // a title with a name of its own before it
    ['Bí thư Tỉnh ủy Long An Trần Văn Khiêm dự. Theo Lê Hữu Phước - Bí thư Tỉnh ủy Long An nhiệm kỳ trước, kết quả tốt.', ['Trần Văn Khiêm']],
  ])('attaches role-only mentions in %s', (text, expected) => {
    expect(mentionsOf(text, 'Trần Văn Khiêm')).toEqual(expected);
  });
});

describe('extractArticle: credits', () => {
  it.each([
    ['Toàn cảnh hội nghị. Ảnh: Khải Tâm/TTXVN Dự hội nghị có nhiều đại biểu.', ['Khải Tâm']],
    ['Quang cảnh phiên khai mạc. (Ảnh: Thu Vân) Sau hai ngày làm việc, hội nghị bế mạc.', ['Thu Vân']],
    ['Lãnh đạo tỉnh dự lễ kỷ niệm. Ảnh: Hoàng Kha ...Lễ kỷ niệm diễn ra trang trọng.', ['Hoàng Kha']],
    ['Hội nghị đã thành công tốt đẹp.\nTin, ảnh: VŨ MINH KHUÊ\n', ['Vũ Minh Khuê']],
    // a caption running into a biography's field: "Sinh ngày" is no part of the name
    ['Ông Trần Văn Khiêm nhận quyết định. Ảnh: Hà Khánh Sinh ngày: 12/06/1953.', ['Hà Khánh', 'Trần Văn Khiêm']],
  ])('reads the credit in %s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    ['Đại biểu tham quan nhà máy. (Ảnh: Thanh Niên)'],
    ['Đại biểu tham quan nhà máy. (Ảnh: Getty Images)'],
    ['Đại biểu tham quan nhà máy. Ảnh: Báo Giao thông Cụ thể, năm nay tăng.'],
    ['Đại biểu tham quan nhà máy. (Ảnh: Chí Linh)'],
    ['Đại biểu tham quan nhà máy. Ảnh: Quang cảnh buổi lễ.'],
  ])('finds no person in the credit %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('extractArticle: pen names in credits', () => {
  it.each([
    ['Quang cảnh hội nghị. (Ảnh minh họa: Hoài Khanh/TTXVN) Sáng 24/6, hội nghị khai mạc.', ['Hoài Khanh']],
    ['Quang cảnh hội nghị. (Ảnh: Thành Khôi) Sáng 24/6, hội nghị khai mạc.', ['Thành Khôi']],
    ['Hội nghị đã thành công tốt đẹp.\nTin, ảnh: MÈ VĂN KHÔI\n', ['Mè Văn Khôi']],
    // an outlet in brackets after the credit's name
    ['Hội nghị đã thành công tốt đẹp. Tin, ảnh: Hoài Khanh (TTXVN)', ['Hoài Khanh']],
  ])('reads the credit in %s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    ['Quang cảnh hội nghị. (Ảnh: Internet Khải Tâm)'],
    ['Quang cảnh hội nghị. (Ảnh: Facebook Khải Tâm)'],
    ['Quang cảnh hội nghị. Ảnh: Khải Tâm Khải Tâm\n'],
  ])('finds no person in the credit %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('extractArticle: names after a title and after cues of respect', () => {
  it.each([
    ['Đoàn dâng hoa tại Khu tưởng niệm Chủ tịch Hồ Chí Minh ở thành phố Cà Mau.', ['Hồ Chí Minh']],
    ['Trong ảnh: Tổng Bí thư Quang Khải, Phó Thủ tướng Lê Văn Tích tại Việt Bắc.', ['Lê Văn Tích', 'Quang Khải']],
    ['Đoàn thăm cụ Nguyễn Thị Mịch (vợ liệt sĩ Phạm Văn Thiều) tại nhà riêng.', ['Nguyễn Thị Mịch', 'Phạm Văn Thiều']],
    // a pen name after a cue of respect, a title after its comma
    ['Thay mặt hội, đồng chí Hoài Khanh, Ủy viên Trung ương Đảng, phát biểu.', ['Hoài Khanh']],
  ])('finds the person in %s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    ['Doanh nghiệp ở Thành phố Hồ Chí Minh tăng mạnh.'],
    // a cue of respect before a place and a title is no pen name
    ['Theo ông Chí Linh, Giám đốc Sở cho biết.'],
    ['Thủ tướng Ba Lan đã đến thăm Hà Nội.'],
    ['Ông là Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Việt Nam (UBTƯ MTTQ).'],
  ])('finds no person in %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('extractArticle: two-word names in lists of names', () => {
  it.each([
    // a plural cue opens the list
    ['Các ông Lương Văn Khiêm, Đỗ Tài và Hà Minh Khoa bị khiển trách.', ['Hà Minh Khoa', 'Lương Văn Khiêm', 'Đỗ Tài']],
    ['Các đồng chí Hà Tuấn, Lương Văn Khiêm đã dự.', ['Hà Tuấn', 'Lương Văn Khiêm']],
    // two found names in a row make a list: a two-word name before or after them is a name too
    ['Những tên tuổi như: Phùng Khiêm, Lương Văn Khiêm, Đỗ Minh Tài, Hà Luân, Vũ Thế Khoa được nhắc đến.', ['Hà Luân', 'Lương Văn Khiêm', 'Phùng Khiêm', 'Vũ Thế Khoa', 'Đỗ Minh Tài']],
    // a long list grows to its end, one name a round
    ['Những tên tuổi như Lương Văn Khiêm, Đỗ Công Trứ, Phan Văn Tộ, Vũ Đình Trứ, Hà Thế Tộ, Lê Trường Tộ... ở đây.', ['Hà Thế Tộ', 'Lê Trường Tộ', 'Lương Văn Khiêm', 'Phan Văn Tộ', 'Vũ Đình Trứ', 'Đỗ Công Trứ']],
  ])('finds the persons in %s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    // one found name is no list; a street word opens a list of streets
    ['Ông Lương Văn Khiêm, Hà Luân đi cùng.', ['Lương Văn Khiêm']],
    ['Xe chạy qua đường Phùng Khiêm, Lương Văn Khiêm, Đỗ Minh Tài, Hà Luân rồi dừng lại.', []],
    ['Đoàn đến Thái Bình, Lương Văn Khiêm, Đỗ Minh Tài đón tiếp.', ['Lương Văn Khiêm', 'Đỗ Minh Tài']],
  ])('finds no more persons in %s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

// Invented sentences: "Ban" is a given name too, last in a name closed by punctuation.
describe('extractArticle: a name ending in "Ban"', () => {
  it.each([
    ['Sau đó, ông Hà Ban, Phó trưởng ban Tổ chức Trung ương, thông báo.', 'Hà Ban'],
    ['Ông Lê Văn Ban, Chủ tịch UBND xã, dự họp.', 'Lê Văn Ban'],
  ])('reads %s', (text, name) => {
    expect(personsOf(extract(text))).toContain(name);
  });

  it('reads no person in a body after a name', () => {
    expect(personsOf(extract('Ông Lê Văn Tám Ban Tổ chức Tỉnh ủy Nghệ An cho biết.'))).not.toContain('Lê Văn Tám Ban');
  });
});
