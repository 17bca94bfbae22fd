import { describe, expect, it } from 'vitest';
import { bodiesOf, extract } from '../resolve/extraction-views.js';

// Invented sentences; each table row is one pattern of scoping a body from its article.
describe('body scope from the article', () => {
  it.each([
    // a board written without its committee takes the committee the article names with its place
    ['Huyện ủy Krông Pa họp. Ông Lê Văn Tám, Trưởng ban Tổ chức, bị kỷ luật.', 'Ban Tổ chức Huyện ủy Krông Pa'],
    // a district body written with its level word only, in an article about one district
    ['Quận ủy Ngũ Hành Sơn công bố quyết định. Ông Lê Văn Tám được chỉ định vào Ban Chấp hành Đảng bộ quận.', 'Ban Chấp hành Đảng bộ quận Ngũ Hành Sơn'],
    ['Huyện ủy Krông Pa họp. Ban Thường vụ Huyện ủy đã thống nhất.', 'Ban Thường vụ Huyện ủy Krông Pa'],
    // bodies listed before one that names its province are that province's
    ['Tại Hà Nội, đoàn cán bộ Thành ủy, HĐND, Ủy ban MTTQ TP Hồ Chí Minh đã đến thăm.', 'Thành ủy Thành phố Hồ Chí Minh'],
    ['Đoàn Hà Nội làm việc với lãnh đạo Tỉnh ủy, UBND Phú Yên về nhà ở.', 'Tỉnh ủy Phú Yên'],
    // "Thành ủy" in the article of a province (not a city) is a provincial city's committee
    ['Lâm Đồng: lãnh đạo TP. Đà Lạt cho biết Ủy ban Kiểm tra Thành ủy sẽ xác minh.', 'Ủy ban Kiểm tra Thành ủy Đà Lạt'],
    // a numbered ward is told apart by its district
    ['Tại thành phố Sóc Trăng, Đảng ủy Phường 3 đã họp.', 'Đảng ủy Phường 3 thành phố Sóc Trăng'],
    // the National Assembly delegation is a province's
    ['Tỉnh Long An: ông Lê Văn Tám, Trưởng Đoàn đại biểu Quốc hội, phát biểu.', 'Đoàn đại biểu Quốc hội tỉnh Long An'],
    ['Ông Lê Văn Tám, Phó Trưởng đoàn Đại biểu Quốc hội khóa XIV đơn vị tỉnh Bến Tre, phát biểu.', 'Đoàn đại biểu Quốc hội tỉnh Bến Tre'],
    // a short form names the body the article writes in full
    ['Ông Lê Văn Tám, Trưởng phòng Kế toán Sở Y tế tỉnh Gia Lai, cho biết Phòng Kế toán đã rà soát.', 'Phòng Kế toán Sở Y tế tỉnh Gia Lai'],
    ['Bộ Tư pháp tổ chức hội nghị; Đảng ủy Bộ đã ban hành kế hoạch.', 'Đảng ủy Bộ Tư pháp'],
  ])('scopes %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it.each([
    ['Huyện ủy Krông Pa họp. Ông Lê Văn Tám, Trưởng ban Tổ chức, bị kỷ luật.', 'Ban Tổ chức Huyện ủy Gia Lai'],
    ['Tại thành phố Sóc Trăng, Đảng ủy Phường 3 đã họp.', 'Đảng ủy Phường 3'],
  ])('does not give a district body the province: %s', (text, wrong) => {
    expect(bodiesOf(extract(text))).not.toContain(wrong);
  });

  it('keeps "Thành ủy" the city-province\'s own in the article of a city-province', () => {
    expect(bodiesOf(extract('Đà Nẵng: Ban Thường vụ Thành ủy Đà Nẵng họp. Ủy ban Kiểm tra Thành ủy đã kết luận.'))).toContain('Ủy ban Kiểm tra Thành ủy Đà Nẵng');
  });

  it('gives a Party cell of a department the department\'s Party organization', () => {
    const ex = extract('Đảng ủy Sở Tài chính tỉnh Kon Tum kỷ luật ông Lê Văn Tám, Bí thư Chi bộ 2, Trưởng phòng Ngân sách.');
    expect(bodiesOf(ex)).toContain('Chi bộ 2 Đảng bộ Sở Tài chính tỉnh Kon Tum');
  });
});

