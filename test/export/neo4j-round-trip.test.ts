import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/index.js';
import type { KnowledgeGraph } from '../../src/graph/index.js';
import { openNeo4jStore, readGraphFromNeo4j } from '../../src/store/neo4j/index.js';
import { clearNeo4j, describeNeo4j, neo4jDatabase, neo4jDriver, neo4jImportDir, neo4jUri } from '../support/neo4j.js';
import { run } from '../../src/cli/run.js';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { fixtureGraph, hostileExtraction, plainExtraction, utf8Kept, xmlKept } from './fixtures.js';

const TMP = join(process.cwd(), 'test-artifacts', 'export-neo4j');

/** The driver sends Int8Array as Bolt bytes (APOC's byte[]). */
const bytes = (b: Buffer): Int8Array => new Int8Array(b.buffer, b.byteOffset, b.length);

type Counts = { nodes: Record<string, number>; relationships: Record<string, number> };

function graphCounts(g: KnowledgeGraph): Counts {
  const c: Counts = { nodes: {}, relationships: {} };
  g.forEachNode((_k, a) => void (c.nodes[a.label] = (c.nodes[a.label] ?? 0) + 1));
  g.forEachEdge((_k, a) => void (c.relationships[a.type] = (c.relationships[a.type] ?? 0) + 1));
  return c;
}

async function neo4jCounts(driver: Driver): Promise<Counts> {
  const c: Counts = { nodes: {}, relationships: {} };
  const n = await driver.executeQuery('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c', {}, { database: neo4jDatabase() });
  for (const r of n.records) c.nodes[r.get('l')] = r.get('c');
  const r = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c', {}, { database: neo4jDatabase() });
  for (const x of r.records) c.relationships[x.get('t')] = x.get('c');
  return c;
}

/** Every node (labels, properties) and relationship (type, endpoint keys, properties) in Neo4j, sorted. */
async function neo4jProperties(driver: Driver): Promise<unknown> {
  const n = await driver.executeQuery('MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY n.key', {}, { database: neo4jDatabase() });
  const r = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS t, a.key AS s, b.key AS e, properties(r) AS p ORDER BY r.key',
    {},
    { database: neo4jDatabase() },
  );
  return { nodes: n.records.map((x) => x.toObject()), relationships: r.records.map((x) => x.toObject()) };
}

/** The graph as plain, comparable data: node key → attributes, edge key → [source, target, attributes]. */
function snapshot(g: KnowledgeGraph, clean: (s: string) => string, listClean: (s: string) => string = clean): unknown {
  const value = (v: unknown): unknown =>
    Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? listClean(x) : x)).sort() : typeof v === 'string' ? clean(v) : v;
  const attrs = (a: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(a)) if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)) out[k] = value(v);
    return out;
  };
  const nodes: Record<string, unknown> = {};
  g.forEachNode((k, a) => void (nodes[clean(k)] = attrs(a)));
  const edges: Record<string, unknown> = {};
  g.forEachEdge((k, a, s, t) => void (edges[clean(k)] = [clean(s), clean(t), attrs(a)]));
  return { nodes, edges };
}

