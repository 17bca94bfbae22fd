import type { Span } from '../core/index.js';

/** The title: the first line of some length that is not a page's date line ("Thứ Tư, 19/06/2024 10:55"). */
export function findTitleLine(text: string): Span | null {
  let pos = 0;
  for (const line of text.split('\n', 12)) {
    const t = line.trim();
    const start = pos + line.indexOf(t);
    pos += line.length + 1;
    if (t.length < 20 || /^(thứ|chủ nhật)(?![\p{L}])/iu.test(t) || /^\d/u.test(t) || /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/u.test(t.slice(0, 40))) continue;
    return { start, end: start + Math.min(t.length, 300) };
  }
  return null;
}
