import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/extract/text-scan.js';
import { resolveArticleDates } from '../../src/resolve/article-dates.js';

describe('resolveArticleDates', () => {
  it.each([
    // without a date line, a period of the year the article speaks of completes day/month dates
    ['Tiêu đề\nChiều 16/6, UBND tỉnh tổ chức họp báo về tình hình kinh tế 6 tháng đầu năm 2017.', 2017, '2017-06-16'],
    ['Tiêu đề\nSáng 2/4, Sở tổ chức hội nghị sơ kết công tác quý I năm 2019.', 2019, '2019-04-02'],
    ['Tiêu đề\nSáng 2/4, Sở tổ chức hội nghị; kết quả từ đầu năm 2021 đến nay khả quan.', 2021, '2021-04-02'],
    ['Tiêu đề\nTối 14.6, tỉnh tổ chức Lễ kỷ niệm 60 năm Ngày Bác Hồ về thăm quê lần thứ nhất (14.6.1957 - 14.6.2017).', 2017, '2017-06-14'],
    ['Tiêu đề\nSáng 27/7, huyện tổ chức Lễ kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2017) tại nhà văn hóa.', 2017, '2017-07-27'],
    // the first months of a year, a week of a month, the year after "the same period of" one, the current year of a span
    ['Tiêu đề\nNgày 20/6, Sở tổ chức giao ban. Những tháng đầu năm 2018, các đơn vị làm tốt.', 2018, '2018-06-20'],
    ['Tiêu đề\nNgày 20/6, Ban Tuyên giáo tổ chức Giao ban báo chí tuần 4, tháng 6-2019.', 2019, '2019-06-20'],
    ['Tiêu đề\nChiều 28/6, hội nghị bế mạc. Trong 6 tháng đầu năm, xuất khẩu tăng gấp đôi so với cùng kỳ năm 2020.', 2021, '2021-06-28'],
    // not a year's results compared with the year before
    ['Tiêu đề\nNgày 6-2, tỉnh tổ chức hội nghị. Cuối năm 2016, so với cùng kỳ năm 2015, diện tích nuôi tôm tăng.', null, null],
    ['Tiêu đề\nNgày 19/5, Ban tổ chức họp báo. Theo ông Tâm, 2019 là năm thứ hai thực hiện Nghị quyết.', 2019, '2019-05-19'],
    // a day's anniversary written as its span, its last year the current one
    ['Tiêu đề\nNgày 20/6, ông Tâm chúc mừng Ngày Báo chí Cách mạng Việt Nam (21-6-1925/21-6-2020) tại Hà Nội.', 2020, '2020-06-20'],
    // two dates of different days are no anniversary
    ['Tiêu đề\nNgày 20/6, ông Tâm nhắc lại thời gian công tác (1-12-2010/5-10-2015) tại Hà Nội, trước đông đảo cán bộ, đảng viên.', null, null],
    // a year of a past document or a target does not complete them
    ['Tiêu đề\nSáng 9/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết một năm thực hiện Quy định số 01 ngày 3/3/2016 của Ban Thường vụ, hướng tới năm 2020.', null, null],
    ['Tiêu đề\nSáng 9/5, Ban Chấp hành Trung ương làm việc tại hội trường; Đại hội lần thứ XII đầu năm 2016 đã bầu ông vào Bộ Chính trị.', null, null],
    // else a written date close in the calendar: the paper the event carries out, dated two days before
    ['Tiêu đề\nSáng 8/2, Tỉnh ủy tổ chức hội nghị triển khai Quyết định số 12-QĐNS/TW ngày 6/2/2019 của Ban Bí thư.', 2019, '2019-02-08'],
    // a lunar new year the article speaks of: its own year in the first months, the year before in the last
    ['Tiêu đề\nSáng 6/2, huyện tổ chức lễ ra quân đánh bắt hải sản đầu năm Đinh Dậu 2017.', 2017, '2017-02-06'],
    ['Tiêu đề\nSáng 8/2, quận tổ chức lễ phát động Tết trồng cây Xuân Mậu Tuất 2018.', 2018, '2018-02-08'],
    ['Tiêu đề\nSáng 7-2, Công an tỉnh tổng kết công tác bảo vệ Tết Nguyên đán Kỷ Hợi – 2019 an toàn.', 2019, '2019-02-07'],
    ['Tiêu đề\nChiều 20/12, tỉnh họp bàn chuẩn bị Tết Nguyên đán Đinh Dậu 2017 cho người nghèo.', 2016, '2016-12-20'],
    // a year without its lunar name is no lunar new year
    ['Tiêu đề\nSáng 8/2, quận tổ chức lễ phát động Tết trồng cây năm 2017 tại trường.', null, null],
    // a date line gives the year first
    ['Thứ Hai, 10/06/2024 08:15\nChiều 8/6, Sở họp, kết quả 6 tháng đầu năm 2023 tốt.', 2024, '2024-06-08'],
  ])('completes the dates of %s', (text, year, first) => {
    const r = resolveArticleDates(scanText(text), null);
    expect(r.referenceYear).toBe(year);
    expect(r.dates.find((d) => d.day > 0 && d.year === null)?.iso ?? null).toBe(first);
  });
});
