import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { ErrorCode, UsageError, VnkgError } from '../core/index.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { resolveExportOptions, validateExportOptions } from './export-options.js';
import type { ExportOptions, ExportStats, ExportTarget } from './exporter.js';
import { getExporter } from './exporter-registry.js';

/** A target on disk: the file itself for single-file formats, a directory for multi-file ones. */
export function fileTarget(path: string, multiFile: boolean): ExportTarget {
  if (multiFile) mkdirSync(path, { recursive: true });
  else mkdirSync(dirname(path), { recursive: true });
  let opened = false;
  return {
    open(name: string): Writable {
      if (!multiFile && opened) throw new VnkgError(ErrorCode.IO, `fileTarget: a single-file export opened a second file (${name})`);
      opened = true;
      return createWriteStream(multiFile ? join(path, name) : path);
    },
  };
}

/**
 * Exports a graph in a registered format to `path` (a file, or a directory for CSV). Options are merged over
 * EXPORT_DEFAULTS and validated.
 */
export async function exportGraph(graph: KnowledgeGraph, format: string, path: string, options: Partial<ExportOptions> = {}): Promise<ExportStats> {
  const exporter = getExporter(format);
  const resolved = resolveExportOptions(options);
  const problem = validateExportOptions(resolved);
  if (problem) throw new UsageError(`export options: ${problem}`);
  try {
    return await exporter.write(graph, fileTarget(path, exporter.multiFile), resolved);
  } catch (cause) {
    if (cause instanceof VnkgError) throw cause;
    throw new VnkgError(ErrorCode.IO, `cannot export ${format} to ${path}`, { cause });
  }
}
