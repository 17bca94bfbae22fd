import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../src/core/index.js';
import { writeGraphML } from '../../src/export/index.js';
import { createGraph, mergeExtraction } from '../../src/graph/index.js';
import type { KnowledgeGraph } from '../../src/graph/index.js';
import { CONTROLS, HOSTILE, fixtureGraph, writeToString, xmlKept } from './fixtures.js';

type Attrs = Record<string, unknown>;

/** Parses GraphML with graphology-graphml, then decodes list keys (attr.list) from their JSON arrays, as APOC does. */
function readGraphML(xml: string): MultiDirectedGraph {
  const parsed = parse(MultiDirectedGraph, xml) as unknown as MultiDirectedGraph;
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const lists = { node: new Set<string>(), edge: new Set<string>() };
  const keys = doc.getElementsByTagName('key');
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k.getAttribute('attr.list')) lists[k.getAttribute('for') as 'node' | 'edge'].add(k.getAttribute('attr.name')!);
  }
  parsed.forEachNode((n, a) => {
    for (const name of lists.node) if (typeof a[name] === 'string') parsed.setNodeAttribute(n, name, JSON.parse(a[name] as string));
  });
  parsed.forEachEdge((e, a) => {
    for (const name of lists.edge) if (typeof a[name] === 'string') parsed.setEdgeAttribute(e, name, JSON.parse(a[name] as string));
  });
  return parsed;
}

/** What GraphML keeps of an attribute value: strings and list elements lose XML-forbidden characters. */
function kept(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? xmlKept(x) : x));
  return typeof v === 'string' ? xmlKept(v) : v;
}

function expectSameGraph(original: KnowledgeGraph, parsed: MultiDirectedGraph): void {
  expect(parsed.order).toBe(original.order);
  expect(parsed.size).toBe(original.size);
  original.forEachNode((key, attrs) => {
    const id = xmlKept(key);
    expect(parsed.hasNode(id), `node ${JSON.stringify(id.slice(0, 80))}`).toBe(true);
    const { label, ...rest } = attrs;
    const expected: Attrs = { labels: `:${label}` };
    for (const [k, v] of Object.entries(rest)) if (v !== undefined && v !== null) expected[k] = kept(v);
    expect(parsed.getNodeAttributes(id)).toEqual(expected);
  });
  original.forEachEdge((key, attrs, source, target) => {
    const id = xmlKept(key);
    expect(parsed.hasEdge(id)).toBe(true);
    expect(parsed.source(id)).toBe(xmlKept(source));
    expect(parsed.target(id)).toBe(xmlKept(target));
    const { type, ...rest } = attrs;
    const expected: Attrs = { label: type };
    for (const [k, v] of Object.entries(rest)) if (v !== undefined && v !== null) expected[k] = kept(v);
    expect(parsed.getEdgeAttributes(id)).toEqual(expected);
  });
}

