import { copyBody } from './body-copy.js';
import { OrgKind, type ParsedBody } from './body-parser.js';
import type { ScanText } from './text-scan.js';

/**
 * Councils, committees and boards of the National Assembly and of its Standing Committee, named with their owner:
 * "Hội đồng Dân tộc của Quốc hội", "Ủy ban Pháp luật của Quốc hội", "Ban Công tác đại biểu thuộc Ủy ban Thường vụ
 * Quốc hội". The canonical name joins the owner without "của"/"thuộc" ("Hội đồng Dân tộc Quốc hội").
 */

// the heads such a body starts with; looked up first, as most positions start none of them
const HEADS = ['Hội đồng ', 'Ủy ban ', 'Ban '];
// "Ủy ban X" takes a name of up to eight words: not the Front's or a people's committee, and no title or delegation
// inside ("Ủy ban Trung ương MTTQ Việt Nam, Trưởng đoàn Đại biểu Quốc hội" names two bodies); its lower-case words are
// those of the committees' names ("Ủy ban Về các vấn đề xã hội"), so that a sentence is not read into it
const ASSEMBLY_BODY =
  /^(Hội đồng [Dd]ân tộc|Ủy ban (?!Thường vụ|[Nn]hân dân|[Mm]ặt trận|Kiểm tra|MTTQ|Trung ương|TW|TƯ)\p{Lu}\p{L}*(?:,? (?!Ủy |Trưởng |Phó |Đại biểu|Đoàn |Việt Nam|Hội |Ban |Bộ |Nhóm |Văn phòng|Tòa |Viện )(?:\p{Lu}\p{L}*|và|về|các|vấn|đề|xã|hội|nhi|đồng|thiếu|niên|ngân|sách|an|ninh|môi|trường|công|nghệ|giáo|dục|thanh|pháp|luật|tư|kinh|tế|đối|ngoại|quốc|phòng|khoa|học|văn|hóa|dân|tộc|tài|chính)(?![\p{L}])){0,8}?|Ban [Dd]ân nguyện|Ban [Cc]ông tác đại biểu) (?:(?:của|thuộc) )?(Ủy ban Thường vụ Quốc hội|UBTVQH|Quốc hội)(?![\p{L}\p{N}])/u;

const CANONICAL_HEADS: Readonly<Record<string, string>> = {
  'hội đồng dân tộc': 'Hội đồng Dân tộc',
  'ban dân nguyện': 'Ban Dân nguyện',
  'ban công tác đại biểu': 'Ban Công tác đại biểu',
};

// whether the text names the Assembly at all, kept for the last text read (bodies are read one text at a time)
let lastText = '';
let lastNames = false;
function namesAssembly(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastNames = text.includes('Quốc hội') || text.includes('UBTVQH');
  }
  return lastNames;
}

/** The Assembly's body named at `pos` with its owner, or null. */
export function parseAssemblyBody(s: ScanText, pos: number): ParsedBody | null {
  const text = s.text;
  if (!HEADS.some((h) => text.startsWith(h, pos)) || !namesAssembly(text)) return null;
  const slice = text.slice(pos, pos + 160);
  if (!slice.includes('Quốc hội') && !slice.includes('UBTVQH')) return null;
  const m = ASSEMBLY_BODY.exec(slice);
  if (!m) return null;
  const owner = m[2] === 'Quốc hội' ? 'Quốc hội' : 'Ủy ban Thường vụ Quốc hội';
  // the heads are written in lower case after a title too ("Trưởng Ban công tác đại biểu")
  const name = m[1]!.startsWith('Ủy ban') ? m[1]! : (CANONICAL_HEADS[m[1]!.toLowerCase()] ?? m[1]!);
  const end = pos + m[0].length;
  // the owner is a body named too
  const ownerBody: ParsedBody = { start: end - m[2]!.length, end, kind: OrgKind.National, base: owner, level: 'central', place: null, needsScope: false, needsCommittee: false, parent: null };
  const body: ParsedBody = { start: pos, end, kind: OrgKind.National, base: `${name} ${owner}`, level: 'central', place: null, needsScope: false, needsCommittee: false, parent: null };
  return copyBody(body, { within: ownerBody });
}
