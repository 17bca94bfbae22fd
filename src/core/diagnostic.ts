/** Data problems found while reading or processing input. They never stop a batch. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `ENCODING_LEGACY`, `EMPTY_FILE`, `JSONL_PARSE`. */
  code: string;
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  message: string;
}

/** Formats a diagnostic the way compilers do: `file:line:col: severity CODE: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const pos = d.line !== undefined ? `:${d.line}${d.column !== undefined ? `:${d.column}` : ''}` : '';
  return `${d.file}${pos}: ${d.severity} ${d.code}: ${d.message}`;
}
