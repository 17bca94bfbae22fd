import { Worker } from 'node:worker_threads';
import { VnkgError, ErrorCode } from '../core/index.js';
import type { RawArticle } from '../ingest/index.js';
import { extractBatch, type BatchResult } from './extract-batch.js';
import { DEFAULT_EXTRACTOR_MODULE, MODULE_EXT, loadExtractor, type Extractor } from './extractor.js';

export interface ExtractionPoolOptions {
  /** Worker threads; 0 extracts in the calling thread. */
  workers: number;
  /** The extractor module (file URL); it must export `extractArticle`. */
  extractorModule?: string;
}

interface Slot {
  worker: Worker;
  busy: { batch: RawArticle[]; resolve: (r: BatchResult) => void } | null;
}

const WORKER_URL = new URL(`./extract-worker${MODULE_EXT}`, import.meta.url);

/** Starts a worker; from TypeScript sources (tests) the worker registers tsx first so it can load .ts files. */
function startWorker(extractorModule: string): Worker {
  const workerData = { extractorModule };
  if (MODULE_EXT === '.js') return new Worker(WORKER_URL, { workerData });
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * Runs extraction on worker threads, one batch per worker at a time. `extract()` resolves once a
 * worker has finished the batch; a crashed worker's batch becomes diagnostics and the worker is replaced.
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: (() => void)[] = [];
  private local: Extractor | null = null;
  private closed = false;

  private constructor(private readonly extractorModule: string) {}

  static async create(options: ExtractionPoolOptions): Promise<ExtractionPool> {
    if (!Number.isInteger(options.workers) || options.workers < 0) throw new VnkgError(ErrorCode.INVALID_ARGUMENT, `ExtractionPool.create: invalid workers: ${options.workers}`);
    const pool = new ExtractionPool(options.extractorModule ?? DEFAULT_EXTRACTOR_MODULE);
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
      const slot: Slot = { worker, busy: null };
      let ready = false;
      worker.on('message', (msg: { ready?: boolean; error?: string; id?: number } & Partial<BatchResult>) => {
        if (!ready) {
          if (msg.ready) {
            ready = true;
            this.slots.push(slot);
            resolve(slot);
            this.release();
          } else reject(new VnkgError(ErrorCode.INVALID_ARGUMENT, `the extraction worker could not load the extractor: ${msg.error ?? 'unknown error'}`));
          return;
        }
        const job = slot.busy;
        slot.busy = null;
        job?.resolve({ extractions: msg.extractions ?? [], diagnostics: msg.diagnostics ?? [] });
        this.release();
      });
      let dead = false;
      const fail = (reason: string): void => {
        if (dead) return;
        dead = true;
        if (!ready) {
          reject(new VnkgError(ErrorCode.INVALID_ARGUMENT, `the extraction worker failed to start: ${reason}`));
          return;
        }
        const at = this.slots.indexOf(slot);
        if (at >= 0) this.slots.splice(at, 1);
        const job = slot.busy;
        slot.busy = null;
        if (job) {
          job.resolve({
            extractions: [],
            diagnostics: job.batch.map((a) => ({ severity: 'error' as const, code: 'EXTRACT_CRASHED', file: a.source, message: `the extraction worker crashed on this batch (${reason}); article skipped` })),
          });
        }
        if (!this.closed) this.spawn().catch(() => this.release());
      };
      worker.on('error', (err) => fail(err.message));
      worker.on('exit', (code) => {
        if (!this.closed) fail(`exit code ${code}`);
      });
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
  }

  /** True when a worker is free, so a caller can hand it a batch without queueing. */
  get idle(): boolean {
    return this.local !== null || this.slots.some((s) => !s.busy);
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
          slot.worker.postMessage({ id: 0, articles: batch });
        });
      }
      if (this.slots.length === 0) throw new VnkgError(ErrorCode.INVALID_ARGUMENT, 'ExtractionPool.extract: no extraction worker is running');
      await new Promise<void>((r) => this.waiting.push(r));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
    for (const w of this.waiting.splice(0)) w();
  }
}
