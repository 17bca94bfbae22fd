import type { RawArticle } from '../raw-article.js';
import type { ArticleReader } from '../reader-registry.js';
import { toIsoDate } from '../iso-date.js';
import { readWholeFile } from './whole-file.js';

/** Markdown: a YAML-style front matter block (title, date, url) is metadata; the title is else the first `# ` heading. */
export function markdownArticle(text: string): Omit<RawArticle, 'source'> {
  let raw = text;
  const meta: Record<string, string> = {};
  const fm = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (fm) {
    for (const line of fm[1]!.split(/\r?\n/)) {
      const m = /^([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
      if (m) meta[m[1]!.toLowerCase()] = m[2]!.replace(/^(["'])(.*)\1$/, '$2');
    }
    raw = text.slice(fm[0].length);
  }
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(raw)?.[1];
  const title = meta['title'] || heading || undefined;
  const published = toIsoDate(meta['date'] ?? meta['published']) ?? undefined;
  return { raw, title, published, url: meta['url'] || undefined };
}

export const markdownReader: ArticleReader = {
  name: 'markdown',
  extensions: ['.md', '.markdown'],
  read: (path, source, onConsumed) => readWholeFile(path, source, onConsumed, markdownArticle),
};
