import type { NameMatch } from './person-name.js';
import { titleCase } from './person-name.js';

export interface Byline {
  start: number;
  end: number;
  /** The byline as printed ("Huỳnh Phong – Hùng Anh", "M.V.H"). */
  text: string;
  /** Full-name authors (initials are not persons). */
  names: NameMatch[];
}

const FURNITURE = /^(ý kiến|bình luận|chia sẻ|tags?|từ khóa|bài cùng chuyên mục|tin liên quan|xem thêm|đang tải|guest|họ và tên|email|gửi|in bài|theo |nguồn)/iu;
const NAME_SYL = /^\p{Lu}[\p{Ll}\p{M}]*$|^\p{Lu}[\p{Lu}\p{M}]+$/u;
const INITIALS = /^(?:\p{Lu}\.){1,4}\p{Lu}?\.?$|^(?:\p{Lu}{1,2}\.){1,3}\p{Lu}{1,3}$/u;

function nameParts(segment: string, offset: number): NameMatch | null {
  const words = segment.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_SYL.test(w))) return null;
  const start = offset + segment.indexOf(words[0]!);
  const caps = words.every((w) => w.length > 1 && w === w.toUpperCase());
  return { start, end: start + words.join(' ').length, name: (caps ? words.map(titleCase) : words).join(' '), caps };
}

/**
 * Finds the byline: a short line after the last paragraph of the body, holding one or two names
 * ("Huỳnh Phong – Hùng Anh"), initials ("M.V.H"), or a name glued to the next words ("Phong LâmBan …").
 */
export function findByline(text: string): Byline | null {
  const lines: Array<{ start: number; line: string }> = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: pos, line });
    pos += line.length + 1;
  }
  // the last paragraph of the body: a long line ending a sentence
  let last = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!.line.trim();
    if (l.length >= 80) {
      const tail = tailByline(lines[i]!.line, lines[i]!.start);
      if (tail || !/[.!?…"”)]\s*(?:\.\/\.)?\s*$/u.test(l)) return tail;
      last = i;
      break;
    }
  }
  if (last < 0) return null;
  for (let i = last + 1; i < Math.min(lines.length, last + 6); i++) {
    const { start, line } = lines[i]!;
    const t = line.trim();
    if (!t) continue;
    if (FURNITURE.test(t)) return null;
    const lead = start + line.indexOf(t);
    if (INITIALS.test(t)) return { start: lead, end: lead + t.length, text: t, names: [] };
    // a name glued to the next words: "Phong LâmBan Tổ chức Tỉnh ủy"
    const glued = /^((?:\p{Lu}[\p{Ll}\p{M}]*\s){1,3}\p{Lu}[\p{Ll}\p{M}]*)(?=\p{Lu}[\p{Ll}\p{M}])/u.exec(t);
    const candidate = glued ? glued[1]! : t.replace(/\s*\([^)]*\)\s*$/u, '');
    if (candidate.length > 60) return null;
    const segments = candidate.split(/\s*[–—-]\s*|\s*,\s*|\s+và\s+/u);
    const names: NameMatch[] = [];
    let ok = true;
    let cursor = 0;
    for (const seg of segments) {
      const at = candidate.indexOf(seg, cursor);
      cursor = at + seg.length;
      const n = nameParts(seg, lead + at);
      if (!n) {
        ok = false;
        break;
      }
      names.push(n);
    }
    if (ok && names.length > 0) return { start: lead, end: lead + candidate.length, text: candidate, names };
    return null;
  }
  return null;
}

// a byline printed after the last sentence of the body's line: "… đề ra./. Minh Châu/VOV-ĐBSCL", "… chân tình”. TRẦN VĂN AN"
// the outlet after a slash may run to a few words ("Minh Châu/VOV miền Trung", "Minh Thà/KD&PL"); a dash may trail
const TAIL = /[.!?…"”)](?:\s*\.\/\.)?\s+((?:\p{Lu}[\p{L}\p{M}]*)(?:\s*[-–,.]?\s*\p{Lu}[\p{L}\p{M}]*){1,7}\.?)(\s*(?:\/\s*[\p{Lu}][\p{L}\p{M}\p{N}.&\-]*(?: [\p{L}\p{M}\p{N}.&\-]+){0,3}|\([^)]{1,30}\)))?(?:\s+[-–])?\s*$/u;

const SPACE = /\s/u;

const INITIALED = /^(?:\p{Lu}\.\s?){1,3}(?:\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}\.?)$/u;

function tailByline(fullLine: string, fullStart: number): Byline | null {
  // only the end of the line can hold a byline
  const cut = Math.max(0, fullLine.length - 160);
  let line = fullLine.slice(cut);
  // a byline printed twice ("… sâu sắc./. Minh Châu/VOV.VN Minh Châu/VOV.VN"): the first copy
  // (only when the line's last word is also written before it: the pattern's back-reference is slow)
  const body = line.trimEnd();
  let wordStart = body.length;
  while (wordStart > 0 && !SPACE.test(body[wordStart - 1]!)) wordStart--;
  const lastWord = body.slice(wordStart);
  const twice = lastWord && line.indexOf(lastWord) < body.length - lastWord.length ? /\s(\p{Lu}[^\s.!?]*(?:\s[^\s]+){0,5}?)\s+\1\s*$/u.exec(line) : null;
  if (twice) line = line.slice(0, twice.index + 1 + twice[1]!.length);
  const lineStart = fullStart + cut;
  const m = TAIL.exec(line);
  if (!m) return null;
  // an academic title before the name is not part of it: "TS. Nguyễn Văn A"
  // nor is the reporter's role: "PV Minh Châu", "Phóng viên Minh Châu"
  const honorific = /^(?:PGS\.?\s?TS|GS\.?\s?TS|TS|ThS|PGS|GS|BS|KS|LS|PV|CTV|Nhóm PV|Phóng viên)\.?\s+/u.exec(m[1]!);
  let candidate = honorific ? m[1]!.slice(honorific[0].length) : m[1]!;
  // initials of a desk or a co-author before a full name: "NT Nguyễn Văn A"
  const desk = /^\p{Lu}{1,3}\s+(?=\p{Lu}[\p{Ll}\p{M}])/u.exec(candidate);
  if (desk) candidate = candidate.slice(desk[0].length);
  const skipped = (honorific?.[0].length ?? 0) + (desk?.[0].length ?? 0);
  if (/^(Theo|Nguồn|Ảnh|Video|Clip|Xem|Tin|Bài)\b/u.test(candidate)) return null;
  const at = lineStart + m.index + m[0].indexOf(m[1]!) + skipped;
  const segments = candidate.split(/\s*[–—-]\s*|\s*,\s*/u);
  const names: NameMatch[] = [];
  let cursor = 0;
  for (const seg of segments) {
    const off = candidate.indexOf(seg, cursor);
    cursor = off + seg.length;
    const n = nameParts(seg, at + off);
    // "T.Bình", "V.Cường", "H.P": a byline of initials, not a full name
    if (!n && !INITIALED.test(seg.trim())) return null;
    if (n) names.push(n);
  }
  const printed = (candidate + (m[2] ?? '')).trim();
  return { start: at, end: at + printed.length, text: printed, names };
}
