import { cpus } from 'node:os';
import type { ArticleExtraction, Diagnostic } from '../core/index.js';
import { invalidArgument } from '../core/index.js';
import { readArticles, type RawArticle } from '../ingest/index.js';
import type { GraphStore, StoreCounts, WriteReport } from '../store/index.js';
import { ExtractionPool } from './extraction-pool.js';

export interface BuildOptions {
  /** Files, folders and globs to read. */
  inputs: readonly string[];
  /** The store the extractions go to. */
  store: GraphStore;
  /** Folder the inputs are relative to (default: the process's). */
  cwd?: string;
  /** Extraction worker threads (default: the number of cores); 0 extracts in this thread. */
  workers?: number;
  /** Articles per message to a worker: large enough to amortize messaging, small enough to balance load. */
  batchArticles?: number;
  /** A batch is also sent once it holds this many bytes of text. */
  batchBytes?: number;
  /** Extractions handed to the store per write (one transaction in Neo4j). */
  writeArticles?: number;
  /** A worker that has not answered a batch after this long is stopped; its batch is retried article by article. */
  batchTimeoutMs?: number;
  /** Stop after this many articles (for benchmarks at a given size). */
  limit?: number;
  /** The extractor module (file URL exporting `extractArticle`); default: the pipeline's own. */
  extractorModule?: string;
  /** Called about every 100 ms with where the build is. */
  onProgress?: (p: BuildProgress) => void;
  /** Called with each diagnostic as it happens. */
  onDiagnostic?: (d: Diagnostic) => void;
  /** Called with each batch of extractions once the store has them (e.g. for statistics). */
  onExtractions?: (batch: readonly ArticleExtraction[]) => void;
}

/** Declared defaults, one comment each. */
export const BUILD_DEFAULTS = Object.freeze({
  /** One worker per core: extraction is CPU-bound. */
  workers: cpus().length,
  /** Sixty-four median articles are ~140 kB of text: messaging is a small share of the work. */
  batchArticles: 64,
  /** …and a batch of a few long articles is sent early. */
  batchBytes: 256 * 1024,
  /** Extractions are handed to the store 256 at a time: one Neo4j transaction each, still little memory. */
  writeArticles: 256,
});

export interface BuildProgress {
  articles: number;
  /** Bytes of article text extracted so far. */
  bytes: number;
  /** Bytes of article text read so far: ahead of `bytes` by the batches in flight. */
  readBytes: number;
  /** The article limit, when there is one. */
  limit?: number | undefined;
  /** Bytes of input files read so far and in all (compressed size for .gz): the share done. */
  inputDone: number;
  inputTotal: number;
  diagnostics: number;
  elapsedMs: number;
}

export interface BuildReport {
  /** Articles read and extracted (a duplicate counts each time it is read). */
  articles: number;
  /** Bytes of article text (UTF-8). */
  bytes: number;
  files: number;
  /** Files inside folders that no reader handles. */
  ignoredFiles: number;
  /** What the store did with the articles: added, already present (duplicates), replaced. */
  write: WriteReport;
  counts: StoreCounts;
  diagnostics: Diagnostic[];
  /** Items (files, JSONL lines, articles) skipped because of an error diagnostic. */
  skipped: number;
  workers: number;
  timeMs: number;
  /** Where the time went: extraction summed over the workers, and writing to the store (on this thread). */
  extractMs: number;
  writeMs: number;
  /** Peak resident memory of the process (all threads): sampled, and the kernel's high-water mark. */
  peakRssBytes: number;
}

/** Validates build options; returns the problem, or null. */
export function checkBuildOptions(o: BuildOptions): string | null {
  if (!Array.isArray(o.inputs) || o.inputs.length === 0) return 'inputs must list at least one path';
  if (o.workers !== undefined && (!Number.isInteger(o.workers) || o.workers < 0 || o.workers > 256)) return `workers must be an integer from 0 to 256, not ${o.workers}`;
  if (o.batchArticles !== undefined && (!Number.isInteger(o.batchArticles) || o.batchArticles < 1)) return `batchArticles must be a positive integer, not ${o.batchArticles}`;
  if (o.limit !== undefined && (!Number.isInteger(o.limit) || o.limit < 0)) return `limit must be a non-negative integer, not ${o.limit}`;
  return null;
}

/**
 * Builds the graph: read (streamed) → batch → extract on worker threads → write to the store.
 * At most two batches per worker are in flight, so memory is bounded by the graph, not by the input.
 * Bad input becomes diagnostics; the build goes on.
 */