describeNeo4j('exports into a real Neo4j', () => {
  let driver: Driver;
  let graph: KnowledgeGraph;
  beforeAll(async () => {
    driver = await neo4jDriver();
    graph = fixtureGraph();
    rmSync(TMP, { recursive: true, force: true });
    mkdirSync(TMP, { recursive: true });
  });
  afterAll(async () => {
    if (!driver) return;
    // The constraints stay: they are the Neo4j store's own (same names and definitions).
    await clearNeo4j(driver);
    await driver.close();
  });

  it('GraphML → apoc.import.graphml({readLabels: true}) gives the same counts, labels, types and properties', async () => {
    await clearNeo4j(driver);
    const file = join(TMP, 'graph.graphml');
    await exportGraph(graph, 'graphml', file);
    const res = await driver.executeQuery('CALL apoc.import.graphml($data, {readLabels: true}) YIELD nodes, relationships RETURN nodes, relationships', { data: bytes(readFileSync(file)) }, { database: neo4jDatabase() });
    expect(res.records[0]!.get('nodes')).toBe(graph.order);
    expect(await neo4jCounts(driver)).toEqual(graphCounts(graph));
    const back = await readGraphFromNeo4j({ driver, database: neo4jDatabase() });
    expect(snapshot(back, xmlKept)).toEqual(snapshot(graph, xmlKept));
  });

  it('the Cypher script gives the same graph as --store neo4j (rerunning it changes nothing), and export --neo4j reads it back', async () => {
    await clearNeo4j(driver);
    const file = join(TMP, 'graph.cypher');
    await exportGraph(graph, 'cypher', file, { batchSize: 7 });
    const statements = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('//'));
    for (let run = 0; run < 2; run++) {
      const session = driver.session({ database: neo4jDatabase() });
      try {
        for (const s of statements) await session.run(s);
      } finally {
        await session.close();
      }
    }
    expect(await neo4jCounts(driver)).toEqual(graphCounts(graph));
    const back = await readGraphFromNeo4j({ driver, database: neo4jDatabase() });
    expect(snapshot(back, utf8Kept)).toEqual(snapshot(graph, utf8Kept));
    const viaScript = await neo4jProperties(driver);

    // The same articles written by the Neo4j store (--store neo4j) give the very same nodes, relationships, properties.
    await clearNeo4j(driver);
    const store = await openNeo4jStore({ driver, database: neo4jDatabase() });
    await store.write([plainExtraction('art1'), plainExtraction('art2'), hostileExtraction()]);
    await store.close();
    expect(await neo4jProperties(driver)).toEqual(viaScript);

    // vnkg export --neo4j reads that graph back out: the GraphML holds the same graph.
    const io = { stdout: () => {}, stderr: () => {}, isTTY: false, cwd: TMP, env: { NEO4J_URI: await neo4jUri(), NEO4J_DATABASE: neo4jDatabase() } };
    expect(await run(['export', '--neo4j', '--format', 'graphml', '--out', 'from-neo4j.graphml'], io)).toBe(0);
    const parsed = parseGraphML(MultiDirectedGraph, readFileSync(join(TMP, 'from-neo4j.graphml'), 'utf8'));
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    graph.forEachEdge((k, a) => expect(parsed.getEdgeAttribute(xmlKept(k), 'label')).toBe(a.type));
  });

  it('the CSV files → apoc.import.csv give the same counts, labels, types and properties', async () => {
    await clearNeo4j(driver);
    const importDir = await neo4jImportDir();
    const dir = importDir ? join(importDir, 'vnkg-csv') : join(TMP, 'csv');
    const stats = await exportGraph(graph, 'csv', dir);
    const url = (f: string) => (importDir ? `vnkg-csv/${f}` : `file://${join(dir, f)}`);
    const nodes = stats.files.filter((f) => f.startsWith('nodes-')).map((f) => ({ fileName: url(f), labels: [] }));
    const rels = stats.files.filter((f) => f.startsWith('relationships-')).map((f) => ({ fileName: url(f), type: null }));
    await driver.executeQuery('CALL apoc.import.csv($nodes, $rels, {arrayDelimiter: $delim, stringIds: true, ignoreBlankString: true})', { nodes, rels, delim: '\u001f' }, { database: neo4jDatabase() });
    expect(await neo4jCounts(driver)).toEqual(graphCounts(graph));
    const csvKept = (s: string) => utf8Kept(s).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/\r\n?/g, '\n');
    // apoc.import.csv also keeps the :TYPE column as a property __csv_type (neo4j-admin does not).
    // It reads an empty list field as [''] (neo4j-admin stores nothing): the README gives this clean-up.
    for (const q of [
      'MATCH ()-[r]->() REMOVE r.__csv_type',
      "MATCH (n) WITH n, [k IN keys(n) WHERE n[k] = ['']] AS ks WHERE size(ks) > 0 CALL apoc.create.removeProperties(n, ks) YIELD node RETURN count(node)",
      "MATCH ()-[r]->() WITH r, [k IN keys(r) WHERE r[k] = ['']] AS ks WHERE size(ks) > 0 CALL apoc.create.removeRelProperties(r, ks) YIELD rel RETURN count(rel)",
    ])
      await driver.executeQuery(q, {}, { database: neo4jDatabase() });
    const back = await readGraphFromNeo4j({ driver, database: neo4jDatabase() });
    expect(snapshot(back, csvKept)).toEqual(snapshot(graph, csvKept));
  });
});
