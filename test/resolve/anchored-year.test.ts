import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/date-recognizer.js';
import { scanText } from '../../src/extract/text-scan.js';
import { anchoredYear } from '../../src/resolve/anchored-year.js';

/** The year anchoredYear gives the first day/month date of `text` written without a year. */
function yearOf(text: string): number | null {
  const s = scanText(text);
  const dates = findDates(s);
  const first = dates.find((d) => d.day > 0 && d.year === null)!;
  return anchoredYear(s.lower, dates, first.month, first.day);
}

describe('anchoredYear', () => {
  it.each([
    // a paper dated a few days before the event
    ['Sáng 8/2, Tỉnh ủy tổ chức hội nghị công bố Quyết định số 12-QĐ/TW ngày 6/2/2019 của Ban Bí thư.', 2019],
    // a paper dated across the new year
    ['Sáng 5/1, Huyện ủy tổ chức hội nghị triển khai Kế hoạch số 7 ngày 28/12/2020.', 2021],
    // a paper a month before (an event carries out a paper within weeks)
    ['Chiều 21/6, Ban Tổ chức tổ chức hội thảo về thực hiện Nghị quyết số 11-NQ/TW ngày 20/5/2015 của Bộ Chính trị.', 2015],
    // a deadline a few weeks after
    ['Chiều nay 25-5, Ban Bí thư họp. Đoàn kiểm tra báo cáo trước ngày 15-7-2022.', 2022],
    // the end of a period just before
    ['Ngày 20/6, Đoàn giám sát công bố quyết định; thời gian giám sát từ 1/1/2017 đến 31/5/2018.', 2018],
    // a career line of the month
    ['Sáng 22.6, Ủy ban tổ chức hội nghị hiệp thương. Tháng 7.1999 – 6.2004: Phó Chủ tịch. Tháng 6.2023: Chủ tịch.', 2023],
    // a period that ends in a month near the event
    ['Ngày 15/5, Đoàn kiểm tra làm việc; mốc thời gian dài (từ tháng 6/2010 – 3/2019).', 2019],
    // not a paper two months before: it may be one of any year
    ['Chiều 21/6, Ban Tổ chức tổ chức hội thảo về thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị.', null],
  ])('reads the year of %s', (text, year) => {
    expect(yearOf(text)).toBe(year);
  });

  it.each([
    // an old paper near the day in the calendar, but after it: not the event's year
    ['Sáng 26/5, Tỉnh ủy tổ chức hội nghị sơ kết Chỉ thị số 16 ngày 5/6/2012 của Ban Bí thư.'],
    // a period that ended just after the day: the event is not within it
    ['Chiều 19.5, Quốc hội thảo luận về sự cố môi trường kéo dài từ tháng 4 đến 22.5.2016.'],
    // a paper months before
    ['Sáng 9/6, Ban Thường vụ tổ chức hội nghị sơ kết Quy định số 01 ngày 3/3/2016.'],
    // a birthday and the start of a period that runs to now
    ['Sáng 26/6, Thành ủy trao quyết định cho ông Lê Văn Tâm, sinh ngày 1/6/1960.'],
    ['Sáng 15/5, Đoàn kiểm tra làm việc. Thời gian kiểm tra là từ tháng 6/2012 đến nay.'],
    // a month recalled in passing
    ['Sáng 6/2, Sở họp. Hồi tháng 3/2016, dự án được khởi công.'],
    // a history older than a year the text writes as its own
    ['Xuân Đinh Dậu 2017, ngày 6/2, nhân dân trồng cây. Ngày 31/1/1965, Bác về thăm.'],
  ])('reads no year from %s', (text) => {
    expect(yearOf(text)).toBeNull();
  });
});
