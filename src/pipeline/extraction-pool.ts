import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../core/index.js';
import { VnkgError, ErrorCode } from '../core/index.js';
import type { RawArticle } from '../ingest/index.js';
import { extractBatch, type BatchResult } from './extract-batch.js';
import { DEFAULT_EXTRACTOR_MODULE, MODULE_EXT, loadExtractor, type Extractor } from './extractor.js';

export interface ExtractionPoolOptions {
  /** Worker threads; 0 extracts in the calling thread. */
  workers: number;
  /** The extractor module (file URL); it must export `extractArticle`. */
  extractorModule?: string;
  /** A worker that has not answered a batch after this long is stopped (default 120 s). */
  batchTimeoutMs?: number;
}

interface Job {
  batch: RawArticle[];
  resolve: (r: BatchResult) => void;
}

interface Slot {
  worker: Worker;
  busy: Job | null;
  timer: NodeJS.Timeout | null;
  /** Stops the worker and settles its batch. */
  fail: (reason: string) => void;
}

const WORKER_URL = new URL(`./extract-worker${MODULE_EXT}`, import.meta.url);

/** Starts a worker; from TypeScript sources (tests) the worker registers tsx first so it can load .ts files. */
function startWorker(extractorModule: string): Worker {
  const workerData = { extractorModule };
  if (MODULE_EXT === '.js') return new Worker(WORKER_URL, { workerData });
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

const merge = (results: BatchResult[]): BatchResult => ({
  extractions: results.flatMap((r) => r.extractions),
  diagnostics: results.flatMap((r) => r.diagnostics),
  ms: results.reduce((n, r) => n + r.ms, 0),
});

/**
 * Runs extraction on worker threads, one batch per worker at a time. `extract()` resolves once a worker
 * has finished the batch. A worker that dies or hangs is replaced, and its batch is run again one
 * article at a time, so only the article that kills a worker is lost (as an EXTRACT_CRASHED diagnostic).
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: (() => void)[] = [];
  private local: Extractor | null = null;
  private closed = false;

  private constructor(
    private readonly extractorModule: string,
    private readonly batchTimeoutMs: number,
  ) {}

  static async create(options: ExtractionPoolOptions): Promise<ExtractionPool> {
    if (!Number.isInteger(options.workers) || options.workers < 0) throw new VnkgError(ErrorCode.INVALID_ARGUMENT, `ExtractionPool.create: invalid workers: ${options.workers}`);
    const pool = new ExtractionPool(options.extractorModule ?? DEFAULT_EXTRACTOR_MODULE, options.batchTimeoutMs ?? 120_000);
    if (options.workers === 0) pool.local = await loadExtractor(pool.extractorModule);
    else {
      try {
        await Promise.all(Array.from({ length: options.workers }, () => pool.spawn()));
      } catch (err) {
        await pool.close();
        throw err;
      }
    }
    return pool;
  }

  get size(): number {
    return this.slots.length;
  }

  private spawn(): Promise<Slot> {
    return new Promise((resolve, reject) => {
      const worker = startWorker(this.extractorModule);
      const slot: Slot = { worker, busy: null, timer: null, fail: () => {} };
      let ready = false;
      let dead = false;
      worker.on('message', (msg: { ready?: boolean; error?: string } & Partial<BatchResult>) => {
        if (!ready) {
          if (msg.ready) {
            ready = true;
            this.slots.push(slot);
            resolve(slot);
            this.release();
          } else reject(new VnkgError(ErrorCode.INVALID_ARGUMENT, `the extraction worker could not load the extractor: ${msg.error ?? 'unknown error'}`));
          return;
        }
        const job = this.finish(slot);
        job?.resolve({ extractions: msg.extractions ?? [], diagnostics: msg.diagnostics ?? [], ms: msg.ms ?? 0 });
        this.release();
      });
      const fail = (reason: string): void => {
        if (dead) return;
        dead = true;
        if (!ready) {
          reject(new VnkgError(ErrorCode.INVALID_ARGUMENT, `the extraction worker failed to start: ${reason}`));
          return;
        }
        const at = this.slots.indexOf(slot);
        if (at >= 0) this.slots.splice(at, 1);
        const job = this.finish(slot);
        void worker.terminate();
        if (this.closed) {
          job?.resolve(this.crashed(job.batch, reason));
          return;
        }
        const respawned = this.spawn().catch(() => null);
        if (job) {
          if (job.batch.length === 1) job.resolve(this.crashed(job.batch, reason));
          // Run the batch again article by article on the new worker(s): only the culprit is lost.
          else void respawned.then(() => Promise.all(job.batch.map((a) => this.extract([a]).catch(() => this.crashed([a], reason))))).then((rs) => job.resolve(merge(rs ?? [])));
        }
        void respawned.then((s) => s ?? this.release());
      };
      slot.worker.on('error', (err) => fail(err.message));
      slot.worker.on('exit', (code) => {
        if (!this.closed) fail(`the worker exited with code ${code}`);
      });
      slot.fail = fail;
    });
  }

  private finish(slot: Slot): Job | null {
    const job = slot.busy;
    slot.busy = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    return job;
  }

  private crashed(batch: readonly RawArticle[], reason: string): BatchResult {
    const diagnostics: Diagnostic[] = batch.map((a) => ({ severity: 'error', code: 'EXTRACT_CRASHED', file: a.source, message: `extraction failed, article skipped: ${reason}` }));
    return { extractions: [], diagnostics, ms: 0 };
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
  }

  /** Extracts a batch on a free worker (waiting for one), or in this thread when the pool has no workers. */
  async extract(batch: RawArticle[]): Promise<BatchResult> {
    if (this.local) return extractBatch(batch, this.local);
    for (;;) {
      if (this.closed) throw new VnkgError(ErrorCode.INVALID_ARGUMENT, 'ExtractionPool.extract: the pool is closed');
      const slot = this.slots.find((s) => !s.busy);
      if (slot) {
        return new Promise<BatchResult>((resolve) => {
          slot.busy = { batch, resolve };
          slot.timer = setTimeout(() => {
            slot.fail(`no answer within ${Math.round(this.batchTimeoutMs / 1000)} s`);
          }, this.batchTimeoutMs);
          slot.worker.postMessage({ articles: batch });
        });
      }
      if (this.slots.length === 0) throw new VnkgError(ErrorCode.INVALID_ARGUMENT, 'ExtractionPool.extract: no extraction worker is running');
      await new Promise<void>((r) => this.waiting.push(r));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => (this.finish(s), s.worker.terminate())));
    this.slots.length = 0;
    for (const w of this.waiting.splice(0)) w();
  }
}
