import { isWordChar, type ScanText } from './text-scan.js';

/** A date written in the text. `year` is null when the text gives only day and month. */
export interface DateMention {
  start: number;
  end: number;
  day: number;
  month: number;
  year: number | null;
  /** "sáng nay", "hôm nay"…: the date is the article's own date. */
  today: boolean;
  /** Days relative to the article's date for "hôm qua" (-1) and the like; 0 otherwise. */
  offset?: number;
}

const FULL = /(?<![\p{N}.,/-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})(?![\p{N}])/gu;
const WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})/gu;
// day/month with a cue: "ngày 25/11", "sáng 10/5", "tối 14.6", "(25/11)" after "nay", the first of a span across months
// ("từ ngày 30/5-7/6")
const SHORT = /(?:(ngày|sáng|chiều|tối|trưa|đêm|hôm nay|sáng nay|chiều nay|tối nay|trưa nay)\s*(?:ngày\s*)?\(?\s*)(\d{1,2})\s*(?:[/-]|\.(?=\d))\s*(\d{1,2})(?![\p{N}/]|-(?!\s*\d{1,2}\s*\/\s*\d)|\.\d)/gu;
const TODAY = /(?:sáng|chiều|tối|trưa|hôm) (?:nay|qua)/gu;
// a span of days in one month: "từ ngày 27 - 30/6", "ngày 27 đến 30-6", "trong các ngày 25, 26 và 27/9/2014"; the span
// is dated by its first day
const DAY_SPAN = /ngày\s+(\d{1,2})\s*(?:-|–|đến|(?:,\s*\d{1,2}\s*)*(?:,|và))\s*(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*((?:19|20)\d{2}))?(?![\p{N}])/gu;
// between the first date of a span and its last: "từ ngày 5-5 đến 10-5-2017"
const SPAN_JOIN = /^\s*(?:-|–|đến|tới)\s*(?:ngày\s*)?$/u;

function valid(d: number, m: number, y: number | null): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  if (y !== null && (y < 1900 || y > 2100)) return false;
  return true;
}

/** Finds dates: d/m/yyyy, d-m-yyyy, d.m.yyyy, "ngày d tháng m năm yyyy", cued d/m, and "sáng nay"-type words. */
export function findDates(s: ScanText): DateMention[] {
  const out: DateMention[] = [];
  const text = s.text;
  for (const m of text.matchAll(FULL)) {
    const d = Number(m[1]);
    const mo = Number(m[3]);
    const y = Number(m[4]);
    if (valid(d, mo, y)) out.push({ start: m.index, end: m.index + m[0].length, day: d, month: mo, year: y, today: false });
  }
  for (const m of s.lower.matchAll(WORDS)) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    const y = Number(m[3]);
    if (valid(d, mo, y)) out.push({ start: m.index, end: m.index + m[0].length, day: d, month: mo, year: y, today: false });
  }
  for (const m of s.lower.matchAll(SHORT)) {
    const d = Number(m[2]);
    const mo = Number(m[3]);
    const start = m.index + m[0].length - (m[0].length - m[0].search(/\d/u));
    const end = m.index + m[0].length;
    if (!valid(d, mo, null)) continue;
    if (out.some((x) => x.start <= start && x.end >= end - 1)) continue;
    const today = /nay/iu.test(m[1]!);
    out.push({ start, end, day: d, month: mo, year: null, today });
  }
  for (const m of s.lower.matchAll(DAY_SPAN)) {
    const d = Number(m[1]);
    const mo = Number(m[3]);
    const y = m[4] ? Number(m[4]) : null;
    const start = m.index + m[0].search(/\d/u);
    if (!valid(d, mo, y) || Number(m[2]) <= d) continue;
    if (out.some((x) => x.start <= start && x.end > start)) continue;
    out.push({ start, end: m.index + m[0].length, day: d, month: mo, year: y, today: false });
  }
  for (const m of s.lower.matchAll(TODAY)) {
    if (isWordChar(text[m.index - 1]) || isWordChar(text[m.index + m[0].length])) continue;
    const yesterday = m[0].endsWith('qua');
    out.push({ start: m.index, end: m.index + m[0].length, day: 0, month: 0, year: null, today: !yesterday, offset: yesterday ? -1 : 0 });
  }
  out.sort((a, b) => a.start - b.start);
  completeSpans(out, text);
  return out;
}

/** The first date of a span takes the year of its last: "từ ngày 5-5 đến 10-5-2017". */
function completeSpans(dates: DateMention[], text: string): void {
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    if (a.year !== null || a.day === 0 || b.year === null || a.month > b.month) continue;
    if (SPAN_JOIN.test(text.slice(a.end, b.start))) a.year = b.year;
  }
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
