/**
 * Places inside the name of a news outlet or a university ("Pháp luật TP.HCM", "báo Công an TP HCM", "Trường Đại
 * học Luật Hà Nội", "VOV-TPHCM") name no place the article is about: the gold does not list them.
 */

// the name words before the place (at most three), after a paper's or a university's head
const OUTLET_BEFORE = /(?:(?<![\p{L}] )Báo|(?:[Tt]heo|trên|[Ảả]nh:|của|với|tin) báo|Pháp [Ll]uật|Tạp chí|Trường Đại học|Đại học|Trường ĐH|Học viện)(?: [\p{L}&]+){0,3}[ -]$/u;
// an outlet's tag glued to the place: "VOV-TPHCM", "TTXVN/Hà Nội"
const TAG_BEFORE = /(?<![\p{L}])\p{Lu}{2,}[-/]$/u;

/** True when the place written at `start` ends the name of a news outlet or a university. */
export function insideOutletName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  return TAG_BEFORE.test(before) || OUTLET_BEFORE.test(before);
}
