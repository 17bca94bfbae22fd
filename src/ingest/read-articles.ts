import type { Diagnostic } from '../core/index.js';
import { expandInputs, type InputFile } from './expand-inputs.js';
import type { IngestItem } from './raw-article.js';
import { readerFor } from './reader-registry.js';
import './builtin-readers.js';

export interface ReadProgress {
  /** Bytes of input files (as stored on disk, compressed or not) read so far, and in all. */
  bytesDone: number;
  bytesTotal: number;
  filesDone: number;
  filesTotal: number;
}

export interface ReadArticlesOptions {
  /** Folder the inputs are relative to. */
  cwd?: string;
  onProgress?: (p: ReadProgress) => void;
  /** Called once the inputs are expanded, before any article is read. */
  onExpanded?: (files: readonly InputFile[], ignored: number) => void;
}

/**
 * Streams the articles of files, folders and globs, one file (or one JSONL line) at a time, so memory
 * does not grow with the input. Unreadable input becomes diagnostics and the batch goes on.
 */
export async function* readArticles(inputs: readonly string[], options: ReadArticlesOptions = {}): AsyncGenerator<IngestItem> {
  const { files, diagnostics, ignored } = await expandInputs(inputs, options.cwd ?? process.cwd());
  options.onExpanded?.(files, ignored);
  for (const diagnostic of diagnostics) yield { kind: 'diagnostic', diagnostic };
  const progress: ReadProgress = { bytesDone: 0, bytesTotal: files.reduce((n, f) => n + f.size, 0), filesDone: 0, filesTotal: files.length };
  for (const file of files) {
    const reader = readerFor(file.path);
    const before = progress.bytesDone;
    const onConsumed = (n: number): void => {
      progress.bytesDone = before + Math.min(n, file.size);
      options.onProgress?.(progress);
    };
    if (!reader) continue; // expandInputs only lists files some reader handles
    try {
      yield* reader.read(file.path, file.source, onConsumed);
    } catch (cause) {
      const diagnostic: Diagnostic = { severity: 'error', code: 'READ_ERROR', file: file.source, message: `reading failed: ${(cause as Error).message}` };
      yield { kind: 'diagnostic', diagnostic };
    }
    progress.bytesDone = before + file.size;
    progress.filesDone++;
    options.onProgress?.(progress);
  }
}
