import { describe, expect, it } from 'vitest';
import { findDocuments } from '../../src/extract/document-recognizer.js';
import { citedCode, issuerAfter, issuerBefore } from '../../src/extract/document-issuers.js';
import { scanText } from '../../src/extract/text-scan.js';

function codes(text: string): Array<string | null> {
  return findDocuments(scanText(text)).map((d) => d.code ?? d.name);
}

describe('findDocuments: papers cited by number, their issuer named after or before', () => {
  it.each([
    // Party issuers, in any case and abbreviation
    ['Tiếp tục thực hiện Chỉ thị 07 của Bộ chính trị về học tập.', ['07-CT/TW']],
    ['Vi phạm Quy định 52 của Ban Chấp hành trung ương về những điều cấm.', ['52-QĐ/TW']],
    ['Triển khai Nghị quyết số 31 của BCH T.Ư Đảng khóa X về giáo dục.', ['31-NQ/TW']],
    ['Thực hiện Chỉ thị 91 của Thường vụ Quân ủy Trung ương về rèn luyện.', ['91-CT/QUTW']],
    ['Thực hiện Nghị quyết 17 của Đảng về tài chính.', ['17-NQ/TW']],
    ['Đúng như Nghị quyết số 14 của Hội nghị Trung ương 7 (khóa VIII) về nông nghiệp.', ['14-NQ/TW']],
    // state issuers: government, prime minister, people's committees
    ['Doanh nghiệp hưởng lợi từ Nghị quyết 41 của Chính phủ về hỗ trợ.', ['41/NQ-CP']],
    ['Tiếp tục thực hiện Chỉ thị số 27 của Thủ tướng Chính phủ về kỷ cương.', ['27/CT-TTg']],
    ['Các hộ được bồi thường theo Quyết định 160/2005 của UBND tỉnh về giá đất.', ['160/2005/QĐ-UBND']],
    ['Thực hiện Chỉ thị 33 của Chính phủ về quà tặng.', ['33/CT-TTg']],
    // decrees are the government's
    ['Ngư dân đóng tàu theo Nghị định 71 về chính sách thủy sản.', ['71/NĐ-CP']],
    // the issuer before, as the subject of "ban hành", "ký", "có"
    ['Bộ Chính trị vừa ban hành Quy định số 95 về kiểm tra tài sản.', ['95-QĐ/TW']],
    ['Thủ tướng vừa ký các quyết định 116, 117 về kỷ luật.', ['116/QĐ-TTg', '117/QĐ-TTg']],
    ['Ban Thường vụ Tỉnh ủy có kết luận số 275 ngày 13/2/2017 về dự án.', ['275-KL/TU']],
    // a list shares the issuer after its last paper
    ['Theo tinh thần Nghị quyết 31, Kết luận 73 của Bộ Chính trị về thành phố.', ['31-NQ/TW', '73-KL/TW']],
    ['Thực hiện Nghị quyết 381 và Kết luận 761 của Quân ủy Trung ương về kỹ thuật.', ['381-NQ/QUTW', '761-KL/QUTW']],
    // ministries issue circulars, coded by their names' initials, by name or abbreviation
    ['Thuế được tính theo Thông tư 131 của Bộ Tài chính cho các xe.', ['131/TT-BTC']],
    ['Theo Thông tư số 16/2016 ngày 10/6/2016 của Bộ Nông nghiệp và Phát triển nông thôn về hợp tác xã.', ['16/2016/TT-BNNPTNT']],
    ['Theo Thông tư 17/2015 của Bộ VHTT&DL về lễ hội.', ['17/2015/TT-BVHTTDL']],
    ['Khách hàng vay theo Thông tư 41 của Ngân hàng Nhà nước về tín dụng.', ['41/TT-NHNN']],
    ['Theo Thông tư 17/2015 của Bộ VH-TT-DL về lễ hội.', ['17/2015/TT-BVHTTDL']],
    // the central issuers written without "của"; the prime minister's dispatches
    ['Phải phát huy hơn nữa Nghị quyết 05 Bộ Chính trị về kinh tế.', ['05-NQ/TW']],
    ['Cán bộ vi phạm Công điện số 157 của Thủ tướng Chính phủ về kỷ cương.', ['157/CĐ-TTg']],
    // the issuer the sentence names as having issued the papers it goes on to cite
    ['Bộ Chính trị khóa IX đã ban hành hai Nghị quyết chuyên đề, đó là Nghị quyết 43 về quy hoạch và Nghị quyết số 12 về luân chuyển.', ['43-NQ/TW', '12-NQ/TW']],
  ])('reads %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it.each([
    // no issuer: not a paper the article identifies
    ['Đại hội thông qua kế hoạch 5 năm của ngành.'],
    ['Hội nghị góp ý báo cáo 6 tháng đầu năm.'],
    ['Thực hiện Nghị quyết 20 về giai cấp công nhân.'],
    // an issuer that codes no such paper
    ['Theo Thông tư 15 của Bộ về lễ hội.'],
    ['Theo Nghị quyết 12 của Bộ Tài chính về thuế.'],
    ['Theo Thông tư 12 của Chính phủ về thuế.'],
    ['Theo Thông tư 12 của bộ này về thuế.'],
    // an issuer of another sentence
    ['Bộ Chính trị đã ban hành nhiều văn bản. Nghị quyết 43 về quy hoạch được thực hiện.'],
  ])('codes no paper in %s', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it('links a number cited again to the paper the article codes in full', () => {
    const text = 'Thực hiện Chỉ thị số 07-CT/TW ngày 15/5/2016 của Bộ Chính trị. Sau một năm thực hiện Chỉ thị 07, nhiều tấm gương xuất hiện.';
    expect(codes(text)).toEqual(['07-CT/TW', '07-CT/TW']);
  });

  it('gives a bare decree the code its article writes in full', () => {
    expect(codes('Theo Nghị định 26/2015/NĐ-CP về tổ chức. Vi phạm Nghị định 26 như vậy là sai.')).toEqual(['26/2015/NĐ-CP', '26/2015/NĐ-CP']);
  });

  it('reads the term of the issuer named earlier in the sentence', () => {
    const [d] = findDocuments(scanText('Bộ Chính trị khóa IX đã ban hành Nghị quyết chuyên đề, đó là Nghị quyết 43 về quy hoạch.'));
    expect(d?.term).toBe('IX');
  });

  it('reads no issuer across a comma when the Politburo starts a clause', () => {
    expect(codes('Bằng thông báo số 4196, Bộ Chính trị cử ông A làm Chủ tịch.')).toEqual(['4196']);
  });

  it('gives a paper coded from its issuer the full code the article writes', () => {
    expect(codes('Theo Thông tư số 03 của Bộ Y tế, giá tăng. Trước đó, Bộ Y tế đã ban hành Thông tư số 03/2017/TT-BYT.')).toEqual(['03/2017/TT-BYT', '03/2017/TT-BYT']);
    expect(codes('Vi phạm Nghị định 25 của Chính phủ. Nghị định 25/2014/NĐ-CP quy định rõ.')).toEqual(['25/2014/NĐ-CP', '25/2014/NĐ-CP']);
  });

  it('reads a plenum term written after the issuer', () => {
    const [d] = findDocuments(scanText('Theo Nghị quyết số 14 của Hội nghị Trung ương 7 (khóa VIII) về nông nghiệp.'));
    expect(d?.term).toBe('VIII');
  });
});

