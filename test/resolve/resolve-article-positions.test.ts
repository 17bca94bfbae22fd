import { describe, expect, it } from 'vitest';
import { bodiesOf, extract, positionsOf } from './extraction-views.js';

const positions = (raw: string): string[] => positionsOf(extract(raw));

describe('extractArticle: members and lower-case bodies in title chains', () => {
  it.each([
    [
      'Kỷ luật cảnh cáo đối với ông Lò Văn Tiến, Đảng ủy viên, Phó Giám đốc Sở Xây dựng tỉnh Sơn La.',
      ['Lò Văn Tiến | Phó Giám đốc | Sở Xây dựng tỉnh Sơn La', 'Lò Văn Tiến | Ủy viên | Đảng ủy Sở Xây dựng tỉnh Sơn La'],
    ],
    [
      'Kỷ luật đối với ông Hà Minh Đức, Đảng ủy viên, Trưởng phòng Tổ chức cán bộ Tòa án nhân dân tỉnh Yên Bái.',
      ['Hà Minh Đức | Trưởng Phòng | Phòng Tổ chức cán bộ Tòa án nhân dân tỉnh Yên Bái', 'Hà Minh Đức | Ủy viên | Đảng ủy Tòa án nhân dân tỉnh Yên Bái'],
    ],
    [
      'Ông Đinh Công Lý, nguyên phó bí thư huyện ủy, nguyên chủ tịch UBND huyện Mường Tè bị kỷ luật.',
      ['Đinh Công Lý | Chủ tịch | Ủy ban nhân dân huyện Mường Tè', 'Đinh Công Lý | Phó Bí thư | Huyện ủy Mường Tè'],
    ],
    [
      'Sở Nông nghiệp tỉnh Hòa Bình cho biết ông Lưu Văn Hạnh, Chi cục trưởng Chi cục thủy lợi; đã nghỉ hưu.',
      ['Lưu Văn Hạnh | Chi cục trưởng | Chi cục thủy lợi tỉnh Hòa Bình'],
    ],
    [
      'Ông Tạ Quang Lợi sinh năm 1960. Năm 2006, ông trở thành Bộ trưởng Bộ Giáo dục - Đào tạo.',
      ['Tạ Quang Lợi | Bộ trưởng | Bộ Giáo dục và Đào tạo'],
    ],
    [
      'Đồng chí Mạc Văn Hưng đã trải qua nhiều vị trí công tác như: Phó Giám đốc Sở Tư pháp tỉnh Cao Bằng; Chánh Văn phòng Tỉnh ủy Cao Bằng.',
      ['Mạc Văn Hưng | Chánh Văn phòng | Văn phòng Tỉnh ủy Cao Bằng', 'Mạc Văn Hưng | Phó Giám đốc | Sở Tư pháp tỉnh Cao Bằng'],
    ],
  ])('reads %s', (text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});

describe('extractArticle: working rules named by their issuer', () => {
  it('names the rules after the scoped committee that issued them', () => {
    const raw = 'Tin\nQuảng Bình: theo Quy chế làm việc của Tỉnh ủy, Ban Thường vụ Tỉnh ủy Quảng Bình đã họp.\n';
    const ex = extract(raw);
    expect(ex.entities.filter((e) => e.type === 'Document').map((e) => e.name)).toEqual(['Quy chế làm việc của Tỉnh ủy Quảng Bình']);
  });
});

describe('extractArticle: kinds of bodies with no place', () => {
  it.each([['Chủ tịch UBND xã và Trưởng Công an huyện đã có mặt.'], ['Văn phòng Sở cho biết hồ sơ đã đủ.']])('names no body in %s', (raw) => {
    const ex = extract(raw);
    expect(ex.entities.filter((e) => e.type === 'Organization').map((e) => e.name)).toEqual([]);
  });
});

describe('extractArticle: Party bodies of central agencies and titles joined by kiêm', () => {
  it.each([
    [
      'Ông Lê Văn Cường, Ủy viên Ban cán sự đảng, Thứ trưởng Bộ Tư pháp, phát biểu.',
      ['Lê Văn Cường | Thứ trưởng | Bộ Tư pháp', 'Lê Văn Cường | Ủy viên | Ban cán sự đảng Bộ Tư pháp'],
    ],
    [
      'Ông Trần Văn Hòa, nguyên Bí thư Ban cán sự đảng, nguyên Chủ tịch UBND tỉnh Nghệ An bị kỷ luật.',
      ['Trần Văn Hòa | Bí thư | Ban cán sự đảng Ủy ban nhân dân tỉnh Nghệ An', 'Trần Văn Hòa | Chủ tịch | Ủy ban nhân dân tỉnh Nghệ An'],
    ],
    [
      'Đồng chí Phạm Văn Giang, Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương, Thứ trưởng Bộ Công an, chủ trì.',
      ['Phạm Văn Giang | Thứ trưởng | Bộ Công an', 'Phạm Văn Giang | Ủy viên Ban Thường vụ | Đảng ủy Công an Trung ương'],
    ],
    [
      'Ông Trần Văn Bình, Phó Giám đốc Sở Nội vụ kiêm Trưởng ban Tôn giáo tỉnh Nghệ An, đã dự.',
      ['Trần Văn Bình | Phó Giám đốc | Sở Nội vụ tỉnh Nghệ An', 'Trần Văn Bình | Trưởng Ban | Ban Tôn giáo tỉnh Nghệ An'],
    ],
    [
      'Ông Đinh Văn Phúc được điều động làm viện phó Viện Kinh tế tỉnh Nghệ An.',
      ['Đinh Văn Phúc | Phó Viện trưởng | Viện Kinh tế tỉnh Nghệ An'],
    ],
    [
      'Ông Trương Văn Sơn, Trưởng khoa Lịch sử Đảng Học viện Chính trị quốc gia Hồ Chí Minh, phát biểu.',
      ['Trương Văn Sơn | Trưởng Khoa | Khoa Lịch sử Đảng Học viện Chính trị quốc gia Hồ Chí Minh'],
    ],
    [
      'Bà Tô Thị Phấn, Phó Bí thư Đảng ủy Quân sự Trung ương; ông Tô Văn Sáu, Bí thư Trung ương Đoàn, dự lễ.',
      ['Tô Thị Phấn | Phó Bí thư | Đảng ủy Quân sự Trung ương', 'Tô Văn Sáu | Bí thư | Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
    ],
    [
      'Ông Tô Văn Tài, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, phát biểu.',
      ['Tô Văn Tài | Chủ tịch | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'],
    ],
    [
      'Ông Đặng Văn Hùng, Phó Vụ trưởng Vụ Pháp chế, Bộ Xây dựng, được điều động.',
      ['Đặng Văn Hùng | Phó Vụ trưởng | Vụ Pháp chế Bộ Xây dựng'],
    ],
    [
      'Ông Bùi Văn Tâm, nguyên Giám đốc Sở Khoa học, Công nghệ và Môi trường tỉnh Nghệ An, đã nghỉ hưu.',
      ['Bùi Văn Tâm | Giám đốc | Sở Khoa học, Công nghệ và Môi trường tỉnh Nghệ An'],
    ],
    [
      'Kỷ luật ông Lê Văn Tám (57 tuổi, Phó bí thư, Chủ tịch UBND xã Đắk Sắk) vì sai phạm.',
      ['Lê Văn Tám | Chủ tịch | Ủy ban nhân dân xã Đắk Sắk', 'Lê Văn Tám | Phó Bí thư | Đảng ủy xã Đắk Sắk'],
    ],
    [
      'Cảnh cáo ông Hồ Văn Út, đảng viên Chi bộ thôn 3 (Đảng ủy TT.Chợ Chùa), nguyên Phó chủ tịch UBND H.Nghĩa Hành.',
      ['Hồ Văn Út | Phó Chủ tịch | Ủy ban nhân dân huyện Nghĩa Hành'],
    ],
    [
      'Trong thời gian giữ các cương vị Giám đốc Sở Công thương tỉnh Đồng Nai, Bí thư Huyện ủy Nhơn Trạch, bà Đỗ Thị Lan đã vi phạm.',
      ['Đỗ Thị Lan | Bí thư | Huyện ủy Nhơn Trạch', 'Đỗ Thị Lan | Giám đốc | Sở Công Thương tỉnh Đồng Nai'],
    ],
    [
      'Thành ủy đã điều động ông Nguyễn Văn Hòa đến giữ chức Trưởng ban Tuyên giáo Thành ủy Đà Nẵng thay ông Trần Văn Đức.',
      ['Nguyễn Văn Hòa | Trưởng Ban | Ban Tuyên giáo Thành ủy Đà Nẵng', 'Trần Văn Đức | Trưởng Ban | Ban Tuyên giáo Thành ủy Đà Nẵng'],
    ],
    [
      'Trước khi giữ chức Phó Chủ tịch UBND TP Đà Nẵng, ông Vũ Văn Hòa là Giám đốc Sở Xây dựng.',
      ['Vũ Văn Hòa | Giám đốc | Sở Xây dựng thành phố Đà Nẵng', 'Vũ Văn Hòa | Phó Chủ tịch | Ủy ban nhân dân thành phố Đà Nẵng'],
    ],
    [
      'Ông Tô Văn Lành, Chủ tịch UB Trung ương MTTQ Việt Nam, phát biểu.',
      ['Tô Văn Lành | Chủ tịch | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'],
    ],
    [
      'Ông Hà Văn Bình, Bí thư Đảng ủy Giám đốc Bệnh viện Đa khoa tỉnh Long An, phát biểu.',
      ['Hà Văn Bình | Bí thư | Đảng ủy Bệnh viện Đa khoa tỉnh Long An', 'Hà Văn Bình | Giám đốc | Bệnh viện Đa khoa tỉnh Long An'],
    ],
    [
      'Ông Lý Văn Sơn đã công bố và trao Quyết định bổ nhiệm Tổng Biên tập Báo Nhân Dân cho ông Đào Văn Hải.',
      [],
    ],
  ])('reads %s', (text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});

describe('extractArticle: offices whose body the title implies', () => {
  it.each([
    ['Chủ tịch nước Trần Văn Hải dự lễ.', 'Trần Văn Hải | Chủ tịch nước | Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Phó Chủ tịch nước Lê Thị Hoa phát biểu.', 'Lê Thị Hoa | Phó Chủ tịch nước | Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Thủ tướng Đỗ Văn Tâm chủ trì cuộc họp.', 'Đỗ Văn Tâm | Thủ tướng | Chính phủ'],
  ])('gives the office of %s its body', (raw, expected) => {
    expect(positions(raw)).toContain(expected);
  });
});

describe('extractArticle: a deputy title with its term and constituency', () => {
  it.each([
    [
      'Theo quyết định, Trưởng ban Dân vận Thành ủy, Trưởng đoàn Đại biểu Quốc hội khóa XIV đơn vị thành phố Đà Nẵng Hà Văn Khiêm nhận nhiệm vụ mới.',
      ['Hà Văn Khiêm | Trưởng Ban | Ban Dân vận Thành ủy Đà Nẵng', 'Hà Văn Khiêm | Trưởng Đoàn | Đoàn đại biểu Quốc hội thành phố Đà Nẵng'],
    ],
    ['Ông Lò Minh Sáng, Trưởng Đoàn ĐBQH khóa XIV tỉnh Bắc Ninh, phát biểu.', ['Lò Minh Sáng | Trưởng Đoàn | Đoàn đại biểu Quốc hội tỉnh Bắc Ninh']],
    ['Ông Lò Minh Sáng, Trưởng đoàn đại biểu Quốc hội khóa XIII, đơn vị Cần Thơ, phát biểu.', ['Lò Minh Sáng | Trưởng Đoàn | Đoàn đại biểu Quốc hội thành phố Cần Thơ']],
    ['Ông Lò Minh Sáng, Đại biểu Quốc hội khóa XIV, đơn vị tỉnh Bắc Ninh, phát biểu.', ['Lò Minh Sáng | Đại biểu | Quốc hội']],
  ])('reads %s', (text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});

describe('extractArticle: posts in a biography', () => {
  it.each([
    [
      'Hội nghị hiệp thương cử ông Lâm Văn Khôi làm Chủ tịch. Tóm tắt quá trình công tác: + Tháng 7.1979 – 6.1994: Cán bộ Huyện đoàn, Bí thư Tỉnh đoàn Cần Thơ; + Từ 19.3.2008 – 12.2010: Phó Bí thư Thành ủy, Chủ tịch Ủy ban nhân dân thành phố Cần Thơ.',
      ['Lâm Văn Khôi | Bí thư | Tỉnh đoàn Cần Thơ', 'Lâm Văn Khôi | Chủ tịch | Ủy ban nhân dân thành phố Cần Thơ', 'Lâm Văn Khôi | Phó Bí thư | Thành ủy Cần Thơ'],
    ],
    [
      'Ông Lâm Văn Khôi sinh năm 1960, quê quán Long An. Năm 1995, Phó Giám đốc Sở Tư pháp tỉnh Long An. Từ năm 2001 đến năm 2006, là Giám đốc Sở Nội vụ tỉnh Long An.',
      ['Lâm Văn Khôi | Giám đốc | Sở Nội vụ tỉnh Long An', 'Lâm Văn Khôi | Phó Giám đốc | Sở Tư pháp tỉnh Long An'],
    ],
    // a career list that names its subject, whom we cannot read, gives nobody's posts
    ['Ông Lâm Văn Khôi dự lễ. Quá trình công tác của đồng chí Thongchai Sombat: năm 1987-1992, là Thứ trưởng Bộ Ngoại giao.', []],
    // a year opening a sentence in an article that holds no biography is no career entry
    ['Ông Lâm Văn Khôi dự lễ. Năm 2016, Phó Giám đốc Sở Tư pháp tỉnh Long An đã ký quyết định.', []],
  ])('reads %s', (text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});

describe('extractArticle: national titles', () => {
  it.each([
    ['Trong ảnh: Tổng Bí thư Quang Khải, Phó Thủ tướng Lê Văn Tích tại Việt Bắc.', ['Lê Văn Tích | Phó Thủ tướng | Chính phủ', 'Quang Khải | Tổng Bí thư | Ban Chấp hành Trung ương Đảng']],
  ])('reads %s', (text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});

describe('extractArticle: a name glued to its title before a clause with "là"', () => {
  it.each([
    ['Sáng nay, Bí thư Tỉnh ủy Long An Lê Văn Khải cho rằng đây là cơ hội.', ['Lê Văn Khải | Bí thư | Tỉnh ủy Long An']],
    ['Bí thư Ban cán sự đảng, Bộ trưởng Bộ Tư pháp Lê Văn Khải nói đây là dịp tốt.', ['Lê Văn Khải | Bí thư | Ban cán sự đảng Bộ Tư pháp', 'Lê Văn Khải | Bộ trưởng | Bộ Tư pháp']],
    // the holder after "là" still counts when no name is glued to the title
    ['Phó Chủ tịch UBND tỉnh Long An phụ trách khối kinh tế là ông Lê Văn Khải.', ['Lê Văn Khải | Phó Chủ tịch | Ủy ban nhân dân tỉnh Long An']],
  ])('reads %s', (text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});

describe('extractArticle: heads named by the body of their sentence', () => {
  it.each([
    ['Thay mặt lãnh đạo Bộ Xây dựng, Bộ trưởng Lê Văn Khải đã chúc mừng.', ['Lê Văn Khải | Bộ trưởng | Bộ Xây dựng']],
    // a ministry that the minister addresses is not his
    ['Bộ trưởng Lê Văn Khải cho biết sẽ đề nghị Bộ Quốc phòng sớm giao đất.', []],
    ['Đề nghị Bộ Quốc phòng và Bộ Tài chính phối hợp, Bộ trưởng Lê Văn Khải nói.', []],
    [
      'Sáng 6/7, Đoàn kiểm tra của Ban Bí thư do Ủy viên Bộ Chính trị, Trưởng ban Tuyên giáo Trung ương Lê Văn Khải làm Trưởng đoàn đã làm việc với Bộ Xây dựng.',
      ['Lê Văn Khải | Trưởng Ban | Ban Tuyên giáo Trung ương', 'Lê Văn Khải | Trưởng đoàn | Đoàn kiểm tra của Ban Bí thư Trung ương Đảng', 'Lê Văn Khải | Ủy viên | Bộ Chính trị'],
    ],
  ])('reads %s', (text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});

describe('extractArticle: posts listed before a pronoun', () => {
  it.each([
    [
      'Theo UBKT, bà Lò Thị Khánh vi phạm. Trong thời gian giữ các cương vị tỉnh ủy viên, giám đốc Sở Công Thương, bí thư Huyện ủy Nhơn Trạch, bà Khánh tham gia điều hành công ty.',
      ['Lò Thị Khánh | Bí thư | Huyện ủy Nhơn Trạch', 'Lò Thị Khánh | Giám đốc | Sở Công Thương tỉnh Đồng Nai', 'Lò Thị Khánh | Ủy viên | Ban Chấp hành Đảng bộ tỉnh Đồng Nai'],
    ],
    [
      'Với bà Lò Thị Khánh, UBKT xác định: Trong thời gian giữ các chức vụ bí thư Đảng ủy, giám đốc Công ty Bóng đèn Sao Mai, chủ tịch HĐQT, tổng giám đốc Công ty Cổ phần Sao Mai (2004-2010), bà đã vi phạm.',
      ['Lò Thị Khánh | Bí thư | Đảng ủy Công ty Bóng đèn Sao Mai', 'Lò Thị Khánh | Giám đốc | Công ty Bóng đèn Sao Mai', 'Lò Thị Khánh | Tổng Giám đốc | Công ty Cổ phần Sao Mai'],
    ],
    [
      'UBKT kết luận về ông Đinh Văn Khiêm, nguyên Chủ tịch UBND tỉnh Khánh Hòa. Trong thời gian giữ cương vị phó bí thư Tỉnh ủy, chủ tịch UBND tỉnh Khánh Hòa ông có khuyết điểm.',
      ['Đinh Văn Khiêm | Chủ tịch | Ủy ban nhân dân tỉnh Khánh Hòa', 'Đinh Văn Khiêm | Phó Bí thư | Tỉnh ủy Khánh Hòa'],
    ],
    // a name after the pronoun that we did not read is someone else
    ['Ông Đinh Văn Khiêm dự lễ. Trên cương vị Ủy viên Bộ Chính trị, đồng chí Trường Khê đã có nhiều đóng góp.', []],
  ])('reads %s', (text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});

describe('extractArticle: lists of persons with their titles, split by semicolons', () => {
  it.each([
    [
      'Dự có Thượng tướng Lê Văn Khải, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an; Bí thư Tỉnh ủy Bắc Ninh Đỗ Minh Khoa đã tiếp xúc cử tri.',
      ['Lê Văn Khải | Bộ trưởng | Bộ Công an', 'Lê Văn Khải | Ủy viên | Bộ Chính trị', 'Đỗ Minh Khoa | Bí thư | Tỉnh ủy Bắc Ninh'],
    ],
    [
      'Dự có các đồng chí: Lê Văn Khải, Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương; Chủ tịch nước Đỗ Minh Khoa.',
      ['Lê Văn Khải | Tổng Bí thư | Ban Chấp hành Trung ương Đảng', 'Lê Văn Khải | Ủy viên Ban Thường vụ | Đảng ủy Công an Trung ương', 'Đỗ Minh Khoa | Chủ tịch nước | Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ],
  ])('reads %s', (text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});

describe('extractArticle: a body named again by its head noun', () => {
  it.each([
    ['Ông Lê Xuân Khải trở lại công tác tại Trường Đại học Bách khoa, rồi trở thành Phó Hiệu trưởng trường này.', ['Lê Xuân Khải | Phó Hiệu trưởng | Trường Đại học Bách khoa']],
    ['Huyện ủy kỷ luật ông Lê Xuân Khải (Phó giám đốc bệnh viện) và các cán bộ Bệnh viện Đa khoa huyện Gia Viễn.', ['Lê Xuân Khải | Phó Giám đốc | Bệnh viện Đa khoa huyện Gia Viễn']],
    // the head of a name written after it is that name's
    ['TS Lê Xuân Khải, Viện trưởng Viện nghiên cứu tôn giáo (thuộc Viện Hàn lâm Khoa học xã hội) cho biết.', []],
  ])('reads %s', (text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});

describe('extractArticle: a unit and its agency after a comma', () => {
  it.each([
    ['Kỷ luật ông Lê Văn Khải, Trưởng phòng Tổ chức cán bộ, Viện Kiểm sát nhân dân tỉnh Quảng Trị.', ['Lê Văn Khải | Trưởng Phòng | Phòng Tổ chức cán bộ Viện kiểm sát nhân dân tỉnh Quảng Trị']],
    ['Ông Lê Văn Khải, Trưởng phòng Cảnh sát giao thông, Công an tỉnh Sơn La cho biết.', ['Lê Văn Khải | Trưởng Phòng | Phòng Cảnh sát giao thông Công an tỉnh Sơn La']],
  ])('reads %s', (text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});

describe('extractArticle: posts a person held before', () => {
  it.each([
    [
      'Trước khi giữ chức Phó Chủ tịch UBND TP Đà Nẵng, ông Lê Văn Khải từng đảm nhiệm các chức vụ Giám đốc Sở GTVT, Bí thư Quận ủy Hải Châu.',
      ['Lê Văn Khải | Bí thư | Quận ủy Hải Châu', 'Lê Văn Khải | Giám đốc | Sở Giao thông vận tải thành phố Đà Nẵng', 'Lê Văn Khải | Phó Chủ tịch | Ủy ban nhân dân thành phố Đà Nẵng'],
    ],
  ])('reads %s', (text, expected) => {
    expect(positions(text)).toEqual(expected);
  });

  it('marks the posts of "từng đảm nhiệm các chức vụ" as former', () => {
    const ex = extract('Ông Lê Văn Khải từng đảm nhiệm các chức vụ Giám đốc Sở Tư pháp tỉnh Long An.');
    expect(ex.relations.filter((r) => r.type === 'HOLDS_POSITION').map((r) => r.props['former'])).toEqual([true]);
  });
});

describe('extractArticle: a title in the plural held by a row of names', () => {
  it.each([
    ['Dự họp có các Phó Chủ tịch UBND tỉnh Long An Lê Văn Khải, Đỗ Minh Tài và Hà Thế Khoa.', ['Hà Thế Khoa | Phó Chủ tịch | Ủy ban nhân dân tỉnh Long An', 'Lê Văn Khải | Phó Chủ tịch | Ủy ban nhân dân tỉnh Long An', 'Đỗ Minh Tài | Phó Chủ tịch | Ủy ban nhân dân tỉnh Long An']],
    ['Các đồng chí Phó Chánh Văn phòng Tỉnh ủy Long An: Lê Văn Khải, Đỗ Minh Tài.', ['Lê Văn Khải | Phó Chánh Văn phòng | Văn phòng Tỉnh ủy Long An', 'Đỗ Minh Tài | Phó Chánh Văn phòng | Văn phòng Tỉnh ủy Long An']],
    // a name a title follows may open the next item ("B, Giám đốc …"): the row ends before it; a singular title names
    // one holder
    ['Dự họp có các Phó Chủ tịch UBND tỉnh Long An Lê Văn Khải, Đỗ Minh Tài, Giám đốc Sở Tư pháp Hà Thế Khoa.', ['Hà Thế Khoa | Giám đốc | Sở Tư pháp tỉnh Long An', 'Lê Văn Khải | Phó Chủ tịch | Ủy ban nhân dân tỉnh Long An']],
    ['Dự họp có Phó Chủ tịch UBND tỉnh Long An Lê Văn Khải, Đỗ Minh Tài và Hà Thế Khoa.', ['Lê Văn Khải | Phó Chủ tịch | Ủy ban nhân dân tỉnh Long An']],
  ])('reads %s', (text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});

// Invented sentences: the Front's officers hold their posts in its central committee.
describe('extractArticle: officers of the Fatherland Front', () => {
  it.each([
    ['Ông Lê Văn Tám, Chủ tịch Mặt trận Tổ quốc Việt Nam, dự họp.', 'Lê Văn Tám | Chủ tịch | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'],
    ['Bà Lê Thị Hai, Phó Chủ tịch MTTQ Việt Nam, dự họp.', 'Lê Thị Hai | Phó Chủ tịch | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'],
    ['Ông Lê Văn Ba, Tổng Thư ký Mặt trận Tổ quốc Việt Nam, dự họp.', 'Lê Văn Ba | Tổng Thư ký | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'],
  ])('reads %s', (text, expected) => {
    expect(positionsOf(extract(text))).toContain(expected);
  });

  it('keeps a province\'s Front its own', () => {
    expect(positionsOf(extract('Ông Lê Văn Tám, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nghệ An, dự họp.'))).toContain('Lê Văn Tám | Chủ tịch | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An');
  });
});

// Invented sentences: a Party board's committee written in lower case keeps its place.
describe('extractArticle: a Party board with its committee in lower case', () => {
  it.each([
    ['Huyện ủy kỷ luật Trưởng ban Tổ chức huyện ủy Nghi Lộc Lê Văn Tám vì sai phạm.', 'Lê Văn Tám | Trưởng Ban | Ban Tổ chức Huyện ủy Nghi Lộc'],
    ['Ông Lê Văn Tám, Chủ nhiệm Ủy ban Kiểm tra tỉnh ủy Nghệ An, dự họp.', 'Lê Văn Tám | Chủ nhiệm | Ủy ban Kiểm tra Tỉnh ủy Nghệ An'],
  ])('reads %s', (text, expected) => {
    expect(positionsOf(extract(text))).toContain(expected);
  });
});

// Invented sentences: a deputy's title before the principal's, in one body.
describe('extractArticle: a deputy\'s post before the principal\'s in one body', () => {
  it.each([
    ['Ông Lê Văn Ba từng là Phó Chủ tịch, Chủ tịch UBND huyện Hưng Nguyên.', 'Lê Văn Ba | Phó Chủ tịch | Ủy ban nhân dân huyện Hưng Nguyên'],
    ['Ông Lê Văn Ba từng là Phó Giám đốc, Giám đốc Sở Y tế tỉnh Nghệ An.', 'Lê Văn Ba | Phó Giám đốc | Sở Y tế tỉnh Nghệ An'],
  ])('reads %s', (text, expected) => {
    expect(positionsOf(extract(text))).toContain(expected);
  });

  it('gives a deputy of another title no body', () => {
    expect(positionsOf(extract('Ông Lê Văn Ba, Phó Bí thư, Giám đốc Sở Y tế tỉnh Nghệ An, dự họp.'))).not.toContain('Lê Văn Ba | Phó Bí thư | Sở Y tế tỉnh Nghệ An');
  });
});

// Invented sentences: the chair of a company's board holds the post in the board, a body in the company.
describe('extractArticle: the boards of companies', () => {
  it.each([
    ['Bà Lê Thị Hai, Chủ tịch HĐQT Công ty cổ phần Minh Phát, dự họp.', 'Lê Thị Hai | Chủ tịch | Hội đồng quản trị Công ty cổ phần Minh Phát'],
    ['Ông Lê Văn Năm, Phó Chủ tịch HĐTV Tổng công ty Điện lực Sông Lam, dự họp.', 'Lê Văn Năm | Phó Chủ tịch | Hội đồng thành viên Tổng công ty Điện lực Sông Lam'],
    // the bare Party committee beside it is the company's
    ['Ông Lê Văn Tám, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tập đoàn Than Sông Lam, dự họp.', 'Lê Văn Tám | Bí thư | Đảng ủy Tập đoàn Than Sông Lam'],
  ])('reads %s', (text, expected) => {
    expect(positionsOf(extract(text))).toContain(expected);
  });

  it('names the company too', () => {
    expect(bodiesOf(extract('Bà Lê Thị Hai, Chủ tịch HĐQT Công ty cổ phần Minh Phát, dự họp.'))).toEqual(expect.arrayContaining(['Công ty cổ phần Minh Phát', 'Hội đồng quản trị Công ty cổ phần Minh Phát']));
  });
});

// Invented sentences: an office named in lower case after its title, then its agency after a comma.
describe('extractArticle: an office in lower case before its agency', () => {
  it.each([
    ['Ông Trần Văn Tám, Trưởng phòng công chức-viên chức, Sở Nội vụ tỉnh Gia Lai, xác nhận việc này.', 'Trần Văn Tám | Trưởng Phòng | Phòng công chức-viên chức Sở Nội vụ tỉnh Gia Lai'],
    ['Bà Lê Thị Hai, Phó trưởng phòng quản lý đô thị, UBND huyện Nghi Lộc, dự họp.', 'Lê Thị Hai | Phó Trưởng Phòng | Phòng quản lý đô thị Ủy ban nhân dân huyện Nghi Lộc'],
  ])('reads %s', (text, expected) => {
    expect(positionsOf(extract(text))).toContain(expected);
  });

  it.each([
    'Ông Trần Văn Tám, Trưởng phòng cho biết, Sở Nội vụ tỉnh Gia Lai đã xác nhận.',
    'Ông Trần Văn Tám, Trưởng phòng, Sở Nội vụ tỉnh Gia Lai, xác nhận.',
  ])('reads no office in %s', (text) => {
    expect(bodiesOf(extract(text)).filter((b) => b.startsWith('Phòng '))).toEqual([]);
  });
});

// Invented sentences: two posts joined by "kiêm" in the body the second names.
describe('extractArticle: concurrent posts joined by "kiêm"', () => {
  it.each([
    ['Ông Trần Văn Tám, Phó chủ tịch kiêm Tổng thư ký UB Trung ương MTTQ Việt Nam, dự họp.', 'Trần Văn Tám | Phó Chủ tịch | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'],
    ['Ông Lê Văn Hai, Chủ tịch kiêm Giám đốc Công ty TNHH Minh Phát, dự họp.', 'Lê Văn Hai | Chủ tịch | Công ty TNHH Minh Phát'],
  ])('reads %s', (text, expected) => {
    expect(positionsOf(extract(text))).toContain(expected);
  });

  it('keeps a secretary\'s post in the Party committee', () => {
    expect(positionsOf(extract('Ông Lê Văn Ba, Phó Bí thư kiêm Chủ tịch UBND xã Nghi Phong, huyện Nghi Lộc, dự họp.'))).not.toContain('Lê Văn Ba | Phó Bí thư | Ủy ban nhân dân xã Nghi Phong');
  });
});

describe('extractArticle: deputies in lower case, standing boards without Ban, the subject after a replacement', () => {
  it.each([
    ['PV đã phỏng vấn ông Trần Văn Khiêm - đại biểu Quốc hội, Tổng thư ký Hội Sử học Việt Nam.', ['Trần Văn Khiêm | Tổng Thư ký | Hội Sử học Việt Nam', 'Trần Văn Khiêm | Đại biểu | Quốc hội']],
    ['Ý kiến của đại biểu Quốc hội Lê Thị Hoa được nhiều người đồng tình.', ['Lê Thị Hoa | Đại biểu | Quốc hội']],
    ['Các đại biểu Quốc hội đã thảo luận ở tổ.', []],
    // the standing board written without "Ban"
    ['Ông Lê Văn Hòa, Ủy viên Thường vụ Huyện ủy Chư Sê, phát biểu.', ['Lê Văn Hòa | Ủy viên Ban Thường vụ | Huyện ủy Chư Sê']],
    ['Ông Lê Văn Hòa, Ủy viên Thường vụ Quốc hội, phát biểu.', []],
    // a rank or "đồng chí" after the chain's comma, then the holder
    ['Giám đốc Công an tỉnh Nam Định, Đại tá Lê Văn Hòa cho biết.', ['Lê Văn Hòa | Giám đốc | Công an tỉnh Nam Định']],
    ['Bí thư Tỉnh ủy Nam Định, đồng chí Lê Văn Hòa phát biểu.', ['Lê Văn Hòa | Bí thư | Tỉnh ủy Nam Định']],
    ['Ông Trần Văn Khiêm, Phó Giám đốc Công an tỉnh Nam Định, Đại tá Lê Văn Hòa cho biết.', ['Trần Văn Khiêm | Phó Giám đốc | Công an tỉnh Nam Định']],
    // a bracket after the name, then a dash
    ['Kỷ luật ông Phạm Văn Tâm (SN 1964)- Giám đốc Sở Xây dựng tỉnh Hải Dương.', ['Phạm Văn Tâm | Giám đốc | Sở Xây dựng tỉnh Hải Dương']],
    // a bare Party cell is the one of the body named next in the chain
    ['Kỷ luật ông Bùi Văn Tâm (Bí thư Chi bộ, Trưởng trạm Y tế xã Gia Lạc) vì vi phạm.', ['Bùi Văn Tâm | Bí thư | Chi bộ Trạm Y tế xã Gia Lạc', 'Bùi Văn Tâm | Trưởng Trạm | Trạm Y tế xã Gia Lạc']],
    [
      'Ông Trần Văn Khiêm được phân công làm Bí thư Tỉnh ủy Long An thay ông Lê Hữu Phước. Ông là đại biểu Quốc hội các khóa X, XI.',
      ['Lê Hữu Phước | Bí thư | Tỉnh ủy Long An', 'Trần Văn Khiêm | Bí thư | Tỉnh ủy Long An', 'Trần Văn Khiêm | Đại biểu | Quốc hội'],
    ],
  ])('reads %s', (text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});

describe('extractArticle: a title shared by a list of names', () => {
  it.each([
    [
      'Các ông Lê Văn Hòa và Trần Văn Khiêm, Phó Chủ tịch UBND tỉnh Nam Định, cùng dự.',
      ['Lê Văn Hòa | Phó Chủ tịch | Ủy ban nhân dân tỉnh Nam Định', 'Trần Văn Khiêm | Phó Chủ tịch | Ủy ban nhân dân tỉnh Nam Định'],
    ],
    [
      'Hai Phó Chủ tịch UBND tỉnh Nam Định là Lê Văn Hòa và Trần Văn Khiêm cùng dự.',
      ['Lê Văn Hòa | Phó Chủ tịch | Ủy ban nhân dân tỉnh Nam Định', 'Trần Văn Khiêm | Phó Chủ tịch | Ủy ban nhân dân tỉnh Nam Định'],
    ],
    // no plural cue, or a row of names each with its own title
    ['Ông Lê Văn Hòa và ông Trần Văn Khiêm, Phó Chủ tịch UBND tỉnh Nam Định, cùng dự.', ['Trần Văn Khiêm | Phó Chủ tịch | Ủy ban nhân dân tỉnh Nam Định']],
    ['Các ông Lê Văn Hòa, Trần Văn Khiêm, Phó Chủ tịch UBND tỉnh Nam Định, Đỗ Văn Quyết cùng dự.', ['Trần Văn Khiêm | Phó Chủ tịch | Ủy ban nhân dân tỉnh Nam Định']],
  ])('reads %s', (text, expected) => {
    expect(positions(text)).toEqual(expected);
  });
});