describe('listedProvinces', () => {
  it.each([
    ['Lãnh đạo UBND tỉnh Quảng Trị, Khánh Hòa, Tỉnh ủy Kon Tum vừa bổ nhiệm cán bộ.', ['Ủy ban nhân dân tỉnh Khánh Hòa', 'Ủy ban nhân dân tỉnh Quảng Trị']],
    ['Đoàn kiểm tra làm việc với Ban Thường vụ Tỉnh ủy Nam Định, Quảng Nam và Ban cán sự đảng Bộ Y tế.', ['Ban Thường vụ Tỉnh ủy Nam Định', 'Ban Thường vụ Tỉnh ủy Quảng Nam']],
    ['Đoàn làm việc với các Sở Tư pháp Hà Tĩnh, Thanh Hóa và Nghệ An.', ['Sở Tư pháp tỉnh Hà Tĩnh', 'Sở Tư pháp tỉnh Nghệ An', 'Sở Tư pháp tỉnh Thanh Hóa']],
  ])('gives each listed province its body: %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toEqual(expect.arrayContaining(expected));
  });

  it('does not read a person after the list as a province', () => {
    expect(bodiesOf(extract('Sở Tư pháp tỉnh Hà Tĩnh, Lê Văn Tám cho biết.'))).toEqual(['Sở Tư pháp tỉnh Hà Tĩnh']);
  });

  it('does not copy a body for a province that begins a longer name', () => {
    expect(bodiesOf(extract('UBND tỉnh Quảng Trị, Long An Group đã ký kết.'))).toEqual(['Ủy ban nhân dân tỉnh Quảng Trị']);
  });
});

describe('numbered wards', () => {
  it('does not repeat the type word of a numbered district', () => {
    expect(bodiesOf(extract('Tại Quận 5, TP.HCM, Đảng bộ Phường 12 đã họp.'))).toContain('Đảng bộ Phường 12 Quận 5');
  });
});

describe('provinceNear', () => {
  it.each([
    // a province named in the paragraph's lead wins over the article's
    ['Bắc Ninh tổ chức hội nghị về an ninh.\nTại Cao Bằng, Công an tỉnh đã bắt giữ 3 đối tượng.', 'Công an tỉnh Cao Bằng'],
    // a province named earlier in the body's sentence
    ['Bắc Ninh họp.\nChủ tịch UBND tỉnh Bình Thuận yêu cầu Công an tỉnh xử lý nghiêm.', 'Công an tỉnh Bình Thuận'],
    // of the type the name says: no city-province for "UBND tỉnh"
    ['Tỉnh Nghệ An họp. Giám đốc Sở Y tế tỉnh Nghệ An phát biểu.\nTại buổi làm việc với TP Hà Nội, UBND tỉnh cho biết.', 'Ủy ban nhân dân tỉnh Nghệ An'],
  ])('scopes %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it('keeps the article\'s province when the sentence names none', () => {
    const ex = extract('Tỉnh Bắc Ninh họp. Giám đốc Sở Y tế tỉnh Bắc Ninh phát biểu.\nTại Cao Bằng, mưa lớn.\nCông an tỉnh đã vào cuộc.');
    expect(bodiesOf(ex)).toContain('Công an tỉnh Bắc Ninh');
  });
});

