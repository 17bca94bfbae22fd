import type { ParsedBody } from './body-parser.js';
import type { ScanText } from './text-scan.js';

/**
 * National online outlets cited in a story by their brand ("Trao đổi với VietNamNet", "Như VTC News đưa tin",
 * "báo Vnexpress thông tin"): named organizations, listed by the brand's own spelling. Credits ("Ảnh: VnExpress",
 * "(Theo Zing.vn)", "PV/VOV.VN") cite a source, they name no body of the story.
 */
const BRANDS: Readonly<Record<string, string>> = {
  vnexpress: 'VnExpress',
  'zing.vn': 'Zing.vn',
  'zing news': 'Zing News',
  vietnamnet: 'VietNamNet',
  'vtc news': 'VTC News',
  vneconomy: 'VnEconomy',
  infonet: 'Infonet',
};
const KEYS = Object.keys(BRANDS);

const isNameChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}.]/u.test(c);

/** The brands cited in the text, with "báo " before them read as part of the mention. */
export function findOnlineOutlets(s: ScanText): ParsedBody[] {
  const out: ParsedBody[] = [];
  for (const key of KEYS) {
    for (let i = s.lower.indexOf(key); i >= 0; i = s.lower.indexOf(key, i + key.length)) {
      const end = i + key.length;
      if (isNameChar(s.text[i - 1]) || (isNameChar(s.text[end]) && s.text[end] !== '.') || /^\.\p{L}/u.test(s.text.slice(end, end + 2))) continue;
      const before = s.text.slice(Math.max(0, i - 12), i);
      // a credit: "Ảnh: X", "Nguồn: X", "(Theo X)", "PV/X", "X/Hà Nội"
      if (/(?:[Ảả]nh|[Nn]guồn|[Vv]ideo|[Cc]lip)\s*:\s*$|[/(]\s*(?:[Tt]heo\s+)?$/u.test(before) || /^\s*[/)]/u.test(s.text.slice(end, end + 2))) continue;
      // "Báo Vietnamnet" in capitals is the paper's name as printed, read by the body parser
      if (/(?:^|[^\p{L}])Báo $/u.test(before)) continue;
      const paper = /(?:^|[^\p{L}])báo $/u.test(before) ? i - 4 : i;
      out.push({ start: paper, end, kind: 'other', base: BRANDS[key]!, level: 'unknown', place: null, needsScope: false, needsCommittee: false, parent: null });
    }
  }
  return out;
}