export async function buildGraph(options: BuildOptions): Promise<BuildReport> {
  const problem = checkBuildOptions(options);
  if (problem) invalidArgument('buildGraph', 'options', problem);
  const o = {
    ...options,
    workers: options.workers ?? BUILD_DEFAULTS.workers,
    batchArticles: options.batchArticles ?? BUILD_DEFAULTS.batchArticles,
    batchBytes: options.batchBytes ?? BUILD_DEFAULTS.batchBytes,
    writeArticles: options.writeArticles ?? BUILD_DEFAULTS.writeArticles,
  };
  const started = performance.now();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  sampler.unref();

  const report: BuildReport = {
    articles: 0, bytes: 0, files: 0, ignoredFiles: 0, write: { added: 0, unchanged: 0, replaced: 0 },
    counts: { nodes: {}, relationships: {} }, diagnostics: [], skipped: 0, workers: o.workers, timeMs: 0, extractMs: 0, writeMs: 0, peakRssBytes: 0,
  };
  const progress: BuildProgress = { articles: 0, bytes: 0, readBytes: 0, limit: o.limit, inputDone: 0, inputTotal: 0, diagnostics: 0, elapsedMs: 0 };
  let lastTick = 0;
  const tick = (force = false): void => {
    const now = performance.now();
    if (!o.onProgress || (!force && now - lastTick < 100)) return;
    lastTick = now;
    progress.elapsedMs = now - started;
    o.onProgress(progress);
  };
  const diagnose = (d: Diagnostic): void => {
    report.diagnostics.push(d);
    if (d.severity === 'error') report.skipped++;
    progress.diagnostics++;
    o.onDiagnostic?.(d);
  };

  const pool = await ExtractionPool.create({
    workers: o.workers,
    ...(o.extractorModule ? { extractorModule: o.extractorModule } : {}),
    ...(o.batchTimeoutMs !== undefined ? { batchTimeoutMs: o.batchTimeoutMs } : {}),
  });
  const inFlight = new Set<Promise<void>>();
  const maxInFlight = Math.max(1, pool.size * 2);
  // Writes happen one batch at a time, in the order extractions arrive; a batch stays "in flight" until
  // the store has it, so a slow store (Neo4j) holds back reading too.
  let writing: Promise<void> = Promise.resolve();
  let writeError: unknown = null;

  let pending: ArticleExtraction[] = [];
  const flush = (): Promise<void> => {
    const chunk = pending;
    pending = [];
    if (chunk.length === 0) return writing;
    writing = writing.then(async () => {
      if (writeError) return;
      try {
        const t = performance.now();
        const w = await o.store.write(chunk);
        report.writeMs += performance.now() - t;
        report.write.added += w.added;
        report.write.unchanged += w.unchanged;
        report.write.replaced += w.replaced;
        o.onExtractions?.(chunk);
      } catch (err) {
        writeError = err;
      }
    });
    return writing;
  };

  const dispatch = (batch: RawArticle[], bytes: number): void => {
    const job = pool.extract(batch).then((result) => {
      for (const d of result.diagnostics) diagnose(d);
      report.extractMs += result.ms;
      if (result.extractions.length === 0) return undefined;
      report.articles += result.extractions.length;
      progress.articles = report.articles;
      progress.bytes += bytes * (result.extractions.length / batch.length);
      tick();
      pending.push(...result.extractions);
      return pending.length >= o.writeArticles ? flush() : undefined;
    });
    const tracked: Promise<void> = job.then(
      () => void inFlight.delete(tracked),
      (err: unknown) => {
        inFlight.delete(tracked);
        writeError ??= err;
      },
    );
    inFlight.add(tracked);
  };

  try {
    let batch: RawArticle[] = [];
    let batchBytes = 0;
    let read = 0;
    const items = readArticles(o.inputs, {
      ...(o.cwd ? { cwd: o.cwd } : {}),
      onExpanded: (files, ignored) => {
        report.files = files.length;
        report.ignoredFiles = ignored;
        progress.inputTotal = files.reduce((n, f) => n + f.size, 0);
      },
      onProgress: (p) => {
        progress.inputDone = p.bytesDone;
        tick();
      },
    });
    for await (const item of items) {
      if (writeError) break;
      if (item.kind === 'diagnostic') {
        diagnose(item.diagnostic);
        continue;
      }
      if (o.limit !== undefined && read >= o.limit) break;
      read++;
      batch.push(item.article);
      batchBytes += item.bytes;
      report.bytes += item.bytes;
      progress.readBytes = report.bytes;
      if (batch.length >= o.batchArticles || batchBytes >= o.batchBytes) {
        dispatch(batch, batchBytes);
        batch = [];
        batchBytes = 0;
        while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
      }
    }
    if (batch.length > 0) dispatch(batch, batchBytes);
    await Promise.all(inFlight);
    await flush();
    if (writeError) throw writeError;
  } finally {
    await pool.close();
    clearInterval(sampler);
  }
  report.counts = await o.store.counts();
  report.timeMs = performance.now() - started;
  // The sampler cannot run while this thread merges; the kernel's high-water mark catches what it misses
  // (in a long-lived process that mark may predate the build).
  report.peakRssBytes = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  progress.elapsedMs = report.timeMs;
  progress.bytes = progress.readBytes;
  tick(true);
  return report;
}
