import { describe, expect, it } from 'vitest';
import { bodiesOf, extract, positionsOf } from './extraction-views.js';

describe('extractArticle: named bodies', () => {
  it.each([
    // abbreviations inside a name are spelled out
    ['Ông Lê Văn Tùng, Hiệu trưởng Trường THPT Phan Bội Châu, phát biểu.', 'Lê Văn Tùng | Hiệu trưởng | Trường Trung học phổ thông Phan Bội Châu'],
    ['Ông Trịnh Văn Quế, Giám đốc BV Đa khoa huyện Yên Thành, cho biết.', 'Trịnh Văn Quế | Giám đốc | Bệnh viện Đa khoa huyện Yên Thành'],
    // a body written in lower case after a title is read from the lexicon
    ['Tỉnh Nghệ An vừa bổ nhiệm ông Hồ Văn Lợi, Giám đốc sở Tư pháp tỉnh Nghệ An.', 'Hồ Văn Lợi | Giám đốc | Sở Tư pháp tỉnh Nghệ An'],
    // a defined abbreviation between the name and its place
    ['Ông Đào Văn Khải, Phó Giám đốc Bệnh viện Đa khoa (BVĐK) huyện Yên Thành, bị kỷ luật.', 'Đào Văn Khải | Phó Giám đốc | Bệnh viện Đa khoa huyện Yên Thành'],
  ])('reads %s', (text, expected) => {
    expect(positionsOf(extract(text))).toContain(expected);
  });

  it.each([
    ['Sáng 3/7, tại tỉnh Nghệ An, ông Lê Văn Tùng, Giám đốc Sở Tư pháp tỉnh, phát biểu.', 'Sở Tư pháp tỉnh Nghệ An'],
    ['Tỉnh Nghệ An: ông Lê Văn Tùng, Trưởng Ban Quản lý Rừng phòng hộ tỉnh, phát biểu.', 'Ban Quản lý Rừng phòng hộ tỉnh Nghệ An'],
    ['Tại huyện Yên Thành, ông Trịnh Văn Quế, Giám đốc Bệnh viện Đa khoa huyện, phát biểu.', 'Bệnh viện Đa khoa huyện Yên Thành'],
  ])('scopes a name that ends on a level word: %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it.each([
    // the Party organization of a body takes that body's full name
    ['Ông Lê Văn Tùng, Bí thư Đảng ủy Sở Tài nguyên và Môi trường tỉnh Nghệ An, phát biểu.', 'Lê Văn Tùng | Bí thư | Đảng ủy Sở Tài nguyên và Môi trường tỉnh Nghệ An'],
    ['Ông Phùng Văn Lực, Bí thư Chi bộ Trạm Y tế xã Diễn Hoa, bị kỷ luật.', 'Phùng Văn Lực | Bí thư | Chi bộ Trạm Y tế xã Diễn Hoa'],
    // lower-case words that could be verbs are part of a name that its place closes
    ['Ông Hồ Văn Lợi giữ chức Giám đốc Văn phòng Đăng ký đất đai tỉnh Nghệ An.', 'Hồ Văn Lợi | Giám đốc | Văn phòng Đăng ký đất đai tỉnh Nghệ An'],
  ])('reads the body of %s', (text, expected) => {
    expect(positionsOf(extract(text))).toContain(expected);
  });

  it('does not read a verb after a name as part of it when no place closes it', () => {
    const ex = extract('Ông Hồ Văn Lợi, Giám đốc Trung tâm Văn hóa ký kết hợp đồng với đối tác.');
    expect(bodiesOf(ex).some((b) => b.includes('ký'))).toBe(false);
  });

  it.each([
    // the standard offices of a district, however the dash is written, and by abbreviation
    ['Ông Vũ Văn Lâm, nguyên Trưởng phòng Tài chính - kế hoạch quận Hải An, bị khiển trách.', 'Vũ Văn Lâm | Trưởng Phòng | Phòng Tài chính - Kế hoạch quận Hải An'],
    ['Tại huyện Yên Thành, bà Lê Thị Hoa được bổ nhiệm giữ chức Phó trưởng phòng KTHT.', 'Lê Thị Hoa | Phó Trưởng Phòng | Phòng Kinh tế và Hạ tầng huyện Yên Thành'],
    // "và" between two capitalized parts of one name
    ['Bà Lê Thị Hoa, Phó Giám đốc Trung tâm Dạy nghề và Giáo dục thường xuyên huyện Yên Thành, phát biểu.', 'Lê Thị Hoa | Phó Giám đốc | Trung tâm Dạy nghề và Giáo dục thường xuyên huyện Yên Thành'],
  ])('reads the office in %s', (text, expected) => {
    expect(positionsOf(extract(text))).toContain(expected);
  });

  it('gives a post to a person named again by the given name alone', () => {
    const ex = extract('Bà Lê Thị Hoa tốt nghiệp đại học năm 2005. Năm 2010, bà Hoa nhận chức Phó Giám đốc Sở Tư pháp tỉnh Nghệ An.');
    expect(positionsOf(ex)).toContain('Lê Thị Hoa | Phó Giám đốc | Sở Tư pháp tỉnh Nghệ An');
  });

  it('does not give a post by given name when two persons share it', () => {
    const ex = extract('Bà Lê Thị Hoa và bà Trần Thị Hoa dự họp. Năm 2010, bà Hoa nhận chức Phó Giám đốc Sở Tư pháp tỉnh Nghệ An.');
    expect(positionsOf(ex)).toEqual([]);
  });

  it.each([
    ['Phó Viện trưởng VKSNDTC Trần Văn Hậu dự lễ.', 'Trần Văn Hậu | Phó Viện trưởng | Viện kiểm sát nhân dân tối cao'],
    ['Ông Đỗ Văn Tâm, Phó Chánh án TANDTC, phát biểu.', 'Đỗ Văn Tâm | Phó Chánh án | Tòa án nhân dân tối cao'],
    ['Phó Viện trưởng Viện KSNDTC Trần Văn Hậu dự lễ.', 'Trần Văn Hậu | Phó Viện trưởng | Viện kiểm sát nhân dân tối cao'],
    ['Ông Đỗ Văn Tâm, Viện trưởng Viện KSND Quảng Trị, phát biểu.', 'Đỗ Văn Tâm | Viện trưởng | Viện kiểm sát nhân dân tỉnh Quảng Trị'],
  ])('reads the abbreviated national body in %s', (text, expected) => {
    expect(positionsOf(extract(text))).toContain(expected);
  });

  it('does not give the post to the one who hands over the decision', () => {
    const ex = extract('Hôm nay, Phó Giám đốc Sở Nội vụ tỉnh Nghệ An Trần Văn Hậu đã trao quyết định bổ nhiệm kế toán Lò Văn Pằng giữ chức Giám đốc Trung tâm Văn hóa tỉnh Nghệ An.');
    expect(positionsOf(ex).filter((p) => p.startsWith('Trần Văn Hậu'))).toEqual(['Trần Văn Hậu | Phó Giám đốc | Sở Nội vụ tỉnh Nghệ An']);
  });

  it.each([
    ['Ông Lò Văn Pằng, Thủ trưởng Cơ quan điều tra Công an huyện Yên Thành, cho biết.', 'Lò Văn Pằng | Thủ trưởng | Cơ quan điều tra Công an huyện Yên Thành'],
    ['Ông Lò Văn Pằng, Phó Thủ trưởng Cơ quan CSĐT Công an tỉnh Nghệ An, cho biết.', 'Lò Văn Pằng | Phó Thủ trưởng | Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An'],
  ])('reads the investigation agency in %s', (text, expected) => {
    expect(positionsOf(extract(text))).toContain(expected);
  });

  it('gives the head of a mission to the one who leads it ("do đồng chí X … làm Trưởng đoàn")', () => {
    const ex = extract('Ngày 5/7, Đoàn kiểm tra của Bộ Chính trị do đồng chí Lương Văn Thịnh, Ủy viên Bộ Chính trị, làm Trưởng đoàn đã làm việc với tỉnh.');
    expect(positionsOf(ex)).toContain('Lương Văn Thịnh | Trưởng đoàn | Đoàn kiểm tra của Bộ Chính trị');
    expect(positionsOf(ex).filter((p) => p.includes('Trưởng đoàn'))).toHaveLength(1);
    // the mission's sender is a body of its own
    expect(bodiesOf(ex)).toEqual(expect.arrayContaining(['Bộ Chính trị', 'Đoàn kiểm tra của Bộ Chính trị']));
  });

  it('scopes an institution by the like one the same person holds in the sentence', () => {
    const ex = extract('Bổ nhiệm ông Lò Văn Pằng, nguyên Giám đốc Trung tâm Công tác xã hội, giữ chức Giám đốc Trung tâm Điều dưỡng Thương binh tỉnh Nghệ An.');
    expect(positionsOf(ex)).toContain('Lò Văn Pằng | Giám đốc | Trung tâm Công tác xã hội tỉnh Nghệ An');
  });

  it('puts units named alone into the department the paragraph is about', () => {
    const ex = extract('Đảng ủy Sở Xây dựng tỉnh Nghệ An đã cách chức Bí thư Chi bộ 3 đối với ông Lò Văn Pằng, Trưởng phòng Quản lý nhà.');
    expect(positionsOf(ex)).toEqual(expect.arrayContaining([
      // a Party cell belongs to the department's Party organization
      'Lò Văn Pằng | Bí thư | Chi bộ 3 Đảng bộ Sở Xây dựng tỉnh Nghệ An',
      'Lò Văn Pằng | Trưởng Phòng | Phòng Quản lý nhà Sở Xây dựng tỉnh Nghệ An',
    ]));
  });

  it('reads a head written twice ("Trưởng phòng Phòng …") once', () => {
    const ex = extract('Ông Lò Văn Pằng, Phó Trưởng phòng Phòng Khoáng sản Sở Tài nguyên và Môi trường tỉnh Nghệ An, bị khiển trách.');
    expect(positionsOf(ex)).toContain('Lò Văn Pằng | Phó Trưởng Phòng | Phòng Khoáng sản Sở Tài nguyên và Môi trường tỉnh Nghệ An');
  });

  it('gives a title to the person named after "đối với" ("cách chức … đối với ông X")', () => {
    const ex = extract('Đảng ủy Sở Xây dựng tỉnh Nghệ An quyết định cách chức Phó Bí thư Chi bộ 3 Sở Xây dựng đối với ông Lò Văn Pằng.');
    expect(positionsOf(ex)).toEqual(['Lò Văn Pằng | Phó Bí thư | Chi bộ 3 Sở Xây dựng tỉnh Nghệ An']);
  });

  it('names the executive of a district committee with its own level word', () => {
    const ex = extract('Ban Thường vụ Thành ủy Hà Nội chỉ định ông Lò Văn Pằng tham gia Ban Chấp hành, Ban Thường vụ, giữ chức Phó Bí thư Quận ủy Hoàn Kiếm.');
    expect(positionsOf(ex)).toContain('Lò Văn Pằng | Ủy viên | Ban Chấp hành Đảng bộ quận Hoàn Kiếm');
  });
});
