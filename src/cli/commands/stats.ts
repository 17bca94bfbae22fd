import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../../core/index.js';
import { UsageError } from '../../core/index.js';
import type { KnowledgeGraph } from '../../graph/index.js';
import { MemoryStore } from '../../store/index.js';
import type { Command } from '../command.js';
import { formatBytes, formatCount, formatDuration } from '../format-units.js';
import { flagString, parseArgs } from '../parse-args.js';

const USAGE = `Usage: vnkg stats [--graph out/graph.json] [--top N] [--json]

Summary statistics of a built graph: nodes by label, relationships by type, the most connected
nodes, and what the last build recorded (time, skipped inputs by reason) when build-report.json is beside it.

Options:
  --graph FILE   graph file written by 'vnkg build' (default out/graph.json)
  --top N        how many of the most connected nodes to list (default 10)
  --json         print the figures as JSON
`;

export interface GraphStats {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** Nodes other than articles, by number of relationships other than MENTIONS, then by articles. */
  top: { key: string; label: string; name: string; degree: number; articles: number }[];
  build?: { articles: number; bytes: number; timeMs: number; peakRssBytes: number; workers: number; skipped: number; diagnosticsByCode: Record<string, number> };
}

/** Counts and the most connected nodes of a graph. */
export function graphStats(graph: KnowledgeGraph, top: number): GraphStats {
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  graph.forEachNode((_k, a) => void (nodes[a.label] = (nodes[a.label] ?? 0) + 1));
  const degree = new Map<string, number>();
  graph.forEachEdge((_k, a, s, t) => {
    relationships[a.type] = (relationships[a.type] ?? 0) + 1;
    if (a.type === 'MENTIONS') return;
    degree.set(s, (degree.get(s) ?? 0) + 1);
    degree.set(t, (degree.get(t) ?? 0) + 1);
  });
  const ranked: GraphStats['top'] = [];
  graph.forEachNode((key, a) => {
    if (a.label === 'Article') return;
    ranked.push({ key, label: a.label, name: a.name, degree: degree.get(key) ?? 0, articles: a.articles.length });
  });
  ranked.sort((x, y) => y.degree - x.degree || y.articles - x.articles || (x.key < y.key ? -1 : 1));
  return { nodes, relationships, top: ranked.slice(0, top) };
}

function readBuildReport(path: string): GraphStats['build'] | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const r = JSON.parse(readFileSync(path, 'utf8')) as { articles: number; bytes: number; timeMs: number; peakRssBytes: number; workers: number; skipped: number; diagnostics: Diagnostic[] };
    const diagnosticsByCode: Record<string, number> = {};
    for (const d of r.diagnostics ?? []) diagnosticsByCode[d.code] = (diagnosticsByCode[d.code] ?? 0) + 1;
    return { articles: r.articles, bytes: r.bytes, timeMs: r.timeMs, peakRssBytes: r.peakRssBytes, workers: r.workers, skipped: r.skipped, diagnosticsByCode };
  } catch {
    return undefined;
  }
}

export const statsCommand: Command = {
  name: 'stats',
  summary: 'summary statistics of a built graph',
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, ['json']);
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument '${args.positionals[0]}'`);
    const topFlag = flagString(args, 'top') ?? '10';
    if (!/^\d+$/.test(topFlag)) throw new UsageError(`--top needs a non-negative integer, got '${topFlag}'`);
    const path = resolve(io.cwd, flagString(args, 'graph') ?? 'out/graph.json');
    if (!existsSync(path)) throw new UsageError(`graph file ${path} does not exist (run 'vnkg build' first, or give --graph)`);
    const stats = graphStats(MemoryStore.open(path).graph, Number(topFlag));
    const build = readBuildReport(join(dirname(path), 'build-report.json'));
    if (build) stats.build = build;
    if (args.flags['json'] === true) {
      io.stdout(JSON.stringify(stats, null, 2) + '\n');
      return 0;
    }
    const out: string[] = [];
    const table = (title: string, counts: Record<string, number>): void => {
      const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      out.push(`${title}: ${formatCount(entries.reduce((n, [, v]) => n + v, 0))}`);
      for (const [k, v] of entries) out.push(`  ${k.padEnd(16)} ${formatCount(v).padStart(10)}`);
    };
    out.push(`Graph ${path}`);
    table('Nodes', stats.nodes);
    table('Relationships', stats.relationships);
    if (stats.top.length > 0) {
      out.push('Most connected (relationships other than MENTIONS, articles):');
      for (const t of stats.top) out.push(`  ${t.label.padEnd(12)} ${t.name.slice(0, 60).padEnd(60)} ${String(t.degree).padStart(6)} ${String(t.articles).padStart(6)}`);
    }
    if (build) {
      out.push(`Last build: ${formatCount(build.articles)} articles (${formatBytes(build.bytes)}) in ${formatDuration(build.timeMs)}, ${build.workers} workers, peak memory ${formatBytes(build.peakRssBytes)}`);
      const codes = Object.entries(build.diagnosticsByCode).sort((a, b) => b[1] - a[1]);
      if (codes.length > 0) {
        out.push(`Diagnostics (${build.skipped} inputs skipped):`);
        for (const [code, n] of codes) out.push(`  ${code.padEnd(20)} ${formatCount(n).padStart(8)}`);
      }
    }
    io.stdout(out.join('\n') + '\n');
    return 0;
  },
};
