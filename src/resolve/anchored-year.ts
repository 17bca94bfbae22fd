import type { DateMention } from '../extract/date-recognizer.js';

// years are rare in a text, so each is found first and the words before it are read (on the lower-cased text)
const YEAR = /(?:19|20)\d{2}(?!\d)/g;
// a month of a year: "tháng 6/2017", "Tháng 6.2017", "3/2017", "tháng 6 năm 2017" (not the end of a full date)
// NOTE: a month recalled in passing ("hồi tháng 3/2016") says little of the text's own time: see `marked` below
const MONTH_BEFORE = /(?:(?<![\p{N}]\s*[/.-]\s*)(?<![\p{N}])(\d{1,2})\s*[/.-]\s*|tháng\s+(\d{1,2})\s+năm\s+)$/u;
// a date the text looks forward to, or the end of a period: "trước ngày 15-7-2017", "từ 1/1/2016 đến 31/5/2017"
const FORWARD_BEFORE = /(?:trước|đến|tới|hết|hạn|[-–])\s*(?:ngày\s*)?$/u;
// a deadline: the reported event comes before it ("báo cáo trước ngày 15-7-2017")
const DEADLINE_BEFORE = /(?:trước|hạn|chậm nhất)\s*(?:ngày\s*)?$/u;
// the start of a period that runs to now ("từ tháng 6/2012 đến nay"), a birthday: not the time of the article
const NO_ANCHOR_BEFORE = /(?:từ|sinh|sinh ngày|sinh năm)\s*(?:ngày\s*|tháng\s*)?(?:\d{1,2}\s*[/.-]\s*){0,2}$/u;
// a year the text looks forward to or a span of years: not a bound on the text's own time
const AHEAD_BEFORE = /(?:đến|tới|hết|trước|tầm nhìn|kế hoạch|dự kiến|mục tiêu|vào|giai đoạn|nhiệm kỳ|khóa|kỳ|(?:19|20)\d{2}\s*[-–])\s*(?:năm\s*|tháng\s*)?(?:\d{1,2}\s*[/.-]\s*){0,2}$/u;
const SPAN_AFTER = /^\s*[-–]\s*(?:\d{1,2}\s*[/.-]\s*){0,2}(?:19|20)\d{2}/u;
const DAY_MS = 86_400_000;
/** How far from an anchor (days) a date without a year may lie and still take the anchor's year (a month: its 15th). */
const REACH = 60;
const MONTH_REACH = 75;
/** A paper or past day the reported event follows: an event carries out a paper within weeks, not two months. */
const PAPER_REACH = 45;

interface Anchor {
  /** Milliseconds (UTC) of the anchor's day. */
  t: number;
  /** Where the reported event lies: after a dated paper, past event or period end; before a deadline; about a month. */
  side: 'after' | 'before' | 'about';
  reach: number;
}

/**
 * The year of a day and month written without one ("Sáng 8/2"), read from the dates near it in the calendar that the
 * text writes in full: a paper dated a few days before ("Quyết định … ngày 6/2/2017"), a period that ends or a
 * deadline that falls within two months after it ("trước ngày 15-7-2017"; a period that ended, "đến 22.5.2016", lies
 * before it), the month itself ("Tháng 6.2017: được bầu …");
 * the latest such year. Null when no written date lies that close: an old paper's year is not the article's, nor are
 * birthdays and the starts of periods that run to now ("từ tháng 6/2012 đến nay"), nor one before a year the text
 * recalls ("Xuân Đinh Dậu 2017" beside "ngày 31/1/1965").
 */
export function anchoredYear(lower: string, dates: readonly DateMention[], month: number, day: number): number | null {
  const anchors: Anchor[] = [];
  for (const d of dates) {
    if (d.year === null || d.day === 0) continue;
    const before = lower.slice(Math.max(0, d.start - 16), d.start);
    if (NO_ANCHOR_BEFORE.test(before)) continue;
    const deadline = DEADLINE_BEFORE.test(before);
    anchors.push({ t: Date.UTC(d.year, d.month - 1, d.day), side: deadline ? 'before' : 'after', reach: deadline ? REACH : PAPER_REACH });
  }
  // the text's own time is no earlier than a year it recalls
  let floor = 0;
  for (const m of lower.matchAll(YEAR)) {
    if (/[\p{L}\p{N}]/u.test(lower[m.index - 1] ?? '')) continue;
    const before = lower.slice(Math.max(0, m.index - 24), m.index);
    if (!AHEAD_BEFORE.test(before) && !SPAN_AFTER.test(lower.slice(m.index + 4, m.index + 16))) floor = Math.max(floor, Number(m[0]));
    if (dates.some((d) => d.start <= m.index && d.end >= m.index + 4)) continue;
    const mb = MONTH_BEFORE.exec(before);
    const mo = mb ? Number(mb[1] ?? mb[2]) : 0;
    // a month is an anchor where a period ends ("từ tháng 6/2012 – 3/2017") or a career line starts ("Tháng 6.2017: …")
    const marked = FORWARD_BEFORE.test(before.slice(0, mb?.index ?? 0).replace(/tháng\s*$/u, '')) || lower[m.index + 4] === ':';
    if (mo >= 1 && mo <= 12 && marked && !NO_ANCHOR_BEFORE.test(before)) anchors.push({ t: Date.UTC(Number(m[0]), mo - 1, 15), side: 'about', reach: MONTH_REACH });
  }
  let best: { year: number; gap: number } | null = null;
  for (const a of anchors) {
    const y0 = new Date(a.t).getUTCFullYear();
    for (const y of [y0 - 1, y0, y0 + 1]) {
      const gap = (Date.UTC(y, month - 1, day) - a.t) / DAY_MS;
      if (y < floor || gap > (a.side === 'before' ? 0 : a.reach) || gap < (a.side === 'after' ? 0 : -a.reach)) continue;
      // the latest year wins: a text dates its own time later than the history it recalls
      if (!best || y > best.year || (y === best.year && Math.abs(gap) < best.gap)) best = { year: y, gap: Math.abs(gap) };
    }
  }
  return best?.year ?? null;
}
