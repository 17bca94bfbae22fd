// events an article reports beside its main one: an inspection announced, a visit
// the announcement of an inspection or supervision decision: "công bố (các) Quyết định kiểm tra …"
const ANNOUNCED_INSPECTION = /công bố (?:các |những )?quyết định (kiểm tra|giám sát)(?= (?:công tác|việc|tại|đối với|ban|đảng|tỉnh|thành|huyện|chấp hành|thực hiện|tổ chức|đồng chí))/u;

/**
 * An inspection or supervision the article reports announced by its decision, as an event of its own beside the
 * announcement (of another kind than `mainKind`): where the words are, the kind and name, or null. `lower` is the
 * lower-cased text.
 */
export function announcedInspection(lower: string, mainKind: string): { start: number; end: number; kind: string; name: string } | null {
  if (!lower.includes('công bố')) return null;
  const m = ANNOUNCED_INSPECTION.exec(lower);
  if (!m || m[1] === mainKind) return null;
  const at = m.index + m[0].length - m[1]!.length;
  return { start: at, end: at + m[1]!.length, kind: m[1]!, name: m[1] === 'kiểm tra' ? 'Kiểm tra' : 'Giám sát' };
}

// a visit beside the work it comes with: "thăm và làm việc tại …", "đến thăm, làm việc với …", "thăm hỏi, tặng quà",
// "thăm và chúc mừng …", "tới thăm và nói chuyện với …" (not "đến thăm" alone: guests, tourists, relatives)
// (tried where "thăm" is, sticky)
const VISIT = /thăm(?: hỏi)?\s*(?:,|và)\s*(?:làm việc|tặng quà|chúc mừng|động viên|nói chuyện)/uy;

/**
 * Where the text reports a visit ("đến thăm, làm việc với …", "thăm hỏi, tặng quà"), in text order (a title and its
 * dated lead may both report it). `lower` is lower-cased.
 */
export function findVisits(lower: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = lower.indexOf('thăm'); i >= 0; i = lower.indexOf('thăm', i + 4)) {
    VISIT.lastIndex = i;
    const m = VISIT.exec(lower);
    if (m) out.push({ start: i, end: i + m[0].length });
  }
  return out;
}
