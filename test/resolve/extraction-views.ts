/** Extracts a test text and views the result as sorted strings, for table-driven resolver tests. */
import type { ArticleExtraction } from '../../src/core/index.js';
import { articleId, extractArticle } from '../../src/pipeline/index.js';

/** The extraction of a raw text, as `vnkg extract` would give it for a file test.txt. */
export function extract(raw: string): ArticleExtraction {
  return extractArticle({ id: articleId(raw), source: 'test.txt', raw });
}

/** "Person | title | Body" per position held. */
export function positionsOf(ex: ArticleExtraction): string[] {
  const names = new Map(ex.entities.map((e) => [e.id, e.name]));
  return ex.relations
    .filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${names.get(r.source)} | ${String(r.props['title'])} | ${names.get(r.target)}`)
    .sort();
}

/** The names of the bodies the text mentions. */
export function bodiesOf(ex: ArticleExtraction): string[] {
  return ex.entities.filter((e) => e.type === 'Organization' && e.mentions.length > 0).map((e) => e.name).sort();
}

/** The names of the persons found. */
export function personsOf(ex: ArticleExtraction): string[] {
  return ex.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort();
}

/** "date|kind" per event (date empty when unknown). */
export function eventsOf(ex: ArticleExtraction): string[] {
  return ex.entities
    .filter((e) => e.type === 'Event')
    .map((e) => `${(e.props['date'] as string | null | undefined) ?? ''}|${String(e.props['kind'])}`)
    .sort();
}
