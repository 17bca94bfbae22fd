import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, positionsOf } from './extraction-views.js';

describe('extractArticle: title chains', () => {
  it.each([
    [
      'Đồng chí Trần Văn Minh, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nghệ An dự hội nghị.',
      ['Trần Văn Minh | Bí thư | Tỉnh ủy Nghệ An', 'Trần Văn Minh | Chủ tịch | Hội đồng nhân dân tỉnh Nghệ An', 'Trần Văn Minh | Ủy viên | Ban Chấp hành Trung ương Đảng'],
    ],
    [
      'Phát biểu của Bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh Cà Mau - Lê Hoàng Sơn tại buổi lễ.',
      ['Lê Hoàng Sơn | Bí thư | Tỉnh ủy Cà Mau', 'Lê Hoàng Sơn | Chủ tịch | Hội đồng nhân dân tỉnh Cà Mau'],
    ],
    ['Hội nghị do Trưởng Ban Tổ chức Tỉnh ủy Bắc Giang Đỗ Thị Hạnh chủ trì.', ['Đỗ Thị Hạnh | Trưởng Ban | Ban Tổ chức Tỉnh ủy Bắc Giang']],
    ['Cùng dự có ông Hoàng Minh Tuấn, Phó Chủ tịch UBND tỉnh Thái Bình.', ['Hoàng Minh Tuấn | Phó Chủ tịch | Ủy ban nhân dân tỉnh Thái Bình']],
    ['Ông Vũ Quang Hải, nguyên Phó Bí thư Thường trực Tỉnh ủy Hà Giang, đã nghỉ hưu.', ['Vũ Quang Hải | Phó Bí thư Thường trực | Tỉnh ủy Hà Giang']],
  ])('reads %s', (text, expected) => {
    expect(positionsOf(extract(text))).toEqual(expected);
  });

  it('marks "nguyên" titles as former', () => {
    const ex = extract('Ông Vũ Quang Hải, nguyên Phó Bí thư Thường trực Tỉnh ủy Hà Giang, đã nghỉ hưu.');
    expect(ex.relations.find((r) => r.type === 'HOLDS_POSITION')?.props['former']).toBe(true);
  });

  it('keeps a body unscoped when nothing says which province', () => {
    const ex = extract('Đồng chí Trưởng Ban Tổ chức Tỉnh ủy phát biểu tại hội nghị.');
    const org = ex.entities.find((e) => e.type === 'Organization');
    expect(org?.name).toBe('Ban Tổ chức Tỉnh ủy');
    expect(org?.props['province']).toBeUndefined();
  });

  it('keeps homonyms in different provinces apart', () => {
    const a = extract('Đồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy Quảng Nam phát biểu.');
    const b = extract('Đồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy Sóc Trăng phát biểu.');
    const pa = a.entities.find((e) => e.type === 'Person')!;
    const pb = b.entities.find((e) => e.type === 'Person')!;
    expect(pa.name).toBe(pb.name);
    expect(pa.id).not.toBe(pb.id);
  });
});

describe('extractArticle: documents', () => {
  it.each([
    ['Thực hiện Nghị quyết số 19-NQ-TW của Trung ương.', '19-NQ/TW'],
    ['Quán triệt Chỉ thị 35- CT/TW của Bộ Chính trị.', '35-CT/TW'],
    ['Theo Chỉ thị số 36 - CT/TW về đại hội.', '36-CT/TW'],
    ['Thực hiện Quy định 205-QĐ/TW về kiểm soát quyền lực.', '205-QĐ/TW'],
    ['Học tập Chỉ thị 05 của Bộ Chính trị về tư tưởng.', '05-CT/TW'],
    ['Theo Nghị định số 108/2014/NĐ-CP của Chính phủ.', '108/2014/NĐ-CP'],
  ])('finds the code in %s', (text, code) => {
    const ex = extract(text);
    expect(ex.entities.filter((e) => e.type === 'Document').map((e) => e.props['code'])).toContain(code);
  });

  it('tells the same code apart by issue year', () => {
    const a = extract('Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị về đại hội.');
    const b = extract('Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội.');
    const da = a.entities.find((e) => e.type === 'Document')!;
    const db = b.entities.find((e) => e.type === 'Document')!;
    expect(da.id).not.toBe(db.id);
    expect(da.props['date']).toBe('2019-05-30');
  });
});

