import { describe, expect, it } from 'vitest';
import { insideOutletName } from '../../src/extract/outlet-names.js';
import { bodiesOf, extract } from '../resolve/extraction-views.js';

// Invented sentences; the place is the last words of each.
describe('insideOutletName', () => {
  it.each([
    ['Trao đổi với Pháp Luật ', 'TP.HCM'],
    ['Theo báo Công an ', 'TP HCM'],
    ['Ông A tốt nghiệp Trường Đại học Luật ', 'Hà Nội'],
    ['Báo Tuổi trẻ ', 'TP.HCM'],
    ['Nguyễn Văn A/VOV-', 'TPHCM'],
  ])('reads the place in "%s%s" as part of a name', (before, place) => {
    expect(insideOutletName(before + place, before.length)).toBe(true);
  });

  it.each([
    ['Sở Nội vụ tỉnh ', 'Bình Định'],
    ['UBND huyện đã gửi thông báo tới UBND ', 'Hà Nội'],
    ['Ông A về công tác tại ', 'Hà Nội'],
    ['Đoàn báo cáo với UBND tỉnh ', 'Long An'],
  ])('reads the place in "%s%s" as a place', (before, place) => {
    expect(insideOutletName(before + place, before.length)).toBe(false);
  });

  it('does not list a place named only inside an outlet\'s name', () => {
    const ex = extract('Tỉnh Long An: trao đổi với Pháp Luật TP.HCM, ông Lê Văn Tám, Giám đốc Sở Nội vụ tỉnh Long An, cho biết.');
    const places = ex.entities.filter((e) => e.type === 'Place' && e.mentions.length > 0).map((e) => e.name);
    expect(places).toEqual(['Long An']);
  });
});

describe('findCitedPapers', () => {
  it.each([
    ['Theo tin tức báo Thanh Niên đăng tải, ông Lê Văn Tám bị kỷ luật.', 'Báo Thanh Niên'],
    ['Theo báo Công an TP HCM, vi phạm đã rõ.', 'Báo Công an thành phố Hồ Chí Minh'],
    ['Trao đổi trên báo Pháp Luật TP.HCM, ông Lê Văn Tám cho biết.', 'Báo Pháp Luật Thành phố Hồ Chí Minh'],
    ['Theo báo Lao Động ngày 5/6, ông Lê Văn Tám đã nghỉ.', 'Báo Lao Động'],
  ])('reads the paper cited in %s', (text, expected) => {
    const bodies = extract(text).entities.filter((e) => e.type === 'Organization' && e.mentions.length > 0).map((e) => e.name);
    expect(bodies).toContain(expected);
  });

  it.each([
    ['Theo báo Giao thông vận tải, tuyến đường đã thông.'],
    ['UBND tỉnh đã thông báo Sở Nội vụ về việc này.'],
  ])('reads no paper from a name it cannot close: %s', (text) => {
    const bodies = extract(text).entities.filter((e) => e.type === 'Organization' && e.mentions.length > 0).map((e) => e.name);
    expect(bodies.filter((b) => b.startsWith('Báo '))).toEqual([]);
  });
});

describe('papers cited by their reporters or their reports', () => {
  it.each([
    ['Trao đổi với PV Tiền Phong chiều 4/7, ông Lê Văn Tám cho biết.', 'Báo Tiền Phong'],
    ['Theo phóng viên báo Lao Động, ông Lê Văn Tám đã nghỉ.', 'Báo Lao Động'],
    ['Báo Vietnamnet đưa tin, đến nay trường đã thu hồi bằng.', 'Báo Vietnamnet'],
  ])('reads %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it.each([
    ['Ông Lê Văn Tư trao đổi với PV Anh Lê Văn Th. (chồng cũ) bức xúc.', 'Báo Anh'],
    ['Ảnh: PV Báo Giao thông', 'Báo Báo'],
  ])('does not read a paper out of %s', (text, wrong) => {
    expect(bodiesOf(extract(text)).filter((b) => b.startsWith(wrong))).toEqual([]);
  });
});
