import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { KnowledgeGraph, NodeAttributes } from '../../../src/graph/index.js';
import { MemoryStore, openNeo4jStore, runCypher } from '../../../src/store/index.js';
import { clearNeo4j, describeNeo4j, neo4jDatabase, neo4jDriver } from '../../support/neo4j.js';
import { politicsExtractions, seedsExtractions } from '../real-extractions.js';

/** graph-schema/queries.cypher as name → Cypher. */
function exampleQueries(): Map<string, string> {
  const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'graph-schema', 'queries.cypher'), 'utf8');
  const out = new Map<string, string>();
  for (const block of text.split(/^\/\/ name: /m).slice(1)) {
    const name = block.slice(0, block.indexOf('\n')).trim();
    const body = block
      .split('\n')
      .slice(1)
      .filter((l) => !l.startsWith('//'))
      .join('\n')
      .trim();
    expect(body.endsWith(';'), `query ${name} ends with ;`).toBe(true);
    out.set(name, body.slice(0, -1));
  }
  return out;
}

const sortRows = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
const uniq = <T>(xs: T[]) => [...new Set(xs)];

describeNeo4j('graph-schema/queries.cypher on the seeds graph', () => {
  let driver: Driver;
  let graph: KnowledgeGraph;
  let queries: Map<string, string>;
  const node = (k: string) => graph.getNodeAttributes(k) as NodeAttributes;
  const run = async (name: string, params: Record<string, unknown> = {}) => {
    const cypher = queries.get(name);
    expect(cypher, `query ${name} in queries.cypher`).toBeDefined();
    return (await runCypher({ driver, database: neo4jDatabase() }, cypher!, params)).rows;
  };
  /** HOLDS_POSITION edges as [person key, edge attributes, body key]. */
  const posts = () => graph.filterEdges((_k, a) => a.type === 'HOLDS_POSITION').map((e) => [graph.source(e), graph.getEdgeAttributes(e), graph.target(e)] as const);

  beforeAll(async () => {
    queries = exampleQueries();
    // The seeds, plus real political news so that every question has several answers.
    const input = [...(await seedsExtractions()), ...(await politicsExtractions(150))];
    const memory = new MemoryStore();
    await memory.write(input);
    graph = memory.graph;
    driver = await neo4jDriver();
    await clearNeo4j(driver);
    const store = await openNeo4jStore({ driver, database: neo4jDatabase() });
    await store.write(input);
    await store.close();
  });
  afterAll(() => driver?.close());

  it('holds at least eight example questions, each with a comment', () => {
    expect(queries.size).toBeGreaterThanOrEqual(8);
    const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'graph-schema', 'queries.cypher'), 'utf8');
    for (const name of queries.keys()) expect(text).toMatch(new RegExp(`// name: ${name}\\n// \\S`));
  });

  it('posts-in-province: who held which posts in each province', async () => {
    const provinces = uniq(posts().map(([, , o]) => node(o)['province']).filter((p): p is string => typeof p === 'string'));
    expect(provinces.length).toBeGreaterThan(3);
    for (const province of provinces) {
      const expected = posts()
        .filter(([, , o]) => node(o)['province'] === province)
        .map(([p, h, o]) => [node(p).name, h['title'], node(o).name, h['former'] ?? false, h['asOf'] ?? []]);
      expect(sortRows(await run('posts-in-province', { province }))).toEqual(sortRows(expected));
    }
    // From the gold annotations of the seeds (../shared/gold/seeds.jsonl).
    const longAn = (await run('posts-in-province', { province: 'Long An' })).map((r) => r.slice(0, 3));
    expect(longAn).toContainEqual(['Nguyễn Văn Được', 'Bí thư', 'Tỉnh ủy Long An']);
    expect(longAn).toContainEqual(['Nguyễn Văn Được', 'Chủ tịch', 'Hội đồng nhân dân tỉnh Long An']);
    expect(longAn).toContainEqual(['Lê Thanh Nghiêm', 'Trưởng Ban', 'Ban Tổ chức Tỉnh ủy Long An']);
    expect(longAn).toContainEqual(['Phạm Tấn Hòa', 'Phó Chủ tịch', 'Ủy ban nhân dân tỉnh Long An']);
  });

  it('title-holders-over-time: the holders of a title in a body, earliest first', async () => {
    const pairs = uniq(posts().map(([, h, o]) => JSON.stringify([h['title'], node(o).name]))).map((s) => JSON.parse(s) as [string, string]);
    for (const [title, body] of pairs.slice(0, 60)) {
      const expected = posts()
        .filter(([, h, o]) => h['title'] === title && (node(o).name === body || ((node(o)['aliases'] as string[] | undefined) ?? []).includes(body)))
        .map(([p, h]) => [node(p).name, h['former'] ?? false, h['asOf'] ?? [], h.articles]);
      const rows = await run('title-holders-over-time', { title, body });
      expect(sortRows(rows)).toEqual(sortRows(expected));
      const when = rows.map((r) => `${(r[2] as string[])[0] ?? '9999-99-99'}\u0000${String(r[0])}`);
      expect(when).toEqual([...when].sort());
    }
    const person = (rows: unknown[][]) => rows.map((r) => r[0]);
    expect(person(await run('title-holders-over-time', { title: 'Trưởng Ban', body: 'Ban Tổ chức Tỉnh ủy Điện Biên' }))).toContain('Văn Hữu Bằng');
    expect(person(await run('title-holders-over-time', { title: 'Bí thư', body: 'Tỉnh ủy Lạng Sơn' }))).toContain('Phùng Thanh Kiểm');
  });

  it("documents-by-province-bodies: which documents each province's bodies referenced", async () => {
    const byProvince = new Map<string, Set<string>>();
    graph.forEachNode((o, a) => {
      if (a.label !== 'Organization' || typeof a['province'] !== 'string') return;
      const docs: string[] = [];
      graph.forEachOutEdge(o, (_e, ea, _s, t) => {
        if (ea.type === 'REFERENCES' && node(t).label === 'Document') docs.push(t);
        if (ea.type === 'ORGANIZED' && node(t).label === 'Event')
          graph.forEachOutEdge(t, (_e2, ea2, _s2, d) => void (ea2.type === 'REFERENCES' && node(d).label === 'Document' && docs.push(d)));
      });
      if (docs.length === 0) return;
      const set = byProvince.get(a['province']) ?? new Set();
      for (const d of docs) set.add(String(node(d)['code'] ?? node(d).name));
      byProvince.set(a['province'], set);
    });
    expect(byProvince.size).toBeGreaterThan(1);
    const rows = await run('documents-by-province-bodies');
    expect(rows.map(([p, docs]) => [p, [...(docs as string[])].sort()])).toEqual(
      [...byProvince].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([p, s]) => [p, [...s].sort()]),
    );
    expect(rows.find((r) => r[0] === 'Điện Biên')?.[1]).toEqual(expect.arrayContaining(['39-NQ/TW', '04-NQ/TU']));
  });

  it('chairs-of-events-referencing-document: who chaired events that referenced a document', async () => {
    const codes = uniq(graph.filterNodes((_k, a) => a.label === 'Document' && typeof a['code'] === 'string').map((d) => String(node(d)['code'])));
    let answered = 0;
    for (const code of codes) {
      const expected: unknown[][] = [];
      for (const d of graph.filterNodes((_k, a) => a.label === 'Document' && a['code'] === code))
        graph.forEachInEdge(d, (_e, ea, ev) => {
          if (ea.type !== 'REFERENCES' || node(ev).label !== 'Event') return;
          graph.forEachInEdge(ev, (_e2, ea2, p) => void (ea2.type === 'CHAIRED' && expected.push([node(p).name, node(ev).name, node(ev)['date'] ?? null])));
        });
      const got = await run('chairs-of-events-referencing-document', { code });
      expect(sortRows(got)).toEqual(uniq(sortRows(expected)));
      if (got.length > 0) answered++;
    }
    expect(answered).toBeGreaterThan(1);
    expect((await run('chairs-of-events-referencing-document', { code: '39-NQ/TW' })).map((r) => r[0])).toContain('Văn Hữu Bằng');
    expect((await run('chairs-of-events-referencing-document', { code: '18-NQ/TW' })).map((r) => r[0])).toContain('Phan Văn Phụng');
  });

  it('people-linked-to-two-provinces: people linked to both of two provinces', async () => {
    const linked = new Map<string, Set<string>>();
    graph.forEachNode((p, a) => {
      if (a.label !== 'Person') return;
      const set = new Set<string>();
      if (typeof a['province'] === 'string') set.add(a['province']);
      graph.forEachOutEdge(p, (_e, ea, _s, t) => {
        const prov = node(t)['province'];
        if (typeof prov !== 'string') return;
        if ((ea.type === 'HOLDS_POSITION' && node(t).label === 'Organization') || ((ea.type === 'CHAIRED' || ea.type === 'ATTENDED') && node(t).label === 'Event')) set.add(prov);
      });
      linked.set(p, set);
    });
    const pairs = new Set<string>();
    for (const set of linked.values()) for (const a of set) for (const b of set) if (a < b) pairs.add(JSON.stringify([a, b]));
    expect(pairs.size).toBeGreaterThan(0);
    for (const pair of [...pairs].slice(0, 20)) {
      const [a, b] = JSON.parse(pair) as [string, string];
      const expected = [...linked].filter(([, s]) => s.has(a) && s.has(b)).map(([k]) => [k, node(k).name]);
      expect(sortRows(await run('people-linked-to-two-provinces', { a, b }))).toEqual(sortRows(expected));
    }
  });

  it('shortest-path-between-people: as many hops as a breadth-first search finds', async () => {
    const distances = (from: string) => {
      const dist = new Map([[from, 0]]);
      let frontier = [from];
      while (frontier.length > 0) {
        const next: string[] = [];
        for (const n of frontier) for (const m of graph.neighbors(n)) if (!dist.has(m)) dist.set(m, dist.get(n)! + 1), next.push(m);
        frontier = next;
      }
      return dist;
    };
    const people = graph.filterNodes((_k, a) => a.label === 'Person').sort();
    let found = 0;
    for (const a of people.slice(0, 6)) {
      const dist = distances(a);
      for (const b of people.slice(-6)) {
        if (a === b) continue;
        const rows = await run('shortest-path-between-people', { a, b });
        const d = dist.get(b);
        if (d === undefined || d > 10) expect(rows).toEqual([]);
        else {
          found++;
          expect(rows[0]?.[0]).toBe(d);
          const names = rows[0]![1] as string[];
          expect([names[0], names[names.length - 1]]).toEqual([node(a).name, node(b).name]);
        }
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('search-names: the full-text index finds people and bodies by name', async () => {
    for (const name of ['Lê Thanh Nghiêm', 'Văn Hữu Bằng', 'Ban Tổ chức Tỉnh ủy Quảng Trị']) {
      const rows = await run('search-names', { text: `"${name}"` });
      expect(rows.map((r) => r[1])).toContain(name);
    }
  });

  it('evidence-for-posts: every post points back to its article and span', async () => {
    const people = uniq(posts().map(([p]) => p)).slice(0, 40);
    for (const person of people) {
      const expected: unknown[][] = [];
      for (const [p, h, o] of posts()) {
        if (p !== person) continue;
        for (const ev of h.evidence) {
          const [id, start, end] = ev.split(':');
          expected.push([h['title'], node(o).name, node(`Article:${id}`)['source'], Number(start), Number(end)]);
        }
      }
      expect(sortRows(await run('evidence-for-posts', { person }))).toEqual(sortRows(expected));
    }
  });

  it('busiest-bodies: the bodies with the most people holding posts', async () => {
    const people = new Map<string, Set<string>>();
    for (const [p, , o] of posts()) people.set(o, (people.get(o) ?? new Set()).add(p));
    const expected = [...people]
      .map(([o, s]) => [node(o).name, o, s.size] as [string, string, number])
      .sort((x, y) => y[2] - x[2] || (x[1] < y[1] ? -1 : 1))
      .slice(0, 10);
    expect(await run('busiest-bodies', { limit: 10 })).toEqual(expected);
  });

  it('article-mentions: what one article mentions', async () => {
    const articles = graph.filterNodes((_k, a) => a.label === 'Article');
    for (const a of articles.slice(0, 20)) {
      const expected = graph.outEdges(a).filter((e) => graph.getEdgeAttribute(e, 'type') === 'MENTIONS').map((e) => {
        const t = node(graph.target(e));
        return [t.label, t.name, graph.getEdgeAttribute(e, 'count')];
      });
      expect(sortRows(await run('article-mentions', { source: node(a)['source'] }))).toEqual(sortRows(expected));
    }
  });
});
