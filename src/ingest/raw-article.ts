import type { Article, Diagnostic } from '../core/index.js';

/**
 * An article as ingest reads it: everything but the id. The id is a hash of the normalized text, and
 * normalizing is a later stage, so the pipeline gives each article its id (src/pipeline/article-id.ts).
 */
export type RawArticle = Omit<Article, 'id'>;

/** What readers yield: an article, or a diagnostic about input that could not be read. */
export type IngestItem = { kind: 'article'; article: RawArticle; bytes: number } | { kind: 'diagnostic'; diagnostic: Diagnostic };