describe('extractArticle: invariants', () => {
  it('never throws on arbitrary Unicode, and every span reproduces its mention text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const ex = extract(raw);
        for (const e of ex.entities)
          for (const m of e.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(raw.length);
            expect(raw.slice(m.start, m.end)).toBe(m.text);
          }
        for (const r of ex.relations) for (const s of r.evidence) expect(s.end).toBeLessThanOrEqual(raw.length);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps spans exact on Vietnamese-like text with odd spacing and marks', () => {
    const pieces = ['Bí thư Tỉnh uỷ', ' ', 'Nguyễn Văn A', ', ', 'Chủ tịch HĐND tỉnh Long An', '\u200b', '\r\n', 'Nghị quyết 22-NQ/TW', 'ngày 2/2/2008', 'Hoà', 'Nguye\u0302\u0303n', '\u00a0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const raw = parts.join('');
        const ex = extract(raw);
        for (const e of ex.entities) for (const m of e.mentions) expect(raw.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('extractArticle: more title patterns', () => {
  it.each([
    ['Ngày 11/5, trưởng Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh Lê Văn Tâm ký công văn.', ['Lê Văn Tâm | Trưởng Đoàn | Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh']],
    ['Ban Bí thư chỉ định ông Đào Văn Nam tham gia Ban Chấp hành, Ban Thường vụ, giữ chức Phó Bí thư Tỉnh ủy Sơn La.', [
      'Đào Văn Nam | Phó Bí thư | Tỉnh ủy Sơn La',
      'Đào Văn Nam | Ủy viên | Ban Chấp hành Đảng bộ tỉnh Sơn La',
      'Đào Văn Nam | Ủy viên | Ban Thường vụ Tỉnh ủy Sơn La',
    ]],
    ['Dự lễ có Chủ tịch TP. Đà Nẵng Huỳnh Minh Tâm và các đại biểu.', ['Huỳnh Minh Tâm | Chủ tịch | Ủy ban nhân dân thành phố Đà Nẵng']],
    ['Tham dự có Bộ trưởng Bộ Y tế Lương Thị Hoa, Bộ trưởng Bộ GD&ĐT Trịnh Văn Long.', [
      'Lương Thị Hoa | Bộ trưởng | Bộ Y tế',
      'Trịnh Văn Long | Bộ trưởng | Bộ Giáo dục và Đào tạo',
    ]],
    ['Bà Mai Thị Lan, Phó Bí thư Tỉnh ủy - Trưởng Đoàn đại biểu Quốc hội tỉnh Gia Lai phát biểu.', [
      'Mai Thị Lan | Phó Bí thư | Tỉnh ủy Gia Lai',
      'Mai Thị Lan | Trưởng Đoàn | Đoàn đại biểu Quốc hội tỉnh Gia Lai',
    ]],
    ['Ông Vi Văn Sơn, Trưởng Đoàn kiểm tra của Bộ Chính trị, làm việc với tỉnh.', ['Vi Văn Sơn | Trưởng Đoàn | Đoàn kiểm tra của Bộ Chính trị']],
  ])('reads %s', (text, expected) => {
    expect(positionsOf(extract(text))).toEqual([...expected].sort());
  });
});

describe('extractArticle: bylines', () => {
  const body = 'Hội nghị đã thống nhất các nhiệm vụ trọng tâm của công tác xây dựng Đảng trong năm tới, với nhiều chỉ tiêu cụ thể và giải pháp rõ ràng.';
  it.each([
    [`${body}\n\nHoàng Anh Tuấn – Lê Thu Hà\n\nÝ kiến bạn đọc`, ['Hoàng Anh Tuấn', 'Lê Thu Hà']],
    [`${body}\nNGUYỄN THỊ MAI`, ['Nguyễn Thị Mai']],
    [`${body} Thanh Hà - Minh Khôi (Theo Nhân Dân)`, ['Thanh Hà', 'Minh Khôi']],
    [`${body}\n\nT.H.M`, ['T.H.M']],
  ])('finds the byline of %#', (text, expected) => {
    expect(extract(text).article.bylines).toEqual(expected);
  });

  it('does not take a source note for a byline', () => {
    expect(extract(`${body} Theo VGP`).article.bylines).toEqual([]);
  });
});

describe('extractArticle: places and bodies', () => {
  it('scopes a body by the dateline tag of a provincial paper', () => {
    const ex = extract('(QT) - Sáng nay, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2023.');
    expect(ex.entities.filter((e) => e.type === 'Organization').map((e) => e.name)).toContain('Ban Tổ chức Tỉnh ủy Quảng Trị');
  });

  it('does not read a person as a place, nor a place as a person', () => {
    const ex = extract('Đồng chí Hồ Văn Niên, Bí thư Tỉnh ủy Gia Lai, học tập tư tưởng Hồ Chí Minh.');
    expect(ex.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Hồ Văn Niên']);
  });
});

describe('extractArticle: dates', () => {
  it.each([
    ['Thứ Hai, 10/06/2024 08:15\nChiều qua, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác 6 tháng.', '2024-06-09'],
    ['Thứ Hai, 10/06/2024 08:15\nSáng nay (10/6), Tỉnh ủy tổ chức hội nghị triển khai nghị quyết.', '2024-06-10'],
    ['Ngày 4-7-2017, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm.', '2017-07-04'],
    ['Ngày 12 tháng 3 năm 2022, Huyện ủy tổ chức hội nghị tổng kết công tác năm.', '2022-03-12'],
  ])('dates the event of %#', (text, date) => {
    const ev = extract(text).entities.find((e) => e.type === 'Event');
    expect(ev?.props['date']).toBe(date);
  });
});

describe('extractArticle: named documents', () => {
  // a year written after a law names its version, as the gold annotations keep it ("Bộ luật Tố tụng hình sự năm 2003")
  it('finds laws and the Party charter named without a number, but not a law school', () => {
    const ex = extract('Ông A tốt nghiệp Trường Đại học Luật Hà Nội. Việc làm này vi phạm Luật Phòng, chống tham nhũng và Luật Đất đai năm 2013, trái với Điều lệ Đảng.');
    expect(ex.entities.filter((e) => e.type === 'Document').map((e) => e.name).sort()).toEqual(['Luật Phòng, chống tham nhũng', 'Luật Đất đai năm 2013', 'Điều lệ Đảng'].sort());
  });
});

describe('extractArticle: documents cited by number alone', () => {
  it.each([
    ['Sở Nội vụ có văn bản số 640 đề nghị UBND huyện hủy bỏ quyết định.', '640', 'Văn bản'],
    ['HĐND thông qua tờ trình số 5054 ngày 4/7 của UBND thành phố.', '5054', 'Tờ trình'],
  ])('reads %s', (text, code, docType) => {
    const doc = extract(text).entities.find((e) => e.type === 'Document');
    expect(doc?.props['code']).toBe(code);
    expect(doc?.props['docType']).toBe(docType);
  });

  it('does not read a newspaper named "Pháp Luật" as a law', () => {
    const ex = extract('Trao đổi với Pháp Luật TP.HCM, ông Lê Văn Tùng cho biết.');
    expect(ex.entities.filter((e) => e.type === 'Document')).toEqual([]);
  });
});

describe('extractArticle: person context', () => {
  it('keys a holder of central posts without a province, so national leaders are one node everywhere', () => {
    const a = extract('(QT) - Tổng Bí thư Lâm Văn Đức thăm tỉnh và làm việc với Ban Thường vụ Tỉnh ủy.');
    const b = extract('LSO-Tổng Bí thư Lâm Văn Đức dự hội nghị của Tỉnh ủy.');
    const pa = a.entities.find((e) => e.type === 'Person')!;
    const pb = b.entities.find((e) => e.type === 'Person')!;
    expect(pa.id).toBe(pb.id);
  });
});

describe('extractArticle: coreference', () => {
  it('links a role-only mention to the holder named in the article', () => {
    const ex = extract('Đồng chí Đặng Văn Hải, Bí thư Tỉnh ủy Hà Nam dự hội nghị. Phát biểu tại hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy làm tốt công tác cán bộ.');
    const person = ex.entities.find((e) => e.type === 'Person')!;
    expect(person.mentions.map((m) => m.text)).toContain('Bí thư Tỉnh ủy');
  });

  it('names a body by the abbreviation the article defines', () => {
    const ex = extract('Tỉnh thành lập Ban Chỉ đạo phòng, chống tham nhũng (BCĐ). Sau đó, BCĐ đã họp phiên đầu tiên.');
    const body = ex.entities.find((e) => e.type === 'Organization' && e.name.startsWith('Ban Chỉ đạo'))!;
    expect(body.mentions.map((m) => m.text)).toEqual(['Ban Chỉ đạo phòng, chống tham nhũng', 'BCĐ']);
  });

  it('finds a defined abbreviation written with a character that is special in patterns', () => {
    const ex = extract('Đơn vị trở thành Trung tâm khoa học công nghệ (KH&CN). Sau đó, KH&CN đã họp phiên đầu tiên.');
    const mentions = ex.entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions.filter((t) => t === 'KH&CN')).toHaveLength(1);
  });
});

describe('extractArticle: local scope', () => {
  it('scopes a body by the province named in its paragraph when the article covers several', () => {
    const ex = extract('Tại tỉnh Kon Tum, ông Lê Quang Vĩnh được bổ nhiệm Giám đốc Sở Công Thương tỉnh.\nTại tỉnh Khánh Hòa, ông Trần Văn Tùng được bổ nhiệm Giám đốc Sở Nội vụ tỉnh.');
    expect(positionsOf(ex)).toEqual(['Lê Quang Vĩnh | Giám đốc | Sở Công Thương tỉnh Kon Tum', 'Trần Văn Tùng | Giám đốc | Sở Nội vụ tỉnh Khánh Hòa']);
  });

  it('reads titles in an apposition opened by the name', () => {
    const ex = extract('Kỷ luật ông Lê Văn Tư (57 tuổi, Huyện ủy viên, Chủ tịch UBND xã Phú Lâm) vì vi phạm.');
    expect(positionsOf(ex)).toContain('Lê Văn Tư | Chủ tịch | Ủy ban nhân dân xã Phú Lâm');
  });
});

describe('extractArticle: units of named organizations', () => {
  it('joins a unit to the organization it belongs to, across a dash', () => {
    const ex = extract('Điều động bà Lê Thị Hoa, Phó Chánh Văn phòng - Tổng cục Đường bộ Việt Nam, giữ chức Phó Vụ trưởng Vụ Tổ chức cán bộ - Tổng cục Đường bộ Việt Nam.');
    expect(positionsOf(ex)).toEqual([
      'Lê Thị Hoa | Phó Chánh Văn phòng | Văn phòng Tổng cục Đường bộ Việt Nam',
      'Lê Thị Hoa | Phó Vụ trưởng | Vụ Tổ chức cán bộ Tổng cục Đường bộ Việt Nam',
    ]);
  });

  it('reads a lower-case institution after a title, closed by its place', () => {
    const ex = extract('Giám đốc bệnh viện Đa khoa huyện Thường Xuân Cầm Bá Hùng cho biết như vậy.');
    expect(positionsOf(ex)).toEqual(['Cầm Bá Hùng | Giám đốc | Bệnh viện Đa khoa huyện Thường Xuân']);
  });
});

describe('extractArticle: page furniture', () => {
  it('does not read the related-news list after the article', () => {
    const body = 'Sáng nay, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023 với nhiều nội dung quan trọng, đánh giá kết quả đạt được và đề ra nhiệm vụ cho năm tới.';
    const ex = extract(`${body}\n\nTin liên quan\nBí thư Tỉnh ủy Trần Văn Khánh thăm huyện\nChỉ thị 35-CT/TW được quán triệt`);
    expect(ex.entities.filter((e) => e.type === 'Person' || e.type === 'Document')).toEqual([]);
  });
});

describe('extractArticle: district scope within a chain', () => {
  it('scopes a district committee by the district named later in the same chain', () => {
    const ex = extract('Cảnh cáo ông Lưu Văn Tài, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Công an huyện Nghĩa Hành, vì vi phạm.');
    expect(positionsOf(ex)).toEqual(['Lưu Văn Tài | Trưởng Công an | Công an huyện Nghĩa Hành', 'Lưu Văn Tài | Ủy viên Ban Thường vụ | Huyện ủy Nghĩa Hành']);
  });
});
