import type { Article } from '../core/index.js';
import { contentHash } from '../core/index.js';
import type { RawArticle } from '../ingest/index.js';
import { normalizeKey } from '../normalize/index.js';

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * The id of an article: a hash of its normalized text (NFC, one tone-placement style, one case, invisible
 * characters dropped, whitespace collapsed), so the same article read twice — from a .txt and a .jsonl,
 * with CRLF or LF, old or new tone marks — is one article.
 */
export function articleId(raw: string): string {
  return contentHash(normalizeKey(raw.replace(INVISIBLE, '')));
}

/** Gives a raw article from ingest its id. */
export function toArticle(raw: RawArticle): Article {
  return { id: articleId(raw.raw), ...raw };
}
