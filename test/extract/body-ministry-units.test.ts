import { describe, expect, it } from 'vitest';
import { bodiesOf, extract } from '../resolve/extraction-views.js';

// Invented sentences: units of a ministry written short or in lower case.
describe('units of a ministry', () => {
  it.each([
    // "Ban cán sự Đảng bộ X": the ministry's Party board, written as if "Đảng bộ" (there is no such board of a "Đảng bộ")
    ['Đoàn công tác giám sát Ban cán sự Đảng bộ Tài chính năm 2017.', 'Ban cán sự đảng Bộ Tài chính'],
    // short forms ending on "Bộ" take the ministry named inside another body's name
    ['Đoàn làm việc với Ban cán sự đảng Bộ Tư pháp; Đảng ủy Bộ đã báo cáo.', 'Đảng ủy Bộ Tư pháp'],
    ['Đoàn làm việc với Ban cán sự đảng Bộ Tư pháp; Thanh tra Bộ đã báo cáo.', 'Thanh tra Bộ Tư pháp'],
    // a ministry's inspectorate written in full
    ['Ông Lê Văn Tám, Chánh Thanh tra Bộ Y tế, cho biết.', 'Thanh tra Bộ Y tế'],
    // a ministry's standard department in lower case; with no ministry in its sentence, the article's one ministry
    ['Bộ Nội vụ họp. Các đơn vị gồm Vụ tổ chức cán bộ, Văn phòng.', 'Vụ Tổ chức cán bộ Bộ Nội vụ'],
    ['Ông Lê Văn Tám, Vụ trưởng Vụ pháp chế, Bộ Xây dựng, cho biết.', 'Vụ Pháp chế Bộ Xây dựng'],
  ])('reads %s', (text, expected) => {
    expect(bodiesOf(extract(text))).toContain(expected);
  });

  it.each([
    // "Bộ Tư lệnh" after "Thanh tra" is no ministry's inspectorate
    ['Ông giữ chức Thanh tra Bộ Tư lệnh Quân khu. Bộ Y tế họp.', 'Thanh tra Bộ'],
    // "vụ" named by a place or a person is a case, not a department
    ['Vụ Đồng Tâm: xét xử một số cán bộ của Bộ Công an.', 'Vụ Đồng Tâm'],
    ['Bộ Công an thông tin về vụ Lê Văn Tám.', 'Vụ Lê'],
    // the district offices' rule stays for "Phòng": a ministry's department is no district's
    ['Tại huyện Krông Pa, Vụ tổ chức cán bộ đã họp.', 'huyện Krông Pa'],
  ])('does not read %s as %s', (text, wrong) => {
    expect(bodiesOf(extract(text)).filter((b) => b.startsWith(wrong) || (wrong.startsWith('huyện') && b.startsWith('Vụ') && b.includes(wrong)))).toEqual([]);
  });
});