describe('a city named like its province', () => {
  it.each([
    // "thành phố X" where X's province is a "tỉnh": the city, not the province
    ['Ông Lê Văn Tám, Chỉ huy trưởng Ban Chỉ huy quân sự TP Huế, được điều động.', 'Ban Chỉ huy Quân sự thành phố Huế'],
    ['UBND thành phố Thanh Hóa họp.', 'Ủy ban nhân dân thành phố Thanh Hóa'],
    // a city-province stays the province
    ['UBND thành phố Cần Thơ họp.', 'Ủy ban nhân dân thành phố Cần Thơ'],
  ])('reads %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it('places the city in its province', () => {
    const ex = extract('Ông Lê Văn Tám, Trưởng Công an TP Huế, cho biết.');
    const city = ex.entities.find((e) => e.type === 'Place' && e.name === 'Huế');
    expect(city?.props).toEqual({ level: 'district', province: 'Thừa Thiên Huế' });
    expect(bodiesOf(ex)).toContain('Công an thành phố Huế');
  });
});

describe('a kind of body named in general', () => {
  it.each([
    ['Tỉnh Nghệ An họp. Trên 98% ủy viên Ban Thường vụ các Tỉnh ủy, Thành ủy trong quy hoạch.', 'Tỉnh ủy Nghệ An'],
    ['Tỉnh Nghệ An họp. Đối với các địa phương mà UBND tỉnh, thành phố chưa ban hành quyết định.', 'Ủy ban nhân dân tỉnh Nghệ An'],
    ['Hà Nội họp. Ý kiến cử tri được phản ánh qua các Đoàn ĐBQH và hệ thống MTTQ.', 'Đoàn đại biểu Quốc hội thành phố Hà Nội'],
  ])('reads no body from %s', (text, wrong) => {
    expect(bodiesOf(extract(text))).not.toContain(wrong);
  });

  it('keeps a body whose level word is followed by its place', () => {
    expect(bodiesOf(extract('Tỉnh Nghệ An họp. UBND tỉnh, Sở Y tế tỉnh Nghệ An đã báo cáo.'))).toContain('Ủy ban nhân dân tỉnh Nghệ An');
  });
});

describe('citizens\' reception boards', () => {
  it('gives a citizens\' reception board written alone the province of its article', () => {
    expect(bodiesOf(extract('Tỉnh Bình Định họp. Phó chánh Văn phòng UBND tỉnh Bình Định phụ trách Ban Tiếp công dân là ông Lê Văn Tám.'))).toContain('Ban Tiếp công dân tỉnh Bình Định');
  });

  it('keeps the central board central', () => {
    expect(bodiesOf(extract('Tỉnh Bình Định họp. Ban Tiếp công dân Trung ương đã tiếp công dân.'))).toContain('Ban Tiếp công dân Trung ương');
  });
});

describe('a province\'s Party organization', () => {
  it('reads "Đảng bộ tỉnh" in the article of a province as that province\'s', () => {
    expect(bodiesOf(extract('Tỉnh Bình Thuận họp. Chủ tịch UBND tỉnh Bình Thuận phát biểu. Cần chuẩn bị cán bộ cho Đảng bộ tỉnh khóa XIV sắp tới.'))).toContain('Đảng bộ tỉnh Bình Thuận');
  });

  it.each([
    // the membership in general
    ['Tỉnh Bình Thuận họp. Chủ tịch UBND tỉnh Bình Thuận phát biểu. Toàn Đảng bộ tỉnh quyết tâm thực hiện.', 'Đảng bộ tỉnh Bình Thuận'],
    // a city-province has no "tỉnh"
    ['Hà Nội họp. Chủ tịch UBND TP Hà Nội phát biểu. Năm 1940, Xứ ủy ra quyết định thành lập Đảng bộ tỉnh Sơn Tây.', 'Đảng bộ tỉnh Hà Nội'],
  ])('reads no province\'s Party organization from %s', (text, wrong) => {
    expect(bodiesOf(extract(text))).not.toContain(wrong);
  });
});
