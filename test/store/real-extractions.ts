import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleExtraction } from '../../src/core/index.js';
import { readArticles } from '../../src/ingest/index.js';
import { extractArticle } from '../../src/pipeline/extract-article.js';
import { toArticle } from '../../src/pipeline/index.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Extractions of real articles read the way `vnkg build` reads them (the seeds, or files of the shared corpus). */
export async function extractFiles(inputs: readonly string[]): Promise<ArticleExtraction[]> {
  const out: ArticleExtraction[] = [];
  for await (const item of readArticles(inputs, { cwd: ROOT })) if (item.kind === 'article') out.push(extractArticle(toArticle(item.article)));
  return out;
}

/** The seeds' extractions (seeds/*.txt). */
export function seedsExtractions(): Promise<ArticleExtraction[]> {
  return extractFiles(['seeds']);
}

/** The first `n` articles of ../shared/corpus/politics (real Party and state news), when it is there. */
export function politicsExtractions(n: number): Promise<ArticleExtraction[]> {
  const dir = join(ROOT, '..', 'shared', 'corpus', 'politics');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, n);
  return extractFiles(files.map((f) => join(dir, f)));
}
