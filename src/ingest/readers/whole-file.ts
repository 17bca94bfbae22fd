import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../../core/index.js';
import { decodeText } from '../decode-text.js';
import type { IngestItem, RawArticle } from '../raw-article.js';

/**
 * Reads a whole file as UTF-8 and hands the text to `toArticle`; undecodable or empty files become
 * diagnostics. Shared by the .txt, .md and .html readers.
 */
export async function* readWholeFile(
  path: string,
  source: string,
  onConsumed: (bytes: number) => void,
  toArticle: (text: string) => Omit<RawArticle, 'source'>,
): AsyncGenerator<IngestItem> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    const diagnostic: Diagnostic = { severity: 'error', code: 'READ_ERROR', file: source, message: `cannot read the file: ${(cause as Error).message}` };
    yield { kind: 'diagnostic', diagnostic };
    return;
  }
  onConsumed(bytes.length);
  const decoded = decodeText(bytes, source);
  if (!decoded.ok) {
    yield { kind: 'diagnostic', diagnostic: decoded.diagnostic };
    return;
  }
  const article = toArticle(decoded.text);
  if (article.raw.trim() === '') {
    yield { kind: 'diagnostic', diagnostic: { severity: 'error', code: 'EMPTY_FILE', file: source, message: 'no article text left once the page furniture is removed' } };
    return;
  }
  yield { kind: 'article', article: { source, ...article }, bytes: bytes.length };
}
