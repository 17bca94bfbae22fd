import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../core/index.js';
import { globBase, globToRegExp, hasGlob } from './glob-match.js';
import { readerFor } from './reader-registry.js';

/** One file to read: its path on disk, the name diagnostics and articles use, and its size in bytes. */
export interface InputFile {
  path: string;
  source: string;
  size: number;
}

export interface ExpandedInputs {
  files: InputFile[];
  diagnostics: Diagnostic[];
  /** Files inside folders (or matched by globs) that no reader handles: skipped without a diagnostic. */
  ignored: number;
}

const toPosix = (p: string): string => p.replace(/\\/g, '/');

/** Every file under `dir`, depth-first in name order; hidden files and folders (and node_modules) are skipped. */
async function walk(dir: string, maxDepth: number, out: string[], depth = 0): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (depth + 1 < maxDepth) await walk(p, maxDepth, out, depth + 1);
    } else if (e.isFile() || e.isSymbolicLink()) out.push(p);
  }
}

/**
 * Expands the user's inputs — files, folders (recursively) and globs (`corpus/**\/*.txt`) — into the
 * files to read, in a stable order, each once. A missing path or a file no reader handles, named
 * explicitly, is a diagnostic; files of other types inside a folder are only counted as ignored.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<ExpandedInputs> {
  const files: InputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  let ignored = 0;
  const add = async (abs: string, source: string, explicit: boolean): Promise<void> => {
    if (seen.has(abs)) return;
    if (!readerFor(abs)) {
      if (explicit) diagnostics.push({ severity: 'error', code: 'UNSUPPORTED_TYPE', file: source, message: 'no reader for this file type (use .txt, .md, .html, .jsonl or .jsonl.gz)' });
      else ignored++;
      return;
    }
    try {
      const s = await stat(abs);
      seen.add(abs);
      files.push({ path: abs, source, size: s.size });
    } catch (cause) {
      diagnostics.push({ severity: 'error', code: 'READ_ERROR', file: source, message: `cannot read the file: ${(cause as Error).message}` });
    }
  };
  for (const input of inputs) {
    const given = toPosix(input);
    if (hasGlob(given)) {
      const { base, pattern } = globBase(given);
      const re = globToRegExp(pattern);
      const absBase = resolve(cwd, base);
      const found: string[] = [];
      try {
        await walk(absBase, pattern.includes('**') ? Infinity : pattern.split('/').length, found);
      } catch {
        /* reported below as no match */
      }
      const matched = found.filter((p) => re.test(toPosix(relative(absBase, p))));
      if (matched.length === 0) diagnostics.push({ severity: 'error', code: 'NOT_FOUND', file: input, message: 'the pattern matches no file' });
      for (const p of matched) await add(p, base === '.' && !given.startsWith('./') ? toPosix(relative(absBase, p)) : `${base.replace(/\/$/, '')}/${toPosix(relative(absBase, p))}`, false);
      continue;
    }
    const abs = resolve(cwd, input);
    let s;
    try {
      s = await stat(abs);
    } catch {
      diagnostics.push({ severity: 'error', code: 'NOT_FOUND', file: input, message: 'no such file or folder' });
      continue;
    }
    if (s.isDirectory()) {
      const found: string[] = [];
      await walk(abs, Infinity, found);
      for (const p of found) await add(p, `${given.replace(/\/+$/, '')}/${toPosix(relative(abs, p))}`, false);
    } else await add(abs, given, true);
  }
  return { files, diagnostics, ignored };
}
