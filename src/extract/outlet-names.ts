import { copyBody } from './body-copy.js';
import { capitalizedRun, parsePlaceAfter, type ParsedBody } from './body-parser.js';
import type { PlaceLookup } from './place-lookup.js';
import { isUpper, type ScanText } from './text-scan.js';

/**
 * Places inside the name of a news outlet or a university ("Pháp luật TP.HCM", "báo Công an TP HCM", "Trường Đại
 * học Luật Hà Nội", "VOV-TPHCM") name no place the article is about: the gold does not list them.
 */

// the name words before the place (at most three), after a paper's or a university's head
const OUTLET_BEFORE = /(?:(?<![\p{L}] )Báo|(?:[Tt]heo|trên|[Ảả]nh:|của|với|tin) báo|Pháp [Ll]uật|Tạp chí|Trường Đại học|Đại học|Trường ĐH|Học viện)(?: [\p{L}&]+){0,3}[ -]$/u;
// an outlet's tag glued to the place: "VOV-TPHCM", "TTXVN/Hà Nội"
const TAG_BEFORE = /(?<![\p{L}])\p{Lu}{2,}[-/]$/u;

// words one of which OUTLET_BEFORE needs: looked up first, as most places follow none of them
const OUTLET_HEADS = ['Báo', 'báo', 'Pháp ', 'Tạp chí', 'Đại học', 'ĐH', 'Học viện'];

/** True when the place written at `start` ends the name of a news outlet or a university. */
export function insideOutletName(text: string, start: number): boolean {
  const last = text[start - 1];
  if (last !== ' ' && last !== '-' && last !== '/') return false;
  const before = text.slice(Math.max(0, start - 48), start);
  if (last !== ' ' && TAG_BEFORE.test(before)) return true;
  return last !== '/' && OUTLET_HEADS.some((h) => before.includes(h)) && OUTLET_BEFORE.test(before);
}

// the words before a newspaper cited as a source: "Theo báo Thanh Niên", "trên báo Lao Động", "Theo tin tức báo X"
const CITED_BEFORE = /(?:[Tt]heo|[Tt]rên|với|của|tin tức|đăng|Ảnh:|ảnh:|phóng viên) $/u;
// an outlet's name ends at punctuation, or at a verb of reporting or a date
const NAME_END = /^(?:$|[\n,.;:)"”']| (?:đăng|đưa|cho|dẫn|phản ánh|đã|ngày|số|vừa|có|trích|nêu|điện tử|online|sáng|chiều|tối|trưa|vào)(?![\p{L}]))/u;

/** A newspaper cited in lower case ("theo báo Thanh Niên"): the span of its name after "báo ", found by a literal scan. */
export function findCitedPapers(s: ScanText, bodies: readonly ParsedBody[], places: PlaceLookup): ParsedBody[] {
  const out: ParsedBody[] = [];
  // "báo X" after a citing word; "PV X" (a reporter of paper X)
  const starts: number[] = [];
  for (let i = s.text.indexOf('báo ', 1); i >= 0; i = s.text.indexOf('báo ', i + 4)) if (CITED_BEFORE.test(s.text.slice(Math.max(0, i - 11), i))) starts.push(i);
  for (let i = s.text.indexOf('PV ', 1); i >= 0; i = s.text.indexOf('PV ', i + 3)) if (/(?:với|của|cho|lời) $/u.test(s.text.slice(Math.max(0, i - 5), i))) starts.push(i - 1);
  for (const i of starts) {
    const at = i + 4;
    // "PV Báo X" is the paper read already; "PV Anh …" a person
    if (!isUpper(s.text[at]) || /^(?:Báo|Anh|Chị|Ông|Bà|Em|Cô) /u.test(s.text.slice(at, at + 5))) continue;
    const inner = bodies.find((b) => b.start === at);
    if (inner) {
      // "báo Công an TP HCM" names the paper, not the police
      const name = inner.place ? `${inner.base} ${inner.place.name}` : inner.base;
      out.push(copyBody(inner, { start: i, kind: 'other', base: `Báo ${name}`, level: 'unknown', place: null, needsScope: false, needsCommittee: false, parent: null }));
      continue;
    }
    const run = capitalizedRun(s, at, 4);
    // a province's paper is named by the province alone ("báo Khánh Hòa"); "TP" starts the city of a paper's name
    const own = run.find((e) => places.province(s.text.slice(at, e)) !== undefined);
    const tp = run.findIndex((e, k) => k > 0 && /^(?:TP|Tp)$/u.test(s.text.slice((run[k - 1] ?? at) + 1, e)));
    const city = tp > 0 ? parsePlaceAfter(s, run[tp - 1]!, places, 'none') : null;
    const end = own ?? (city?.level === 'province' ? city.end : run[run.length - 1]);
    if (end === undefined || !NAME_END.test(s.text.slice(end, end + 14))) continue;
    const name = city?.level === 'province' && own === undefined ? `${s.text.slice(at, run[tp - 1])} ${places.province(city.name, true)?.formalName ?? city.name}` : s.text.slice(at, end);
    out.push({ start: i, end, kind: 'other', base: `Báo ${name}`, level: 'unknown', place: null, needsScope: false, needsCommittee: false, parent: null });
  }
  return out;
}
