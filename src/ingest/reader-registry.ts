import type { IngestItem } from './raw-article.js';

/**
 * A reader turns one file into articles (and diagnostics). Built-in readers register the way a
 * third-party one would; the first reader whose extension ends the file name (case-insensitively) reads it.
 */
export interface ArticleReader {
  name: string;
  /** File name endings, longest first where they overlap: `.jsonl.gz` before `.gz`. */
  extensions: readonly string[];
  /**
   * Yields the file's articles. `source` is the path as the user gave it. `onConsumed(n)` reports how many
   * bytes of the file (as stored on disk) have been read so far, for progress.
   */
  read(path: string, source: string, onConsumed: (bytes: number) => void): AsyncIterable<IngestItem>;
}

const readers: ArticleReader[] = [];

export function registerReader(reader: ArticleReader): void {
  const at = readers.findIndex((r) => r.name === reader.name);
  if (at >= 0) readers.splice(at, 1, reader);
  else readers.push(reader);
}

/** The reader for a file name, or undefined when no reader knows its extension. */
export function readerFor(path: string): ArticleReader | undefined {
  const lower = path.toLowerCase();
  let best: ArticleReader | undefined;
  let bestLen = 0;
  for (const r of readers) {
    for (const ext of r.extensions) if (lower.endsWith(ext) && ext.length > bestLen) [best, bestLen] = [r, ext.length];
  }
  return best;
}

/** Every extension some reader handles. */
export function readerExtensions(): string[] {
  return readers.flatMap((r) => [...r.extensions]);
}
