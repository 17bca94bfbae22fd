import { DOMParser } from '@xmldom/xmldom';
import Graph, { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { writeGEXF } from '../../src/export/index.js';
import { createGraph } from '../../src/graph/index.js';
import { HOSTILE, fixtureGraph, utf8Kept, writeToString, xmlKept } from './fixtures.js';

/** What GEXF keeps: XML strings lose forbidden controls; list elements too (they are inside an XML attribute). */
function kept(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? xmlKept(x) : x));
  return typeof v === 'string' ? xmlKept(v) : v;
}

describe('writeGEXF', () => {
  it('round-trips through graphology-gexf: the same nodes, edges, labels, types and property values', async () => {
    const g = fixtureGraph();
    const xml = await writeToString((out) => writeGEXF(g, out));
    const parsed = parse(MultiDirectedGraph, xml);
    expect(parsed.order).toBe(g.order);
    expect(parsed.size).toBe(g.size);
    g.forEachNode((key, attrs) => {
      const id = xmlKept(key);
      const { label, ...rest } = attrs;
      const expected: Record<string, unknown> = { label: xmlKept(attrs.name), labels: `:${label}` };
      for (const [k, v] of Object.entries(rest)) if (v !== undefined && v !== null) expected[k] = kept(v);
      const { color, ...got } = parsed.getNodeAttributes(id);
      expect(color).toMatch(/^rgb\(/);
      expect(got).toEqual(expected);
    });
    g.forEachEdge((key, attrs, source, target) => {
      const id = xmlKept(key);
      expect(parsed.source(id)).toBe(xmlKept(source));
      expect(parsed.target(id)).toBe(xmlKept(target));
      const { type, ...rest } = attrs;
      const expected: Record<string, unknown> = { label: type, kind: type };
      for (const [k, v] of Object.entries(rest)) if (v !== undefined && v !== null) expected[k] = kept(v);
      expect(parsed.getEdgeAttributes(id)).toEqual(expected);
    });
  });

  it('declares GEXF 1.3 typed attributes, including list types', async () => {
    const xml = await writeToString((out) => writeGEXF(fixtureGraph(), out));
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.documentElement!.getAttribute('version')).toBe('1.3');
    const types = new Map<string, string>();
    const attrs = doc.getElementsByTagName('attribute');
    for (let i = 0; i < attrs.length; i++) types.set(`${(attrs[i]!.parentNode as Element).getAttribute('class')}.${attrs[i]!.getAttribute('id')}`, attrs[i]!.getAttribute('type')!);
    expect(types.get('node.articles')).toBe('liststring');
    expect(types.get('node.inferred')).toBe('boolean');
    expect(types.get('edge.count')).toBe('long');
    expect(types.get('edge.asOf')).toBe('liststring');
  });

  it('keeps hostile strings and writes no forbidden control character', async () => {
    const xml = await writeToString((out) => writeGEXF(fixtureGraph(), out));
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const parsed = parse(MultiDirectedGraph, xml);
    const names = new Set(parsed.mapNodes((_n, a) => a['province'] as string));
    for (const [k, v] of Object.entries(HOSTILE)) expect(names.has(utf8Kept(xmlKept(v))), k).toBe(true);
  });

  it('writes an empty graph', async () => {
    const xml = await writeToString((out) => writeGEXF(createGraph(), out));
    expect(parse(Graph, xml).order).toBe(0);
  });
});
