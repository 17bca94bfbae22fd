import { findDates, isoDate, type DateMention } from '../extract/date-recognizer.js';
import type { ScanText } from '../extract/text-scan.js';
import { anchoredYear } from './anchored-year.js';

export interface ArticleDates {
  /** The article's own date (ISO), when the text or metadata gives it. */
  published: string | null;
  /**
   * A year to complete day/month dates with: the published year, else the nearest page date's, else that of a period
   * the article speaks of as current, else the year a written date close in the calendar gives the first of them.
   */
  referenceYear: number | null;
  /** Dates in text order, with the year completed where possible, ISO. */
  dates: Array<DateMention & { iso: string | null }>;
}

// years are rare in a text, so each is found first and the words before it are checked (on the lower-cased text)
const YEAR = /(?:19|20)\d{2}(?!\d)/g;
// a period of the current year written out: "6 tháng đầu năm 2017", "quý II năm 2017", "từ đầu năm 2017", "những
// tháng đầu năm 2017"
const PERIOD_BEFORE = /(?<![\p{L}])(?:(?:\d{1,2}|ba|sáu|chín|những|các) tháng (?:đầu|cuối) năm|quý (?:[iv]{1,3}|\d)(?:\/| năm)?|từ đầu năm)\s*$/u;
// a week of a month: "Giao ban báo chí tuần 4, tháng 6-2017" (looked for only after "tuần")
const WEEK_BEFORE = /(?<![\p{L}])tuần (?:thứ )?\d{1,2},? tháng \d{1,2}\s*[/.-]\s*$/u;
// the same period of a year before, where the text reports a part of its own year without writing it ("6 tháng đầu
// năm, … tăng gấp đôi so với cùng kỳ năm 2016"): the text speaks from the year after it (a year's results compared
// with the one before are not enough: "cuối năm 2016 …, so với cùng kỳ năm 2015")
const SAME_PERIOD_BEFORE = /(?<![\p{L}])cùng kỳ(?: năm)?\s*$/u;
const PART_OF_YEAR = /(?<![\p{L}])(?:\d{1,2}|ba|sáu|chín|những|các) tháng (?:đầu năm|qua)(?!\s*(?:năm\s*)?(?:\d|nay))/u;
// a year spoken of as the current one of a span: "2017 là năm thứ hai thực hiện Nghị quyết …"
const NTH_YEAR_AFTER = ' là năm thứ ';
// a day's anniversary as its span: "Ngày Báo chí Cách mạng Việt Nam (21-6-1925/21-6-2017)", held in its last year
const DAY_SPAN_BEFORE = /\(\s*(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(?:19|20)\d{2}\s*[-–/]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*$/u;
// an anniversary with its span: "Kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2017)" is held in its last year
const ANNIVERSARY = /kỷ niệm\s+(\d{1,3})\s+năm[^()\n]{0,160}\([^()\n]{0,12}?((?:19|20)\d{2})\s*[-–]\s*[^()\n]{0,12}?((?:19|20)\d{2})\s*\)/gu;
// a lunar new year spoken of: "Xuân Đinh Dậu 2017", "Tết Nguyên đán Đinh Dậu – 2017", "đầu năm Đinh Dậu 2017"; it falls in
// late January or February, so its days run from the December before it
const LUNAR_BEFORE = /(?<![\p{L}])(?:xuân|tết nguyên đán|tết|đầu năm) (?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý) (?:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)\s*(?:[-–]\s*)?(?:năm\s*)?$/u;
const TIME = /\d{1,2}\s*[:h]\s*\d{2}|\d{1,2}:\d{2}:\d{2}|\d{1,2}h\d{0,2}'?/u;

/**
 * Works out the article's own date. In order: a "sáng nay (25/11)" style date; a time-stamped date line near the
 * top (the one closest to the body, as the first may be the page's date); the metadata date. A weekday date alone
 * at the top of a page is the page's date, not the article's.
 */
export function resolveArticleDates(s: ScanText, metaPublished: string | null | undefined): ArticleDates {
  const found = findDates(s);
  const head = s.text.slice(0, 800);
  const headLines: Array<{ start: number; end: number; line: string }> = [];
  let pos = 0;
  for (const line of head.split('\n')) {
    headLines.push({ start: pos, end: pos + line.length, line });
    pos += line.length + 1;
  }
  let published: string | null = null;
  let pageYear: number | null = null;
  // 1. time-stamped dates in the header lines (short lines with a date and a time)
  const stamped: DateMention[] = [];
  for (const d of found) {
    if (d.year === null || d.start > 800) continue;
    const line = headLines.find((l) => d.start >= l.start && d.start <= l.end);
    if (!line || line.line.length > 90) continue;
    pageYear ??= d.year;
    if (TIME.test(line.line.replace(/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/u, ''))) stamped.push(d);
  }
  // 2. "sáng nay" with a date next to it
  for (let i = 0; i < found.length; i++) {
    const d = found[i]!;
    if (!d.today) continue;
    const next = found[i + 1];
    if (d.day === 0 && next && next.start - d.end <= 4 && next.day > 0) {
      const y = next.year ?? stamped[stamped.length - 1]?.year ?? pageYear;
      if (y) published = isoDate(y, next.month, next.day);
      break;
    }
    if (d.day > 0) {
      const y = d.year ?? stamped[stamped.length - 1]?.year ?? pageYear;
      if (y) published = isoDate(y, d.month, d.day);
      break;
    }
  }
  if (!published && stamped.length > 0) {
    const d = stamped[stamped.length - 1]!;
    published = isoDate(d.year!, d.month, d.day);
  }
  if (!published && metaPublished) published = metaPublished;
  const first = found.find((d) => d.day > 0 && d.year === null);
  const referenceYear = published ? Number(published.slice(0, 4)) : (pageYear ?? periodYear(s.lower) ?? (first ? anchoredYear(s.lower, found, first.month, first.day) ?? lunarYear(s.lower, first.month) : null));
  const dates = found.map((d) => {
    if (d.day === 0) return { ...d, iso: published && d.offset ? shiftDays(published, d.offset) : d.today ? published : null };
    const y = d.year ?? referenceYear;
    return { ...d, iso: y ? isoDate(y, d.month, d.day) : null };
  });
  return { published, referenceYear, dates };
}

/**
 * The latest year of a period the article speaks of as current ("6 tháng đầu năm 2017", an anniversary's span), or
 * null. `lower` is the article's lower-cased text.
 */
function periodYear(lower: string): number | null {
  let year: number | null = null;
  let partOfYear: boolean | undefined;
  for (const m of lower.matchAll(YEAR)) {
    const y = Number(m[0]);
    const before = lower.slice(Math.max(0, m.index - 32), m.index);
    const period = (before.includes('tháng') || before.includes('quý') || before.includes('đầu năm')) && PERIOD_BEFORE.test(before);
    if (period || lower.startsWith(NTH_YEAR_AFTER, m.index + 4) || (before.includes('tuần') && WEEK_BEFORE.test(before))) year = Math.max(year ?? 0, y);
    else if (before.includes('cùng kỳ') && SAME_PERIOD_BEFORE.test(before) && (partOfYear ??= PART_OF_YEAR.test(lower))) year = Math.max(year ?? 0, y + 1);
    else if (lower[m.index + 4] === ')' || lower[m.index + 5] === ')') {
      const span = DAY_SPAN_BEFORE.exec(before);
      if (span && span[1] === span[4] && span[3] === span[5]) year = Math.max(year ?? 0, y);
    }
  }
  for (const m of lower.includes('kỷ niệm') ? lower.matchAll(ANNIVERSARY) : []) if (Number(m[3]) - Number(m[2]) === Number(m[1])) year = Math.max(year ?? 0, Number(m[3]));
  return year;
}

/**
 * The year of a lunar new year the article speaks of ("Xuân Đinh Dậu 2017"), for a date of month `month` written
 * without a year: the year itself from January to September, the year before from October on (the days before Tết).
 * The latest such, or null.
 */
export function lunarYear(lower: string, month: number): number | null {
  let year: number | null = null;
  for (const m of lower.matchAll(YEAR)) {
    if (LUNAR_BEFORE.test(lower.slice(Math.max(0, m.index - 32), m.index))) year = Math.max(year ?? 0, Number(m[0]));
  }
  return year === null ? null : month >= 10 ? year - 1 : year;
}

/** An ISO date moved by a number of days. */
export function shiftDays(iso: string, days: number): string {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
