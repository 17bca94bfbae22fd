import type { ArticleExtraction } from '../core/index.js';

export interface StoreCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export interface WriteReport {
  /** Articles new to the store. */
  added: number;
  /** Articles already present with the same id (nothing changed). */
  unchanged: number;
  /** Articles whose source was present with another text: the old version was removed first. */
  replaced: number;
}

/**
 * The one store contract; memory/ and neo4j/ implement it and one contract suite tests both.
 * Writing is idempotent: writing the same extraction twice changes nothing. Writing an article whose
 * `source` is already stored under another id replaces the old version, removing the facts only it supported.
 */
export interface GraphStore {
  readonly kind: 'memory' | 'neo4j';
  write(extractions: readonly ArticleExtraction[]): Promise<WriteReport>;
  /** Removes an article and whatever only it supported. Returns false when the article is unknown. */
  removeArticle(articleId: string): Promise<boolean>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
