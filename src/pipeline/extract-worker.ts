/**
 * The worker-thread side of the extraction pool: loads the extractor named in workerData, then answers
 * each batch message with its extractions and diagnostics.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RawArticle } from '../ingest/index.js';
import { extractBatch } from './extract-batch.js';
import { loadExtractor } from './extractor.js';

export interface WorkerRequest {
  articles: RawArticle[];
}

const port = parentPort;
if (port) {
  const { extractorModule } = workerData as { extractorModule: string };
  loadExtractor(extractorModule).then(
    (extract) => {
      port.on('message', (req: WorkerRequest) => {
        port.postMessage(extractBatch(req.articles, extract));
      });
      port.postMessage({ ready: true });
    },
    (err: unknown) => port.postMessage({ ready: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
}
