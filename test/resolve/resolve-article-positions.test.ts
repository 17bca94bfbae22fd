import { describe, expect, it } from 'vitest';
import { extract, positionsOf } from './extraction-views.js';

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
