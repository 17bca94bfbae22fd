/** An abbreviation an article defines inline: "tổ chức cơ sở đảng (TCCSĐ)", "Ban Chỉ đạo (BCĐ)". */
export interface AbbreviationDefinition {
  abbreviation: string;
  /** The words it stands for, as written. */
  expansion: string;
  /** Span of the expansion in the text. */
  start: number;
  end: number;
}

const DEFINITION = /\(([A-ZĐ][A-ZĐ&]{1,9})\)/gu;

function initial(word: string): string {
  return word.normalize('NFD').charAt(0).toUpperCase().replace('D', (m) => m);
}

/**
 * Finds inline definitions: an upper-case abbreviation in parentheses right after the words whose initials
 * spell it (ignoring "&"). "Đ" counts as its own initial.
 */
export function findAbbreviationDefinitions(text: string): AbbreviationDefinition[] {
  const out: AbbreviationDefinition[] = [];
  for (const m of text.matchAll(DEFINITION)) {
    const abbr = m[1]!.replace(/&/gu, '');
    const before = text.slice(Math.max(0, m.index - 120), m.index).replace(/\s+$/u, '');
    const words = before.split(/\s+/u);
    if (words.length < abbr.length) continue;
    const initialsOf = (ws: string[]): string => ws.map((w) => (/^[("“]*[Đđ]/u.test(w) ? 'Đ' : initial(w.replace(/^[("“]+/u, '')))).join('');
    // the words right before, or a phrase that starts with them ("Ban Chỉ đạo phòng, chống tham nhũng (BCĐ)")
    let from = -1;
    for (let j = words.length - abbr.length; j >= Math.max(0, words.length - 12); j--) {
      if (initialsOf(words.slice(j, j + abbr.length)) === abbr.normalize('NFC')) {
        from = j;
        break;
      }
    }
    if (from < 0) continue;
    const expansion = words.slice(from).join(' ').replace(/^[("“]+/u, '').replace(/[,;:]$/u, '');
    const end = m.index - (text.slice(0, m.index).length - text.slice(0, m.index).trimEnd().length);
    out.push({ abbreviation: m[1]!, expansion, start: end - expansion.length, end });
  }
  return out;
}
