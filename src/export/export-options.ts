import type { ExportOptions } from './exporter.js';

/** Declared defaults of the export options. */
export const EXPORT_DEFAULTS: Readonly<ExportOptions> = Object.freeze({
  // GraphML: plain GraphML in APOC's dialect; yEd graphics only on request (APOC and Gephi ignore them anyway).
  yed: false,
  // Cypher: 500 rows per UNWIND keeps statements small enough for cypher-shell and Neo4j Browser.
  batchSize: 500,
  // CSV: U+001F (unit separator) cannot occur in exported values (control characters are removed), so no list
  // element ever splits. Pass `--array-delimiter=U+001F` to neo4j-admin.
  arrayDelimiter: '\u001f',
  // 64 Ki characters per write: large enough for throughput, small enough to keep memory flat.
  chunkSize: 1 << 16,
});

/** Returns the problem with the options, or undefined when they are valid. */
export function validateExportOptions(o: Readonly<ExportOptions>): string | undefined {
  if (typeof o.yed !== 'boolean') return `yed must be a boolean, got ${String(o.yed)}`;
  if (!Number.isSafeInteger(o.batchSize) || o.batchSize < 1) return `batchSize must be a positive integer, got ${String(o.batchSize)}`;
  if (typeof o.arrayDelimiter !== 'string' || [...o.arrayDelimiter].length !== 1 || /["\r\n,]/.test(o.arrayDelimiter))
    return `arrayDelimiter must be one character other than a quote, comma or line break, got ${JSON.stringify(o.arrayDelimiter)}`;
  if (!Number.isSafeInteger(o.chunkSize) || o.chunkSize < 1) return `chunkSize must be a positive integer, got ${String(o.chunkSize)}`;
  return undefined;
}

/** Merges options over the defaults. */
export function resolveExportOptions(options: Partial<ExportOptions> = {}): ExportOptions {
  const merged: ExportOptions = { ...EXPORT_DEFAULTS };
  for (const [k, v] of Object.entries(options)) if (v !== undefined) (merged as unknown as Record<string, unknown>)[k] = v;
  return merged;
}
