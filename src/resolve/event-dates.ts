import { isoDate } from '../extract/date-recognizer.js';
import type { EventMention } from '../extract/event-recognizer.js';

/**
 * The date of an event named where the text gives none (the title, "Tại hội nghị, …"), read from another mention of
 * the same kind in the lead that has one ("Ngày 8/6, … tổ chức Hội nghị nhằm …"), bare or named alike: the first
 * such, or null.
 */
export function leadDate(
  mentions: readonly EventMention[],
  main: EventMention,
  inLead: (e: EventMention) => boolean,
  dateOf: (e: EventMention) => string | null,
): string | null {
  for (const e of mentions) {
    // another named one may be another event ("Hội nghị … lần đầu tiên diễn ra vào ngày 29/4/2016")
    if (e === main || e.kind !== main.kind || (e.descriptor && e.descriptor !== main.descriptor) || !inLead(e)) continue;
    const d = dateOf(e);
    if (d) return d;
  }
  return null;
}

// the term a congress opens, written after its name: "Đại hội … lần thứ V, nhiệm kỳ 2017 - 2022"
const TERM_AFTER = /^\s*,?\s*\(?\s*nhiệm kỳ\s+((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}(?!\d)/u;

/**
 * The date of a congress its sentence gives without a year ("Ngày 7/7, … tổ chức thành công Đại hội … lần thứ V,
 * nhiệm kỳ 2017-2022"): a congress opens its term, so the year is the term's first. `after` is the text after the
 * congress's name; `dates` are those of its sentence. Null when no term follows the name or no date is in the sentence.
 */
export function termYearDate(after: string, dates: ReadonlyArray<{ day: number; month: number; year: number | null }>): string | null {
  const t = TERM_AFTER.exec(after.slice(0, 48));
  const d = t ? dates.find((x) => x.day > 0 && x.year === null) : undefined;
  return t && d ? isoDate(Number(t[1]), d.month, d.day) : null;
}

/**
 * A date that opens or closes a span in brackets ("(14/6/1957 - 14/6/2017)", "(21-6-1925/21-6-2017)"): an
 * anniversary's, not an event's day.
 */
export function inSpan(text: string, d: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, d.start - 3), d.start);
  const after = text.slice(d.end, d.end + 3);
  return (/\(\s*$/u.test(before) && /^\s*[-–/]/u.test(after)) || (/[-–/]\s*$/u.test(before) && /^\s*\)/u.test(after));
}

// an event the sentence looks ahead to or speaks about: "tiếp xúc cử tri trước kỳ họp thứ 3", "chuẩn bị cho Đại hội",
// "họp báo giới thiệu về kỳ họp", "sẽ được quyết nghị tại kỳ họp thứ 4", "sẽ dự Hội nghị Thượng đỉnh"
const AHEAD = /(?<![\p{L}])(?:trước|chuẩn bị(?: cho)?|phục vụ|giới thiệu(?: về)?|sẽ (?:tham )?dự|sẽ[^.,;:!?\n]{0,40}\stại)\s+$/iu;

/** Whether the event named at `start` is one its sentence prepares for or announces, not one held on the sentence's date. */
export function aheadOf(text: string, start: number): boolean {
  return AHEAD.test(text.slice(Math.max(0, start - 60), start));
}
