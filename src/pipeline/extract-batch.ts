import type { ArticleExtraction, Diagnostic } from '../core/index.js';
import type { RawArticle } from '../ingest/index.js';
import { toArticle } from './article-id.js';
import type { Extractor } from './extractor.js';

export interface BatchResult {
  extractions: ArticleExtraction[];
  /** One per article the extractor failed on: the article is skipped, the batch goes on. */
  diagnostics: Diagnostic[];
  /** Milliseconds the batch took, ids and extraction (the worker's time, for the build report). */
  ms: number;
}

/** Gives each article its id and extracts it; an article the extractor throws on becomes a diagnostic. */
export function extractBatch(batch: readonly RawArticle[], extract: Extractor): BatchResult {
  const started = performance.now();
  const result: BatchResult = { extractions: [], diagnostics: [], ms: 0 };
  for (const raw of batch) {
    try {
      result.extractions.push(extract(toArticle(raw)));
    } catch (cause) {
      const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
      result.diagnostics.push({ severity: 'error', code: 'EXTRACT_FAILED', file: raw.source, message: `extraction failed, article skipped: ${reason.slice(0, 300)}` });
    }
  }
  result.ms = performance.now() - started;
  return result;
}
