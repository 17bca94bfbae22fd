import { readArticles } from '../ingest/index.js';
import type { KnowledgeGraph } from '../graph/index.js';

/** Default options of {@link loadArticleTexts}. */
const DEFAULTS = {
  /** Directory that relative sources are resolved against: the cwd of the build. */
  cwd: '.',
  /** Checks a text read back against the article id in the graph (e.g. the pipeline's `articleId`). */
  idOf: undefined as ((raw: string) => string) | undefined,
};

export type LoadArticleTextsOptions = Partial<typeof DEFAULTS>;

/** The file a source names: `path:line` for a JSONL record, else the path itself. */
function fileOf(source: string): string {
  const m = /^(.*\.(?:jsonl|ndjson)(?:\.gz)?):\d+$/i.exec(source);
  return m ? m[1]! : source;
}

/**
 * Reads back the raw texts of the graph's articles from the sources their Article nodes name, with the same
 * readers the build used (so HTML stripping and JSONL records match). Returns article id → raw text; an article
 * whose file is gone, or whose text no longer gives the same id, is left out.
 */
export async function loadArticleTexts(graph: KnowledgeGraph, options: LoadArticleTextsOptions = {}): Promise<Map<string, string>> {
  const opts = { ...DEFAULTS, ...options };
  const wanted = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    if (a.label !== 'Article' || typeof a['source'] !== 'string') return;
    const list = wanted.get(a['source']);
    const id = key.slice('Article:'.length);
    if (list) list.push(id);
    else wanted.set(a['source'], [id]);
  });
  const files = [...new Set([...wanted.keys()].map(fileOf))].sort();
  const texts = new Map<string, string>();
  for (const file of files) {
    for await (const item of readArticles([file], { cwd: opts.cwd })) {
      if (item.kind !== 'article') continue;
      const ids = wanted.get(item.article.source);
      if (!ids) continue;
      const raw = item.article.raw;
      const actual = opts.idOf?.(raw);
      for (const id of ids) if (actual === undefined || actual === id) texts.set(id, raw);
    }
  }
  return texts;
}
