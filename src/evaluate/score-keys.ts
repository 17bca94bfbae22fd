import type { ArticleExtraction } from '../core/index.js';
import { normalizeKey } from '../normalize/index.js';
import type { Category, GoldRecord } from './gold-record.js';

const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bhđnd\b/gu, 'hội đồng nhân dân'],
  [/\bubnd\b/gu, 'ủy ban nhân dân'],
  [/\bubmttq\b/gu, 'ủy ban mặt trận tổ quốc'],
  [/\bmttq\b/gu, 'mặt trận tổ quốc'],
  [/\bubkt\b/gu, 'ủy ban kiểm tra'],
  [/\bbtv\b/gu, 'ban thường vụ'],
  [/\bbch\b/gu, 'ban chấp hành'],
  [/\bđbqh\b/gu, 'đại biểu quốc hội'],
  [/\btccsđ\b/gu, 'tổ chức cơ sở đảng'],
  [/\b(tw|tư|t\.ư)\b/gu, 'trung ương'],
  [/\btp\.?\s*/gu, 'thành phố '],
];

/** The key categories are compared on: NFC, case, tone placement, abbreviations, punctuation spacing. */
export function scoreKey(text: string): string {
  let k = normalizeKey(text);
  for (const [re, full] of ABBREVIATIONS) k = k.replace(re, full);
  return k.replace(/\s*([,.;:()–—-])\s*/gu, '$1').replace(/\s+/gu, ' ').trim();
}

/** Title and body read together: "Trưởng Ban" + "Ban Tổ chức Tỉnh ủy X" reads "Trưởng Ban Tổ chức Tỉnh ủy X". */
export function readPosition(title: string, body: string): string {
  const t = title.trim().split(/\s+/u);
  const b = body.trim().split(/\s+/u);
  if (t.length > 0 && b.length > 0 && t[t.length - 1]!.toLowerCase() === b[0]!.toLowerCase()) return [...t, ...b.slice(1)].join(' ');
  return [...t, ...b].join(' ');
}

/** A document's key: its code with every separator normalized (19-NQ-TW → 19-nq/tw), else its name. */
export function documentKey(code: string | null | undefined, name: string | null | undefined): string {
  if (code) {
    const m = /^(\d+[a-z]?)\s*[-–]\s*([^/\-\s]+)\s*[/-]\s*(.+)$/iu.exec(code.trim());
    if (m) return scoreKey(`${m[1]}-${m[2]}/${m[3]}`.replace(/t\.?ư|tư/giu, 'TW'));
    return scoreKey(code);
  }
  return `name:${scoreKey(name ?? '')}`;
}

const LEVEL = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+/u;

export function placeKey(name: string): string {
  return scoreKey(name).replace(LEVEL, '');
}

export type KeySets = Record<Category, Set<string>>;

export function goldKeys(g: GoldRecord): KeySets {
  return {
    persons: new Set(g.persons.map(scoreKey)),
    positions: new Set(g.positions.map((p) => `${scoreKey(p.person)}|${scoreKey(readPosition(p.title, p.body))}`)),
    bodies: new Set(g.bodies.map(scoreKey)),
    documents: new Set(g.documents.map((d) => documentKey(d.code, d.name))),
    places: new Set(g.places.map(placeKey)),
    events: new Set(g.events.map((e) => `${e.date ?? ''}|${scoreKey(e.kind)}`)),
  };
}

/** Keys of an extraction; entities without a mention (implied parents) are not counted. */
export function predictedKeys(ex: ArticleExtraction): KeySets {
  const byId = new Map(ex.entities.map((e) => [e.id, e]));
  const mentioned = ex.entities.filter((e) => e.mentions.length > 0);
  const of = (t: string) => mentioned.filter((e) => e.type === t);
  const positions = new Set<string>();
  for (const r of ex.relations) {
    if (r.type !== 'HOLDS_POSITION') continue;
    const p = byId.get(r.source);
    const b = byId.get(r.target);
    if (p && b) positions.add(`${scoreKey(p.name)}|${scoreKey(readPosition(String(r.props['title'] ?? ''), b.name))}`);
  }
  return {
    persons: new Set(of('Person').map((e) => scoreKey(e.name))),
    positions,
    bodies: new Set(of('Organization').map((e) => scoreKey(e.name))),
    documents: new Set(of('Document').map((e) => documentKey(e.props['code'] as string | undefined, e.name))),
    places: new Set(of('Place').map((e) => placeKey(e.name))),
    events: new Set(of('Event').map((e) => `${(e.props['date'] as string | undefined) ?? ''}|${scoreKey(String(e.props['kind'] ?? ''))}`)),
  };
}
