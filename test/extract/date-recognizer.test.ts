import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/date-recognizer.js';
import { scanText } from '../../src/extract/text-scan.js';

function dates(text: string): Array<[number, number, number | null]> {
  return findDates(scanText(text)).filter((d) => d.day > 0).map((d) => [d.day, d.month, d.year]);
}

describe('findDates', () => {
  it.each([
    ['Ngày 4-7-2017, Huyện ủy họp.', [[4, 7, 2017]]],
    ['Sáng 8/2, Tỉnh ủy tổ chức hội nghị.', [[8, 2, null]]],
    ['Tối 14.6, tại quảng trường, tỉnh tổ chức lễ kỷ niệm.', [[14, 6, null]]],
    ['Ông nhận quyết định ngày 25/11.', [[25, 11, null]]],
    ['Ngày 14.6.1957, Bác về thăm quê.', [[14, 6, 1957]]],
    // the first day of a span takes the year of its last
    ['Từ ngày 5-5 đến 10-5-2017, tại Hà Nội, hội nghị đã họp.', [[5, 5, 2017], [10, 5, 2017]]],
    ['Từ ngày 27/6 đến ngày 30/6/2017, Ủy ban họp.', [[27, 6, 2017], [30, 6, 2017]]],
    // a span of days in one month is dated by its first day
    ['Từ ngày 27 - 30/6, tại Hà Nội, Ủy ban đã họp.', [[27, 6, null]]],
    ['Từ ngày 27 - 30/6/2017, Ủy ban đã họp.', [[27, 6, 2017], [30, 6, 2017]]],
    // and days listed
    ['Đại hội diễn ra trong các ngày 25, 26 và 27/9/2019 tại Hà Nội.', [[25, 9, 2019], [27, 9, 2019]]],
    ['Hội nghị họp ngày 5 và 6/7.', [[5, 7, null]]],
    // a span across months is dated by its first day
    ['Đoàn sẽ làm việc với Ban cán sự từ ngày 30/5-7/6. Sau đó, đoàn báo cáo.', [[30, 5, null]]],
    // a day and month then a dash and no date: not a date
    ['Tỷ số ngày 3-1-0 của đội.', []],
    // dates far apart are no span
    ['Ngày 3/3 ông A nhận quyết định. Đến ngày 5/6/2016, ông nghỉ hưu.', [[3, 3, null], [5, 6, 2016]]],
  ])('reads the dates of %s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