describe('writeGraphML', () => {
  it('round-trips through graphology-graphml: the same nodes, edges, labels, types and property values', async () => {
    const g = fixtureGraph();
    const xml = await writeToString((out) => writeGraphML(g, out));
    expectSameGraph(g, readGraphML(xml));
  });

  it('follows the APOC dialect: labels attribute and data on nodes, label attribute and data on edges, typed keys', async () => {
    const g = fixtureGraph();
    const xml = await writeToString((out) => writeGraphML(g, out));
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const keys = Array.from({ length: doc.getElementsByTagName('key').length }, (_, i) => doc.getElementsByTagName('key')[i]!);
    for (const k of keys) expect(['string', 'long', 'double', 'boolean']).toContain(k.getAttribute('attr.type'));
    const ids = keys.map((k) => k.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
    const byId = new Map(keys.map((k) => [k.getAttribute('id'), k]));
    expect(byId.get('labels')!.getAttribute('for')).toBe('node');
    expect(byId.get('label')!.getAttribute('for')).toBe('edge');
    expect(byId.get('name')!.getAttribute('attr.name')).toBe('name');
    expect(byId.get('articles')!.getAttribute('attr.list')).toBe('string');
    expect(byId.get('count')!.getAttribute('attr.type')).toBe('long');
    expect(byId.get('former')!.getAttribute('attr.type')).toBe('boolean');
    expect(byId.get('edge.title')!.getAttribute('attr.name')).toBe('title');
    const node = doc.getElementsByTagName('node')[0]!;
    expect(node.getAttribute('labels')).toMatch(/^:(Article|Person|Organization|Document|Event|Place)$/);
    const edges = doc.getElementsByTagName('edge');
    for (let i = 0; i < edges.length; i++) expect(edges[i]!.getAttribute('label')).toMatch(/^[A-Z_]+$/);
    expect(doc.getElementsByTagName('graph')[0]!.getAttribute('edgedefault')).toBe('directed');
  });

  it('keeps hostile strings: markup, quotes, Cypher, emoji, combining marks and 100k-character values exactly', async () => {
    const g = fixtureGraph();
    const xml = await writeToString((out) => writeGraphML(g, out));
    expect(xml.match(/<\/graphml>/g)).toHaveLength(1);
    const parsed = readGraphML(xml);
    const names = new Set(parsed.mapNodes((_n, a) => a['province'] as string));
    for (const [k, v] of Object.entries(HOSTILE)) if (k !== 'controls') expect(names.has(v), k).toBe(true);
    expect(names.has(`ctl\t\n\rend`)).toBe(true);
  });

  it('removes the control characters XML 1.0 forbids from strings and list elements, keeping TAB, LF, CR', async () => {
    const g = fixtureGraph();
    const xml = await writeToString((out) => writeGraphML(g, out));
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const parsed = readGraphML(xml);
    const article = parsed.findNode((_n, a) => a['labels'] === ':Article' && Array.isArray(a['bylines']) && a['bylines'].length === 3)!;
    expect(parsed.getNodeAttribute(article, 'bylines')).toContain('ctl\t\n\rend');
    expect(CONTROLS).toHaveLength(32);
    const org = parsed.findNode((_n, a) => a['labels'] === ':Organization' && a['name'] === HOSTILE.cypher)!;
    expect(parsed.getNodeAttribute(org, 'kind')).toBe('ctl\t\n\rend');
  });

  it('adds yEd graphics on request: a label with the name and a fill colour per node, the type on each edge', async () => {
    const g = fixtureGraph();
    const xml = await writeToString((out) => writeGraphML(g, out, { yed: true }));
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('y:ShapeNode')).toHaveLength(g.order);
    expect(doc.getElementsByTagName('y:PolyLineEdge')).toHaveLength(g.size);
    expect(doc.getElementsByTagName('y:NodeLabel')[0]!.textContent).toBeTruthy();
    expect(xml).toContain('yfiles.type="nodegraphics"');
  });

  it('writes an empty graph as valid GraphML', async () => {
    const xml = await writeToString((out) => writeGraphML(createGraph(), out));
    expect(readGraphML(xml).order).toBe(0);
  });

  it('streams: a large graph reaches the stream in many writes, not one string', async () => {
    const g = createGraph();
    for (let i = 0; i < 300; i++) mergeExtraction(g, { ...fixtureGraphArticle(i) });
    const { Collector } = await import('./fixtures.js');
    const c = new Collector();
    await writeGraphML(g, c, { chunkSize: 4096 });
    expect(c.writes).toBeGreaterThan(10);
    for (const chunk of c.chunks) expect(chunk.length).toBeLessThan(4096 * 4 + 64 * 1024);
  });

  it('round-trips random strings and numbers (property test)', async () => {
    const str = fc.string({ unit: 'binary', maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(str, str, fc.array(str, { maxLength: 4 }), fc.integer(), async (name, province, aliases, count) => {
        const g = createGraph();
        mergeExtraction(g, {
          article: { id: 'p', source: 'p.txt', title: name, published: null, bylines: aliases },
          entities: [{ id: `Person:${name}|${province}`, type: 'Person', name, props: { province }, mentions: Array.from({ length: Math.abs(count % 5) + 1 }, (_, i) => ({ start: i, end: i + 1, text: 'x' })) }],
          relations: [],
        });
        if (xmlKept(`Person:${name}|${province}`) === xmlKept('Article:p')) return;
        const xml = await writeToString((out) => writeGraphML(g, out));
        expectSameGraph(g, readGraphML(xml));
      }),
      { numRuns: 200 },
    );
  });
});

function fixtureGraphArticle(i: number): ArticleExtraction {
  return {
    article: { id: `a${i}`, source: `s${i}.txt`, title: `Bài ${i}`, published: '2017-01-01', bylines: [] },
    entities: [{ id: `Person:người ${i}`, type: 'Person', name: `Người ${i} ${'x'.repeat(200)}`, props: {}, mentions: [{ start: 0, end: 1, text: 'x' }] }],
    relations: [],
  };
}
