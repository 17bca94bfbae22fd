import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Diagnostic } from '../../core/index.js';
import { detectBinary } from '../detect-encoding.js';
import { decodeStrictUtf8 } from '../decode-text.js';
import { toIsoDate } from '../iso-date.js';
import type { IngestItem, RawArticle } from '../raw-article.js';
import type { ArticleReader } from '../reader-registry.js';
import { splitLines } from '../split-lines.js';


type LineResult = { article: RawArticle; warning?: Diagnostic } | { diagnostic: Diagnostic } | null;

const optionalString = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** Reads one JSONL line: `{text, title?, date?|published?, url?}`. Blank lines are skipped (null). */
export function parseJsonlLine(bytes: Uint8Array, file: string, line: number): LineResult {
  const diag = (code: string, message: string, severity: Diagnostic['severity'] = 'error'): LineResult => ({ diagnostic: { severity, code, file, line, message } });
  const decoded = decodeStrictUtf8(bytes, true);
  if (!('text' in decoded)) {
    const { invalidAt: at, legacy } = decoded;
    const diagnostic: Diagnostic = legacy
      ? { severity: 'error', code: 'ENCODING_LEGACY', file, line, column: at + 1, message: `not UTF-8: the bytes look like the legacy Vietnamese encoding ${legacy}; the line is skipped` }
      : { severity: 'error', code: 'ENCODING_NOT_UTF8', file, line, column: at + 1, message: 'not UTF-8: invalid byte sequence; the line is skipped' };
    return { diagnostic };
  }
  let text = decoded.text;
  if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.endsWith('\r')) text = text.slice(0, -1);
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    return diag('JSONL_PARSE', `invalid JSON: ${(cause as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return diag('JSONL_PARSE', 'a line must hold a JSON object with a "text" field');
  const o = value as Record<string, unknown>;
  if (typeof o['text'] !== 'string') return diag('JSONL_NO_TEXT', 'the object has no "text" string');
  if (o['text'].trim() === '') return diag('EMPTY_ARTICLE', 'the "text" field is empty');
  const dateField = o['published'] ?? o['date'];
  const published = toIsoDate(dateField);
  const warning: Diagnostic | undefined =
    dateField !== undefined && dateField !== null && published === null
      ? { severity: 'warning', code: 'JSONL_BAD_DATE', file, line, message: `the date ${JSON.stringify(dateField).slice(0, 40)} is not an ISO date (yyyy-mm-dd); it is ignored` }
      : undefined;
  return {
    ...(warning ? { warning } : {}),
    article: {
      source: `${file}:${line}`,
      raw: o['text'],
      title: optionalString(o['title']),
      published: published ?? undefined,
      url: optionalString(o['url']),
    },
  };
}

/** Streams a JSONL file, gzip-compressed or not, one line at a time, with a `file:line` diagnostic per bad line. */
async function* readJsonl(path: string, source: string, onConsumed: (bytes: number) => void): AsyncGenerator<IngestItem> {
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  const gzipped = /\.gz$/i.test(path);
  const gunzip = gzipped ? createGunzip({ chunkSize: 256 * 1024 }) : null;
  const stream = gunzip ? file.pipe(gunzip) : file;
  if (gunzip) file.on('error', (err) => gunzip.destroy(err));
  let line = 0;
  let lastLine = -1;
  try {
    for await (const bytes of splitLines(stream)) {
      line++;
      if (line === 1 && !gzipped) {
        const binary = detectBinary(bytes.subarray(0, 8192));
        if (binary) {
          yield { kind: 'diagnostic', diagnostic: { severity: 'error', code: 'BINARY_FILE', file: source, message: `not a text file: ${binary}` } };
          return;
        }
      }
      onConsumed(file.bytesRead);
      const result = parseJsonlLine(bytes, source, line);
      if (!result) continue;
      lastLine = line;
      if ('diagnostic' in result) yield { kind: 'diagnostic', diagnostic: result.diagnostic };
      else {
        if (result.warning) yield { kind: 'diagnostic', diagnostic: result.warning };
        yield { kind: 'article', article: result.article, bytes: Buffer.byteLength(result.article.raw) };
      }
    }
  } catch (cause) {
    const what = gzipped ? 'the gzip data is corrupt or truncated' : 'cannot read the file';
    yield { kind: 'diagnostic', diagnostic: { severity: 'error', code: gzipped ? 'GZIP_ERROR' : 'READ_ERROR', file: source, line: line + 1, message: `${what}: ${(cause as Error).message}; reading stopped` } };
    return;
  } finally {
    file.destroy();
  }
  if (lastLine < 0) yield { kind: 'diagnostic', diagnostic: { severity: 'error', code: 'EMPTY_FILE', file: source, message: 'the file holds no JSON lines' } };
}

export const jsonlReader: ArticleReader = {
  name: 'jsonl',
  extensions: ['.jsonl', '.ndjson', '.jsonl.gz', '.ndjson.gz'],
  read: readJsonl,
};
