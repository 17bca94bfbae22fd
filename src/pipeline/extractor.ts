import type { Article, ArticleExtraction } from '../core/index.js';

/** What turns one article into its extraction. The pipeline's own is `extractArticle` (extract-article.ts). */
export type Extractor = (article: Article) => ArticleExtraction;

/** The file extension this module runs from: `.ts` under a TypeScript runner (tests), `.js` from dist/. */
export const MODULE_EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/** The module of the default extractor; it must export `extractArticle`. */
export const DEFAULT_EXTRACTOR_MODULE = new URL(`./extract-article${MODULE_EXT}`, import.meta.url).href;

/** Loads `extractArticle` from a module (a file URL or path); throws when the module does not export it. */
export async function loadExtractor(module: string = DEFAULT_EXTRACTOR_MODULE): Promise<Extractor> {
  const mod = (await import(module)) as { extractArticle?: unknown };
  if (typeof mod.extractArticle !== 'function') throw new TypeError(`loadExtractor: module ${module} does not export extractArticle()`);
  return mod.extractArticle as Extractor;
}
