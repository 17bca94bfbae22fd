import { ACTING_PREFIXES, FORMER_PREFIXES, ROLE_ALIASES, ROLES } from './role-lexicon.js';
import { firstWordAt, isUpper, isWordChar, longestPhraseAt, phraseList, skipSpaces, type ScanText } from './text-scan.js';

const rolePhrases = phraseList([...ROLES, ...Object.keys(ROLE_ALIASES)]);
const canonicalRole = new Map([...ROLES.map((r): [string, string] => [r.toLowerCase(), r]), ...Object.entries(ROLE_ALIASES).map(([a, r]): [string, string] => [a.toLowerCase(), r])]);
export const ROLE_FIRST_WORDS: ReadonlySet<string> = new Set(rolePhrases.map((r) => r.split(' ')[0]!));

export interface RoleMatch {
  start: number;
  /** End of the role words (the body, if any, starts after). */
  end: number;
  /** Lower-case role key ("phó chủ tịch"). */
  key: string;
  /** Canonical role words ("Phó Chủ tịch"). */
  role: string;
  former: boolean;
  acting: boolean;
}

/**
 * Matches a role at pos ("Bí thư", "nguyên Phó Chủ tịch", "Quyền Giám đốc"). The role must start with a
 * capital letter, or follow a lower-case "nguyên"/"quyền" prefix.
 */
export function matchRole(s: ScanText, pos: number, allowLower = false): RoleMatch | null {
  if (isWordChar(s.text[pos - 1])) return null;
  let p = pos;
  let former = false;
  let acting = false;
  for (const f of FORMER_PREFIXES) {
    if (s.lower.startsWith(f + ' ', p)) {
      former = true;
      p = skipSpaces(s.text, p + f.length);
    }
  }
  for (const a of ACTING_PREFIXES) {
    if (s.lower.startsWith(a + ' ', p)) {
      acting = true;
      p = skipSpaces(s.text, p + a.length);
    }
  }
  if ((!allowLower && !isUpper(s.text[p])) || !ROLE_FIRST_WORDS.has(firstWordAt(s, p))) return null;
  const r = longestPhraseAt(s, p, rolePhrases);
  if (!r) return null;
  // "Trưởng" must be followed by a capitalized body word ("Trưởng Ban", "Trưởng Đoàn"), "Chánh" likewise
  const role = canonicalRole.get(r) ?? r;
  return { start: pos, end: p + r.length, key: role.toLowerCase(), role, former, acting };
}
