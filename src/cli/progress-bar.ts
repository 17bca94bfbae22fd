import type { BuildProgress } from '../pipeline/index.js';
import { formatBytes, formatCount, formatDuration } from './format-units.js';
import type { CliIO } from './io.js';

export interface ProgressBar {
  update(p: BuildProgress): void;
  /** Prints a line above the bar (a diagnostic) without garbling it. */
  log(line: string): void;
  /** Clears the bar. */
  done(): void;
}

const WIDTH = 24;

/** A one-line progress bar on stderr — share done, articles, articles/s, MB/s, time left — only on a terminal. */
export function createProgressBar(io: CliIO): ProgressBar {
  let shown = false;
  let lastDraw = 0;
  let last: BuildProgress | null = null;
  const clear = (): void => {
    if (shown) io.stderr('\r\x1b[2K');
    shown = false;
  };
  const draw = (p: BuildProgress): void => {
    // The share of the input read, less what is read but not yet extracted; with --limit, the share of the limit.
    let f = p.inputTotal > 0 ? p.inputDone / p.inputTotal : 0;
    if (p.readBytes > 0) f *= Math.min(1, p.bytes / p.readBytes);
    if (p.limit) f = Math.max(f, p.articles / p.limit);
    f = Math.min(1, f);
    const filled = Math.round(f * WIDTH);
    const secs = p.elapsedMs / 1000;
    const rate = secs > 0 ? p.articles / secs : 0;
    const mbps = secs > 0 ? p.bytes / secs : 0;
    const left = f > 0.01 ? (p.elapsedMs * (1 - f)) / f : NaN;
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.floor(f * 100)).padStart(3)}%`;
    const line = `${bar} ${formatCount(p.articles)} articles, ${formatCount(rate)}/s, ${formatBytes(mbps)}/s, ${formatDuration(p.elapsedMs)} elapsed, ${formatDuration(left)} left${p.diagnostics ? `, ${p.diagnostics} diagnostics` : ''}`;
    io.stderr(`\r\x1b[2K${line}`);
    shown = true;
  };
  if (!io.isTTY) return { update() {}, log: (line) => io.stderr(`${line}\n`), done() {} };
  return {
    update(p) {
      last = { ...p };
      const now = Date.now();
      if (now - lastDraw < 100) return;
      lastDraw = now;
      draw(last);
    },
    log(line) {
      clear();
      io.stderr(`${line}\n`);
      if (last) draw(last);
    },
    done: clear,
  };
}
