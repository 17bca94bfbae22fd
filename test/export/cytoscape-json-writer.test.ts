import { describe, expect, it } from 'vitest';
import { toCytoscapeJSON, writeCytoscapeJSON } from '../../src/export/index.js';
import { createGraph } from '../../src/graph/index.js';
import { HOSTILE, fixtureGraph, writeToString } from './fixtures.js';

describe('writeCytoscapeJSON', () => {
  it('writes exactly the Cytoscape.js JSON of toCytoscapeJSON, {elements: {nodes, edges}}', async () => {
    const g = fixtureGraph();
    const text = await writeToString((out) => writeCytoscapeJSON(g, out));
    const parsed = JSON.parse(text);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(toCytoscapeJSON(g))));
    expect(parsed.elements.nodes).toHaveLength(g.order);
    expect(parsed.elements.edges).toHaveLength(g.size);
  });

  it('keeps every hostile string exactly, control characters included', async () => {
    const text = await writeToString((out) => writeCytoscapeJSON(fixtureGraph(), out));
    const names = new Set(JSON.parse(text).elements.nodes.map((n: { data: { province?: string } }) => n.data.province));
    for (const [k, v] of Object.entries(HOSTILE)) expect(names.has(v), k).toBe(true);
  });

  it('writes an empty graph', async () => {
    const text = await writeToString((out) => writeCytoscapeJSON(createGraph(), out));
    expect(JSON.parse(text).elements).toEqual({ nodes: [], edges: [] });
  });
});
