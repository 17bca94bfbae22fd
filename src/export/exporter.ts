import type { Writable } from 'node:stream';
import type { KnowledgeGraph } from '../graph/index.js';

/** Where an exporter writes: it opens one named file (single-file formats) or several (CSV). */
export interface ExportTarget {
  /** Opens a file of the export for writing. Single-file targets ignore the name. */
  open(name: string): Writable;
}

/** Options of every exporter; each reads the ones it knows. Defaults in `EXPORT_DEFAULTS`. */
export interface ExportOptions {
  /** GraphML: add yEd graphics (node labels, colours by label, edge labels) for yEd. */
  yed: boolean;
  /** Cypher: rows per UNWIND statement. */
  batchSize: number;
  /** CSV: the character between list elements (neo4j-admin `--array-delimiter`). */
  arrayDelimiter: string;
  /** Characters buffered before a write to the stream. */
  chunkSize: number;
}

export interface ExportStats {
  format: string;
  nodes: number;
  edges: number;
  /** UTF-8 bytes written over all files. */
  bytes: number;
  /** Names of the files written (relative to the target). */
  files: string[];
}

/**
 * An export format. Built-in formats register through `registerExporter` exactly as third-party ones do
 * (see src/export/index.ts).
 */
export interface Exporter {
  /** The `--format` name, e.g. `graphml`. */
  readonly name: string;
  /** One line for `vnkg export --help`. */
  readonly description: string;
  /** File extension with its dot (`.graphml`), or '' for formats that write a directory. */
  readonly extension: string;
  /** True when the format writes several files into a directory. */
  readonly multiFile: boolean;
  write(graph: KnowledgeGraph, target: ExportTarget, options: Readonly<ExportOptions>): Promise<ExportStats>;
}
