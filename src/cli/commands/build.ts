import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatDiagnostic, UsageError } from '../../core/index.js';
import { buildGraph, BUILD_DEFAULTS, type BuildReport } from '../../pipeline/index.js';
import { MemoryStore, type GraphStore } from '../../store/index.js';
import type { Command } from '../command.js';
import { formatBytes, formatCount, formatDuration } from '../format-units.js';
import type { CliIO } from '../io.js';
import { flagString, parseArgs } from '../parse-args.js';
import { createProgressBar } from '../progress-bar.js';

const USAGE = `Usage: vnkg build [PATH…] [--out DIR] [--workers N] [--store memory|neo4j] [--limit N]

Reads articles, extracts people, bodies, documents, events and places, and builds the graph.

PATH is a file, a folder (read recursively) or a glob ('corpus/**/*.txt'); default: seeds/.
Formats: .txt, .md, .html (page furniture removed), .jsonl and .jsonl.gz (one article a line:
{"text": …, "title"?: …, "date"?: "yyyy-mm-dd", "url"?: …}). Files must be UTF-8 (a BOM and CRLF are fine);
anything else — binary, empty, TCVN3/VNI/Windows-1258 — is reported and skipped, and the build goes on.

Options:
  --out DIR          where to write graph.json and build-report.json (default out/)
  --workers N        extraction worker threads (default: the number of cores, ${BUILD_DEFAULTS.workers} here; 0 = none)
  --store KIND       memory (default: out/graph.json) or neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)
  --limit N          read at most N articles
  --extractor FILE   a module exporting extractArticle(article) to use instead of the built-in extractor
  --quiet            print only the diagnostics and the summary line

Exit status: 0 when every input was read, 1 when any was skipped (see the diagnostics), 2 on a usage error.
`;

function intFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} needs a non-negative integer, got '${value}'`);
  return Number(value);
}

async function openStore(kind: string, io: CliIO): Promise<GraphStore> {
  if (kind === 'memory') return new MemoryStore();
  if (kind === 'neo4j') {
    const { openNeo4jStore } = await import('../../store/neo4j/index.js');
    return openNeo4jStore({
      uri: io.env['NEO4J_URI'],
      user: io.env['NEO4J_USER'] ?? io.env['NEO4J_USERNAME'],
      password: io.env['NEO4J_PASSWORD'],
      database: io.env['NEO4J_DATABASE'],
    });
  }
  throw new UsageError(`--store must be memory or neo4j, not '${kind}'`);
}

/** The report's lines: counts by label and relationship type, skipped inputs, time and memory. */
export function formatBuildReport(r: BuildReport, target: string): string {
  const lines: string[] = [];
  const secs = r.timeMs / 1000;
  lines.push(
    `Built ${target} from ${formatCount(r.articles)} articles (${formatBytes(r.bytes)}, ${r.files} files) in ${formatDuration(r.timeMs)}` +
      ` — ${formatCount(r.articles / Math.max(secs, 1e-3))} articles/s, ${formatBytes(r.bytes / Math.max(secs, 1e-3))}/s,` +
      ` ${r.workers} worker${r.workers === 1 ? '' : 's'}, peak memory ${formatBytes(r.peakRssBytes)}`,
  );
  lines.push(`  time: extraction ${formatDuration(r.extractMs)} summed over the workers, store writes ${formatDuration(r.writeMs)}`);
  if (r.write.unchanged || r.write.replaced) lines.push(`  ${r.write.added} new, ${r.write.unchanged} already in the graph (duplicates), ${r.write.replaced} replaced`);
  const table = (title: string, counts: Record<string, number>): void => {
    const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const total = entries.reduce((n, [, v]) => n + v, 0);
    lines.push(`${title}: ${formatCount(total)}`);
    for (const [k, v] of entries) lines.push(`  ${k.padEnd(16)} ${formatCount(v).padStart(10)}`);
  };
  table('Nodes', r.counts.nodes);
  table('Relationships', r.counts.relationships);
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  const warnings = r.diagnostics.length - errors.length;
  if (r.skipped > 0) {
    lines.push(`Skipped ${r.skipped} input${r.skipped === 1 ? '' : 's'}:`);
    const byCode = new Map<string, number>();
    for (const d of errors) byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
    for (const [code, n] of [...byCode].sort((a, b) => b[1] - a[1])) lines.push(`  ${code.padEnd(20)} ${formatCount(n).padStart(8)}`);
  }
  if (warnings > 0) lines.push(`${warnings} warning${warnings === 1 ? '' : 's'} (see above)`);
  if (r.ignoredFiles > 0) lines.push(`${r.ignoredFiles} file${r.ignoredFiles === 1 ? '' : 's'} of other types in the folders ignored`);
  return lines.join('\n') + '\n';
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'read articles (files, folders, globs, JSONL, .jsonl.gz) and build the graph',
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, ['quiet']);
    const outDir = resolve(io.cwd, flagString(args, 'out') ?? 'out');
    const workers = intFlag(flagString(args, 'workers'), 'workers');
    const limit = intFlag(flagString(args, 'limit'), 'limit');
    const kind = flagString(args, 'store') ?? 'memory';
    const quiet = args.flags['quiet'] === true;
    const extractor = flagString(args, 'extractor');
    const extractorModule = extractor === undefined ? undefined : pathToFileURL(resolve(io.cwd, extractor)).href;
    const inputs = args.positionals.length > 0 ? args.positionals : ['seeds'];
    const store = await openStore(kind, io);
    const bar = quiet ? { update() {}, log: (l: string) => io.stderr(`${l}\n`), done() {} } : createProgressBar(io);
    let report: BuildReport;
    try {
      report = await buildGraph({
        inputs,
        store,
        cwd: io.cwd,
        ...(workers !== undefined ? { workers } : {}),
        ...(limit !== undefined ? { limit } : {}),
        ...(extractorModule !== undefined ? { extractorModule } : {}),
        // a Neo4j store writes best in its own transaction size (chosen by measurement, see bench/neo4j.bench.mjs)
        ...('batchArticles' in store && typeof store.batchArticles === 'number' ? { writeArticles: store.batchArticles } : {}),
        onProgress: (p) => bar.update(p),
        onDiagnostic: (d) => bar.log(formatDiagnostic(d)),
      });
    } finally {
      bar.done();
      if (!(store instanceof MemoryStore)) await store.close();
    }
    let target = 'the Neo4j database';
    if (store instanceof MemoryStore) {
      const graphPath = join(outDir, 'graph.json');
      store.save(graphPath);
      target = relative(io.cwd, graphPath) || graphPath;
    }
    const reportPath = join(outDir, 'build-report.json');
    mkdirSync(dirname(reportPath), { recursive: true });
    writeFileSync(reportPath, JSON.stringify({ inputs, store: kind, ...report }, null, 2) + '\n');
    const text = formatBuildReport(report, target);
    io.stdout(quiet ? `${text.split('\n')[0]}\n` : text);
    return report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  },
};
