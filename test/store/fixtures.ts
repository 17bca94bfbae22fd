import type { ArticleExtraction, Entity, EntityType, Relation } from '../../src/core/index.js';
import type { KnowledgeGraph } from '../../src/graph/index.js';

/** A small deterministic PRNG (mulberry32), so fixtures are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = ['Long An', 'Lạng Sơn', 'Hà Nội', 'Đắk Lắk', 'Thừa Thiên Huế'];
const GIVEN = ['Nguyễn Văn', 'Trần Thị', 'Lê Quang', 'Phạm Minh', 'Võ Thị'];
const LAST = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hùng'];
const TITLES = ['Bí thư', 'Phó Bí thư', 'Chủ tịch', 'Trưởng Ban', 'Ủy viên Ban Thường vụ'];
const BODIES = ['Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Hội đồng nhân dân tỉnh', 'Ủy ban nhân dân tỉnh'];
const DOCS = ['05-NQ/TW', '26-NQ/TW', '12-CT/TU', '35-KL/TW'];

const lower = (s: string) => s.toLowerCase();

/**
 * `n` synthetic extractions that overlap the way news does: the same people, bodies, places and documents recur
 * across articles with other spellings (ALL CAPS names), other dates and other titles, so merging is exercised.
 */
export function syntheticExtractions(n: number, seed = 1, idPrefix = 'a'): ArticleExtraction[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: ArticleExtraction[] = [];
  for (let i = 0; i < n; i++) {
    const id = `${idPrefix}${String(i).padStart(5, '0')}`;
    const province = pick(PROVINCES);
    const entities = new Map<string, Entity>();
    const relations: Relation[] = [];
    let pos = 0;
    const ent = (type: EntityType, key: string, name: string, props: Entity['props']): string => {
      const eid = `${type}:${key}`;
      const start = pos;
      pos += name.length + 3;
      const cur = entities.get(eid);
      const mention = { start, end: start + name.length, text: name };
      if (cur) cur.mentions.push(mention);
      else entities.set(eid, { id: eid, type, name, props, mentions: [mention] });
      return eid;
    };
    const place = ent('Place', lower(province), province, { level: 'province', period: 'pre2025' });
    const body = pick(BODIES);
    const org = ent('Organization', lower(`${body} ${province}`), `${body} ${province}`, { kind: 'party-committee', level: 'province', province });
    relations.push({ type: 'LOCATED_IN', source: org, target: place, props: {}, evidence: [{ start: 0, end: pos }] });
    const people = 1 + Math.floor(rand() * 3);
    const event =
      rand() < 0.6
        ? ent('Event', lower(`hội nghị ${body} ${province} ${i % 7}`), `Hội nghị ${body} ${province} ${i % 7}`, {
            kind: 'hội nghị',
            date: `2017-0${1 + (i % 9)}-1${i % 10}`,
            province,
          })
        : undefined;
    if (event) relations.push({ type: 'ORGANIZED', source: org, target: event, props: {}, evidence: [{ start: 0, end: pos }] });
    for (let p = 0; p < people; p++) {
      const name = `${pick(GIVEN)} ${pick(LAST)}`;
      const shown = rand() < 0.2 ? name.toUpperCase() : name;
      const person = ent('Person', `${lower(name)}|${lower(province)}`, shown, { province });
      const title = pick(TITLES);
      relations.push({
        type: 'HOLDS_POSITION',
        source: person,
        target: org,
        props: rand() < 0.2 ? { title, former: true } : { title, asOf: [`2017-0${1 + (i % 9)}-0${1 + (i % 9)}`] },
        evidence: [{ start: 0, end: pos }],
      });
      if (event) relations.push({ type: p === 0 ? 'CHAIRED' : 'ATTENDED', source: person, target: event, props: {}, evidence: [{ start: 0, end: pos }] });
    }
    if (rand() < 0.5) {
      const code = pick(DOCS);
      const doc = ent('Document', lower(code), `Nghị quyết số ${code}`, { code, docType: 'Nghị quyết', inferred: rand() < 0.5 });
      relations.push({ type: 'REFERENCES', source: event ?? org, target: doc, props: {}, evidence: [{ start: 0, end: pos }] });
    }
    out.push({
      article: { id, source: `news/${id}.txt`, title: `Tin ${i}: ${body} ${province}`, published: `2017-01-${String(1 + (i % 28)).padStart(2, '0')}`, bylines: rand() < 0.5 ? ['PV'] : [] },
      entities: [...entities.values()],
      relations,
    });
  }
  return out;
}

/** The same article (same source) with another text: another id, other facts. */
export function changedVersion(ex: ArticleExtraction, seed: number): ArticleExtraction {
  const other = syntheticExtractions(1, seed, `${ex.article.id}v`)[0]!;
  return { ...other, article: { ...other.article, source: ex.article.source } };
}

export interface GraphSnapshot {
  nodes: [string, Record<string, unknown>][];
  edges: [string, string, string, Record<string, unknown>][];
}

function canonicalAttrs(a: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(a).sort()) {
    const v = a[k];
    if (v === undefined || v === null) continue;
    out[k] = v;
  }
  return out;
}

/** A graph as sorted plain data: node key and attributes; edge key, endpoints and attributes. */
export function snapshotOf(graph: KnowledgeGraph): GraphSnapshot {
  const nodes: GraphSnapshot['nodes'] = [];
  const edges: GraphSnapshot['edges'] = [];
  graph.forEachNode((k, a) => void nodes.push([k, canonicalAttrs(a)]));
  graph.forEachEdge((k, a, s, t) => void edges.push([k, s, t, canonicalAttrs(a)]));
  const cmp = (x: [string, ...unknown[]], y: [string, ...unknown[]]) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
  nodes.sort(cmp);
  edges.sort(cmp);
  return { nodes, edges };
}

/** Sorted `(source key)-[TYPE]->(target key)` triples (with the edge key for positions). */
export function tripleList(s: GraphSnapshot): string[] {
  return s.edges.map(([k, src, tgt, a]) => `${src} -[${String(a['type'])}]-> ${tgt} ${k}`).sort();
}