describe('issuerAfter, issuerBefore, citedCode', () => {
  it.each([
    [' của ban thường vụ huyện ủy về', 'HU'],
    [' của ban thường vụ quận ủy về', 'QU'],
    [', ngày 5/9/2016 của thủ tướng về', 'TTg'],
    [' của hđnd tỉnh về', 'HĐND'],
  ])('reads the issuer in %s', (after, code) => {
    expect(issuerAfter(after, 0)?.code).toBe(code);
  });

  it('reads no issuer in a common noun phrase', () => {
    expect(issuerAfter(' của các năm trước', 0)).toBeNull();
    expect(issuerAfter(' của đảng bộ tỉnh', 0)).toBeNull();
    expect(issuerBefore('ông a đã ký ', 12)).toBeNull();
  });

  it.each([
    ['35', null, 'nghị quyết', 'NQ', { code: 'TTg', state: true, term: null }, '35/NQ-CP'],
    ['5', null, 'nghị định', undefined, { code: 'UBND', state: true, term: null }, null],
    ['5', null, 'nghị quyết', 'NQ', { code: 'UBND', state: true, term: null }, null],
    ['8', null, 'quyết định', 'QĐ', { code: 'HĐND', state: true, term: null }, null],
  ])('codes %s %s %s', (num, year, typeWord, partyType, issuer, code) => {
    expect(citedCode(num, year, typeWord, partyType, issuer)).toBe(code);
  });
});
