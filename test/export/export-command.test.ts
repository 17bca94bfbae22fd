import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGEXF } from 'graphology-gexf';
import { parse as parseGraphML } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { exporterNames, getExporter, registerExporter, singleFileExporter } from '../../src/export/index.js';
import { buildGraph } from '../../src/pipeline/index.js';
import { MemoryStore } from '../../src/store/index.js';
import { fixtureGraph } from './fixtures.js';

const DIR = join(process.cwd(), 'test-artifacts', 'export-cli');

function captureIO(): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, cwd: DIR, env: {} as Record<string, string | undefined> } as CliIO & { out: string; err: string };
  io.stdout = (t) => void (io.out += t);
  io.stderr = (t) => void (io.err += t);
  return io;
}

describe('exporter registry', () => {
  it('lists the built-in formats, registered like plug-ins', () => {
    expect(exporterNames()).toEqual(expect.arrayContaining(['csv', 'cyjs', 'cypher', 'gexf', 'graphml']));
  });

  it('accepts a third-party exporter and rejects a bad name', async () => {
    registerExporter(singleFileExporter('node-count', '.txt', 'number of nodes', async (g, out) => {
      out.end(String(g.order));
      return String(g.order).length;
    }));
    expect(getExporter('node-count').description).toBe('number of nodes');
    expect(() => registerExporter({ ...getExporter('graphml'), name: 'Bad Name' })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => getExporter('nope')).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});

describe('vnkg export', () => {
  beforeAll(() => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    new MemoryStore(fixtureGraph()).save(join(DIR, 'graph.json'));
  });

  it.each(['graphml', 'gexf', 'cyjs', 'cypher'])('writes %s from --graph to --out', async (format) => {
    const io = captureIO();
    expect(await run(['export', '--graph', 'graph.json', '--format', format, '--out', `x/graph.${format}`], io)).toBe(0);
    expect(readFileSync(join(DIR, 'x', `graph.${format}`), 'utf8').length).toBeGreaterThan(1000);
    expect(io.err).toMatch(new RegExp(`wrote ${format} \\(21 nodes, 41 edges`));
  });

  it('writes csv into a directory with the neo4j-admin script, and honours --array-delimiter', async () => {
    const io = captureIO();
    expect(await run(['export', '--graph', 'graph.json', '--format', 'csv', '--out', 'csv', '--array-delimiter', 'U+007C'], io)).toBe(0);
    expect(readdirSync(join(DIR, 'csv'))).toContain('nodes-Person.csv');
    expect(readFileSync(join(DIR, 'csv', 'neo4j-admin-import.sh'), 'utf8')).toContain('--array-delimiter=U+007C');
  });

  it('adds yEd graphics with --yed', async () => {
    const io = captureIO();
    expect(await run(['export', '--graph', 'graph.json', '--format', 'graphml', '--yed', '--out', 'yed.graphml'], io)).toBe(0);
    expect(readFileSync(join(DIR, 'yed.graphml'), 'utf8')).toContain('<y:ShapeNode>');
  });

  it.each([
    [['--format', 'graphml'], /--out is required/],
    [['--out', 'x.graphml'], /--format is required/],
    [['--format', 'nope', '--out', 'x'], /unknown export format 'nope'/],
    [['--graph', 'missing.json', '--format', 'graphml', '--out', 'x'], /does not exist/],
    [['--graph', 'graph.json', '--neo4j', '--format', 'graphml', '--out', 'x'], /either --graph or --neo4j/],
    [['--graph', 'graph.json', '--format', 'cypher', '--batch-size', '0', '--out', 'x'], /batchSize/],
  ])('exits 2 with a usage message for %j', async (args, message) => {
    const io = captureIO();
    expect(await run(['export', ...args], io)).toBe(2);
    expect(io.err).toMatch(message);
  });
});

describe('exports of the sample articles (seeds/)', () => {
  let graph: MemoryStore['graph'];
  beforeAll(async () => {
    const store = new MemoryStore();
    await buildGraph({ inputs: ['seeds'], store, workers: 0 });
    graph = store.graph;
  });

  it('GraphML and GEXF parse back with every node and edge', async () => {
    const { exportGraph } = await import('../../src/export/index.js');
    await exportGraph(graph, 'graphml', join(DIR, 'seeds.graphml'));
    await exportGraph(graph, 'gexf', join(DIR, 'seeds.gexf'));
    expect(graph.order).toBeGreaterThan(10);
    const g1 = parseGraphML(MultiDirectedGraph, readFileSync(join(DIR, 'seeds.graphml'), 'utf8'));
    const g2 = parseGEXF(MultiDirectedGraph, readFileSync(join(DIR, 'seeds.gexf'), 'utf8'));
    for (const g of [g1, g2]) {
      expect(g.order).toBe(graph.order);
      expect(g.size).toBe(graph.size);
      graph.forEachNode((k, a) => expect(g.getNodeAttribute(k, 'labels')).toBe(`:${a.label}`));
      graph.forEachEdge((k, a) => expect(g.getEdgeAttribute(k, 'label')).toBe(a.type));
    }
    expect(existsSync(join(DIR, 'seeds.graphml'))).toBe(true);
  });
});
